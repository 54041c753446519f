#pragma once

#include "history/snapshotstore.h"

#include <QWidget>

#include <memory>

class AppServices;
class Preflight;
class PresetStore;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class Session;
class ToriiClient;
class UserDiffModel;

// The Review page's view of what the sync will change in the app account: which side it was compared with
// (Torii, the last sync, or nothing), the counts (+added, −removed, deactivated, reactivated, unchanged,
// licence changes), whether the removal guard will stop it, and searchable lists of the e-mails with a CSV
// export. The comparison is the sync's own Preflight (app/safesync), run on the event loop with progress and
// Cancel; the lists are a UserDiffModel (app/diff).
class DiffView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffView)

public:
    DiffView(Session* session, AppServices* services, QWidget* parent = nullptr);
    ~DiffView() override;

    // Compares the reviewed payload with the account's users (again); clears the view when there is none.
    void refresh();
    void cancel();
    [[nodiscard]] bool isRunning() const;
    // Writes the rows shown as CSV (never over the export being synced); false with the reason shown.
    bool exportCsv(const QString& path);

    [[nodiscard]] UserDiffModel* model() const { return m_model; }
    [[nodiscard]] QString sourceText() const;
    [[nodiscard]] QString countsText() const;
    [[nodiscard]] QLineEdit* searchEdit() const { return m_search; }
    [[nodiscard]] QComboBox* categoryBox() const { return m_category; }

signals:
    void compared();

private:
    void onFinished();
    void chooseCsvFile();
    void showStatus(const QString& text, bool error = false);

    Session* m_session;
    const PresetStore* m_presets;
    std::unique_ptr<ToriiClient> m_client; // its own destination: the admin's key and URL, never the sync's
    SnapshotStore m_snapshots;
    Preflight* m_preflight;
    UserDiffModel* m_model;
    QLabel* m_source;
    QLabel* m_counts;
    QLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QComboBox* m_category;
    QLineEdit* m_search;
    QPushButton* m_export;
    QTableView* m_view;
    QString m_target; // the connection compared with, to notice a change of target
};
