#pragma once

#include <QTableView>

// The grid that previews an export's rows (Load page, and the Map page's Preview tab). Column names are
// left-aligned, with the whole name in a tooltip (PreviewModel): the names of real exports are long ("Email
// Address [Required]"), and the theme's header clips rather than elides, so centred names lost their first
// letters. Rows have one fixed height, so a million-row model is never measured row by row.
class PreviewGrid final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewGrid)

public:
    explicit PreviewGrid(QWidget* parent = nullptr);

    // Back to the first row and column: a model reset keeps the scroll offsets, so a new file would open
    // scrolled to where the previous one was left.
    void scrollHome();
};
