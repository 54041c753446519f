#pragma once

#include "import/importoptions.h"
#include "import/importresult.h"

#include <QFrame>

class QComboBox;
class QLabel;
class QSpinBox;

// The row above the preview that shows how the file was read (encoding, delimiter, header row, sheet)
// and lets the admin override any of it; every change asks for a re-read at once.
class DialectBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DialectBar)

public:
    explicit DialectBar(QWidget* parent = nullptr);
    ~DialectBar() override;

    // Shows what the reader detected (and keeps the admin's overrides selected).
    void showResult(const ImportResult& result, const ImportOptions& options);
    [[nodiscard]] ImportOptions options() const;

    [[nodiscard]] QComboBox* encodingBox() const { return m_encoding; }
    [[nodiscard]] QComboBox* delimiterBox() const { return m_delimiter; }
    [[nodiscard]] QSpinBox* headerRowBox() const { return m_headerRow; }
    [[nodiscard]] QComboBox* sheetBox() const { return m_sheet; }

signals:
    void optionsChanged(const ImportOptions& options);

private:
    void emitChanged();

    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QSpinBox* m_headerRow = nullptr;
    QComboBox* m_sheet = nullptr;
    QLabel* m_sheetLabel = nullptr;
    QLabel* m_delimiterLabel = nullptr;
    QLabel* m_encodingLabel = nullptr;
    bool m_updating = false;
};
