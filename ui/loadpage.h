#pragma once

#include "import/importoptions.h"
#include "import/importresult.h"
#include "page.h"
#include "previewgrid.h"

#include <memory>

class DialectBar;
class ImportJob;

class PreviewModel;
class QFrame;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;
class Session;
class Table;

// Step 2: get the export in (drop, file dialog, recent files), read it in a worker thread with progress and
// Cancel, show how it was read (dialect bar, re-read live on change), the first rows and the reader's notices.
class LoadPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadPage)

public:
    explicit LoadPage(Session* session, QWidget* parent = nullptr);
    ~LoadPage() override;

    void load(const QString& path, const ImportOptions& options = {});
    void cancel();
    void setDropHighlight(bool on);
    // Selects and scrolls to a cell of the preview (an issue on the Review page links here).
    void showCell(qsizetype row, int column);
    [[nodiscard]] bool isLoading() const;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] QString nextText() const override;
    void enter() override;

    [[nodiscard]] DialectBar* dialectBar() const { return m_dialect; }
    [[nodiscard]] QTableView* previewView() const { return m_view; }
    [[nodiscard]] QString statusText() const;

signals:
    void fileLoaded();

private:
    void chooseFile();
    void onPreview(const std::shared_ptr<const Table>& firstRows);
    void onProgress(qint64 done, qint64 total);
    void onFinished(const ImportResult& result);
    void reloadWithOptions(const ImportOptions& options);
    void refreshRecent();
    void setBusy(bool busy);

    Session* m_session = nullptr;
    ImportJob* m_job = nullptr;
    PreviewModel* m_model = nullptr;
    QFrame* m_dropZone = nullptr;
    QListWidget* m_recent = nullptr;
    QLabel* m_recentLabel = nullptr;
    QPushButton* m_choose = nullptr;
    QFrame* m_busyRow = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_busyLabel = nullptr;
    DialectBar* m_dialect = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_notices = nullptr;
    PreviewGrid* m_view = nullptr;
    QString m_loadingPath;
    QString m_pickerPath; // a workbook that failed to read but offers other sheets in the dialect bar
    ImportOptions m_loadingOptions;
};
