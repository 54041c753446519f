#pragma once

#include "page.h"

class HistoryFilterBar;
class HistoryModel;
class HistoryStore;
class JobProcess;
class QLabel;
class QTableView;
class Session;

// Step 6: the runs from the history database (newest first) and the details of the selected one.
class HistoryPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPage)

public:
    // history: the shared store (AppServices); not owned.
    HistoryPage(Session* session, HistoryStore* history, QWidget* parent = nullptr);
    ~HistoryPage() override;

    void reload();
    // A run was written to the history: reloads only if the page is on screen (enter() reloads otherwise).
    void runRecorded();
    void enter() override;
    [[nodiscard]] HistoryModel* model() const { return m_model; }
    [[nodiscard]] QString detailsText() const;
    [[nodiscard]] HistoryFilterBar* filterBar() const { return m_filterBar; }
    // Writes the listed runs as CSV (atomically); false with *error.
    bool exportCsv(const QString& path, QString* error) const;

private:
    void showDetails();
    void chooseExport();
    void runAgain();

    Session* m_session = nullptr;
    HistoryStore* m_store = nullptr;
    HistoryModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_details = nullptr;
    HistoryFilterBar* m_filterBar = nullptr;
    JobProcess* m_jobs = nullptr;
};
