#pragma once

#include "common/backgroundtask.h"
#include "page.h"
#include "payload/convertresult.h"

#include <QTemporaryDir>

#include <memory>

class AppServices;
class DiffView;
class IssuesModel;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class Session;

// Step 4: what would be sent. Runs stage 2 alone (the dry run) in a worker thread and shows the counts,
// the issues (each opens its cell in the preview), the invalid-row policy, the rejected rows export and the
// payload (size, checksum, an excerpt); and, in a tab beside the issues, what the sync changes in Torii (DiffView).
class ReviewPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)

public:
    ReviewPage(Session* session, AppServices* services, QWidget* parent = nullptr);
    ~ReviewPage() override;

    void enter() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] QString nextText() const override;
    void runDryRun();
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_dryRun.isRunning(); }
    bool exportRejects(const QString& path);
    [[nodiscard]] QTableView* issuesView() const { return m_issuesView; }
    [[nodiscard]] QString countsText() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString usersCaption() const;
    // What the sync changes in Torii (the second tab).
    [[nodiscard]] DiffView* diffView() const { return m_diff; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }

signals:
    // The admin asked to see an issue's cell: data row (0-based) and column index in the table.
    void showCell(qsizetype row, int column);
    void rejectsExported(const QString& path);

private:
    void showPolicy();
    void onFinished(const ConvertResult& result);
    void showResult();
    void activateIssue(const QModelIndex& index);
    void chooseRejectsFile();
    QWidget* makeCount(const QString& caption, QLabel** value, QLabel** captionLabel);

    Session* m_session = nullptr;
    QTemporaryDir m_work;
    IssuesModel* m_issues = nullptr;
    QLabel* m_users = nullptr;
    QLabel* m_usersCaption = nullptr;
    QLabel* m_licenses = nullptr;
    QLabel* m_rejected = nullptr;
    QLabel* m_warnings = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QRadioButton* m_block = nullptr;
    QRadioButton* m_skip = nullptr;
    QRadioButton* m_limit = nullptr;
    QSpinBox* m_maxInvalid = nullptr;
    QTableView* m_issuesView = nullptr;
    QPushButton* m_exportRejects = nullptr;
    QLabel* m_noIssues = nullptr;
    QLabel* m_payloadInfo = nullptr;
    QPlainTextEdit* m_excerpt = nullptr;
    QLabel* m_notices = nullptr;
    QTabWidget* m_tabs = nullptr;
    DiffView* m_diff = nullptr;
    // Last, so it is gone (cancelled and joined) before the folder and widgets it reports to.
    BackgroundTask<ConvertResult> m_dryRun {this};
};
