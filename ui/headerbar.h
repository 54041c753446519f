#pragma once

#include <QFrame>

class QLabel;
class Session;

// The strip above every page that says where a sync would go: the org (once the key is validated), the
// app account id, the profile (or "Demo (sandbox)") and the loaded file.
class HeaderBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeaderBar)

public:
    explicit HeaderBar(Session* session, QWidget* parent = nullptr);
    ~HeaderBar() override;

    [[nodiscard]] QString orgText() const;
    [[nodiscard]] QString appAccountText() const;

private:
    void refresh();

    Session* m_session = nullptr;
    QLabel* m_orgIcon = nullptr;
    QLabel* m_org = nullptr;
    QLabel* m_accountIcon = nullptr;
    QLabel* m_account = nullptr;
    QLabel* m_profile = nullptr;
    QLabel* m_file = nullptr;
};
