#include "headerbar.h"

#include "session.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>

namespace
{
    QLabel* iconLabel(const QString& path, QWidget* parent)
    {
        auto* label = new QLabel(parent);
        label->setPixmap(QIcon(path).pixmap(QSize(18, 18), parent->devicePixelRatioF()));
        label->setFixedSize(18, 18);
        return label;
    }
} // namespace

HeaderBar::HeaderBar(Session* session, QWidget* parent)
    : QFrame(parent)
    , m_session(session)
    , m_orgIcon(iconLabel(QStringLiteral(":/icons/org.svg"), this))
    , m_org(new QLabel(this))
    , m_accountIcon(iconLabel(QStringLiteral(":/icons/app-account.svg"), this))
    , m_account(new QLabel(this))
    , m_profile(new QLabel(this))
    , m_file(new QLabel(this))
{
    setObjectName(QStringLiteral("headerBar"));
    m_org->setObjectName(QStringLiteral("headerOrg"));
    m_account->setObjectName(QStringLiteral("headerAccount"));
    m_profile->setObjectName(QStringLiteral("headerProfile"));
    m_file->setObjectName(QStringLiteral("headerFile"));
    for (QLabel* label : {m_org, m_account, m_profile, m_file})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->setSpacing(8);
    layout->addWidget(m_orgIcon);
    layout->addWidget(m_org);
    layout->addSpacing(16);
    layout->addWidget(m_accountIcon);
    layout->addWidget(m_account);
    layout->addSpacing(16);
    layout->addWidget(m_profile);
    layout->addStretch(1);
    layout->addWidget(m_file);

    connect(m_session, &Session::connectionChanged, this, &HeaderBar::refresh);
    connect(m_session, &Session::sourceChanged, this, &HeaderBar::refresh);
    refresh();
}

HeaderBar::~HeaderBar() = default;

QString HeaderBar::orgText() const
{
    return m_org->text();
}

QString HeaderBar::appAccountText() const
{
    return m_account->text();
}

void HeaderBar::refresh()
{
    const Session::Connection c = m_session->connection();
    m_org->setText(c.orgName.isEmpty() ? tr("Not connected") : c.orgName);
    m_org->setProperty("missing", c.orgName.isEmpty());
    m_account->setText(c.appAccountId.isEmpty() ? tr("No app account") : tr("App account %1").arg(c.appAccountId));
    m_account->setProperty("missing", c.appAccountId.isEmpty());
    m_profile->setText(c.demo ? tr("Demo (sandbox)") : c.profileName);
    m_profile->setProperty("demo", c.demo);
    m_profile->setVisible(!m_profile->text().isEmpty());
    const QString path = m_session->sourcePath();
    m_file->setText(path.isEmpty() ? QString() : QFileInfo(path).fileName());
    m_file->setToolTip(path);
    for (QLabel* label : {m_org, m_account, m_profile}) {
        label->style()->unpolish(label);
        label->style()->polish(label);
    }
    const QString summary = tr("Syncing into %1, %2").arg(m_org->text(), m_account->text());
    setAccessibleName(tr("Destination"));
    setAccessibleDescription(summary);
}
