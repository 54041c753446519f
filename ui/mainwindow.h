#pragma once

#include <QKeySequence>
#include <QList>
#include <QMainWindow>

class AppServices;
class ConnectPage;
class HeaderBar;
class HistoryPage;
class JobsPage;
class LoadPage;
class MapPage;
class Notifier;
class Page;
class QMimeData;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QUndoStack;
class ReviewPage;
class Session;
class SyncPage;

// The one window (DESIGN.md §5): the steps on the left, the destination (org, app account) above every
// page, the current step's page, and a Back/Next bar. Files dropped anywhere on it are loaded.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Step
    {
        Connect,
        Load,
        Map,
        Review,
        Sync,
        History,
        Jobs,
        Count
    };
    Q_ENUM(Step)

    // The shared infrastructure (main() or a test builds it); not owned, it must outlive the window.
    explicit MainWindow(AppServices* services, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showStep(Step step);
    [[nodiscard]] Step currentStep() const;
    // Loads an export (command line, "Open with", drop, file dialog, recent files).
    void openFile(const QString& path);
    // Selects the "Demo (sandbox)" profile, starting the in-process sandbox.
    void startDemo();

    [[nodiscard]] Session* session() const { return m_session; }
    [[nodiscard]] HeaderBar* headerBar() const { return m_header; }
    [[nodiscard]] ConnectPage* connectPage() const { return m_connect; }
    [[nodiscard]] LoadPage* loadPage() const { return m_load; }
    [[nodiscard]] MapPage* mapPage() const { return m_map; }
    [[nodiscard]] ReviewPage* reviewPage() const { return m_review; }
    [[nodiscard]] SyncPage* syncPage() const { return m_sync; }
    [[nodiscard]] HistoryPage* historyPage() const { return m_history; }
    [[nodiscard]] JobsPage* jobsPage() const { return m_jobs; }
    [[nodiscard]] Page* page(Step step) const;
    // Ctrl+Shift+Z and Ctrl+Y on every platform, plus the platform's own redo key, each exactly once.
    [[nodiscard]] static QList<QKeySequence> redoShortcuts();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildPages();
    void buildMenus();
    QWidget* buildNavigation();
    void onStepChanged(int row);
    void updateNavigation();
    void goNext();
    void goBack();
    void chooseFile();
    void restoreSettings();
    void saveSettings() const;
    [[nodiscard]] static QString droppedFile(const QMimeData* mime);

    AppServices* m_services = nullptr;
    Session* m_session = nullptr;
    Notifier* m_notifier = nullptr;
    HeaderBar* m_header = nullptr;
    QListWidget* m_steps = nullptr;
    QStackedWidget* m_pages = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    ConnectPage* m_connect = nullptr;
    LoadPage* m_load = nullptr;
    MapPage* m_map = nullptr;
    ReviewPage* m_review = nullptr;
    SyncPage* m_sync = nullptr;
    HistoryPage* m_history = nullptr;
    JobsPage* m_jobs = nullptr;
};
