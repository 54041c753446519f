#pragma once

#include <QDialog>

class AppsFetch;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class ToriiClient;

// Picks the Torii app a profile syncs into from the org's apps (AppsFetch over GET /apps, all pages): loads
// them when opened (progress and Cancel; a failure is said as Torii or the network said it), filters the list
// by name or id as the admin types, and answers with the chosen app's id and name.
class AppPickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppPickerDialog)

public:
    // client: where to ask (the Connect page's, set to the profile's URL and key); must outlive the dialog.
    explicit AppPickerDialog(ToriiClient* client, QWidget* parent = nullptr);
    ~AppPickerDialog() override;

    // Starts loading the apps (again).
    void load();
    void cancelLoading();
    [[nodiscard]] bool isLoading() const { return m_fetch != nullptr; }
    [[nodiscard]] qint64 appId() const { return m_appId; }
    [[nodiscard]] QString appName() const { return m_appName; }
    [[nodiscard]] QLineEdit* searchEdit() const { return m_search; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] QString statusText() const;

signals:
    void loaded(bool ok);

private:
    void onFetched(bool ok);
    void updateChoice();

    ToriiClient* m_client;
    AppsFetch* m_fetch = nullptr;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_filter;
    QLineEdit* m_search;
    QTableView* m_view;
    QLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_cancelLoading;
    QPushButton* m_choose = nullptr;
    qint64 m_appId = 0;
    QString m_appName;
};
