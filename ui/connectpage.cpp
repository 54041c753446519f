#include "connectpage.h"

#include "apppickerdialog.h"
#include "appservices.h"
#include "messagebox.h"
#include "profiles/profilestore.h"
#include "richtext.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxthread.h"
#include "session.h"
#include "torii/toriiclient.h"
#include "torii/toriijob.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace
{
    const QString DemoId = QStringLiteral("\x01demo");
} // namespace

ConnectPage::ConnectPage(Session* session, AppServices* services, QWidget* parent)
    : Page(tr("Connect"), tr("Choose the Torii org and the custom integration (app account) to sync into."), parent)
    , m_session(session)
    , m_services(services)
    , m_store(services->profiles())
    , m_client(services->connectionClient())
    , m_profiles(new QComboBox(this))
    , m_newProfile(new QPushButton(tr("&New Profile…"), this))
    , m_apiUrl(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_saveKey(new QPushButton(QIcon(QStringLiteral(":/icons/key.svg")), tr("Save to &Keychain"), this))
    , m_keychainStatus(new QLabel(this))
    , m_keychainProblem(new QFrame(this))
    , m_keychainProblemText(new QLabel(m_keychainProblem))
    , m_validate(new QPushButton(QIcon(QStringLiteral(":/icons/validate.svg")), tr("&Validate"), this))
    , m_orgStatus(new QLabel(this))
    , m_appAccount(new QLineEdit(this))
    , m_appId(new QLineEdit(this))
    , m_appName(new QLabel(this))
    , m_chooseApp(new QPushButton(tr("C&hoose App…"), this))
    , m_guardPercent(new QSpinBox(this))
    , m_guardMinimum(new QSpinBox(this))
{
    m_profiles->setAccessibleName(tr("Profile"));
    m_profiles->setMinimumContentsLength(24);
    m_newProfile->setAccessibleName(tr("New profile"));
    m_apiUrl->setAccessibleName(tr("API URL"));
    m_key->setAccessibleName(tr("API key"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Paste the key from Settings > API Access"));
    QAction* reveal = m_key->addAction(QIcon(QStringLiteral(":/icons/key.svg")), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the key while typing"));
    connect(reveal, &QAction::toggled, m_key,
            [this](bool on) { m_key->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    m_saveKey->setAccessibleName(tr("Save the API key to the keychain"));
    m_keychainStatus->setObjectName(QStringLiteral("hintLabel"));
    m_keychainStatus->setWordWrap(true);
    m_validate->setAccessibleName(tr("Validate the API key"));
    m_validate->setObjectName(QStringLiteral("primaryButton"));
    m_orgStatus->setWordWrap(true);
    // Room for two lines from the start: the form does not jump when a message appears or grows.
    m_orgStatus->setMinimumHeight(2 * m_orgStatus->fontMetrics().lineSpacing());
    m_keychainStatus->setMinimumHeight(2 * m_keychainStatus->fontMetrics().lineSpacing());
    m_orgStatus->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_orgStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_appAccount->setAccessibleName(tr("App account ID"));
    m_appAccount->setPlaceholderText(tr("e.g. 123456"));
    m_appAccount->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,18}")), this));
    m_appAccount->setMaximumWidth(220);
    m_appId->setAccessibleName(tr("Torii app ID"));
    m_appId->setPlaceholderText(tr("e.g. 31337"));
    m_appId->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,18}")), this));
    m_appId->setMaximumWidth(140);
    m_appName->setObjectName(QStringLiteral("hintLabel"));
    m_appName->setWordWrap(true); // the hint for "no app" is long in German
    m_chooseApp->setAccessibleName(tr("Choose the Torii app from the org's apps"));
    m_guardPercent->setRange(0, 100);
    m_guardPercent->setSuffix(QStringLiteral(" %"));
    m_guardPercent->setAccessibleName(tr("Removal guard: share of the account's users"));
    m_guardMinimum->setRange(0, 1000000);
    m_guardMinimum->setAccessibleName(tr("Removal guard: least number of users"));

    m_keychainProblem->setObjectName(QStringLiteral("card"));
    m_keychainProblemText->setObjectName(QStringLiteral("noticeLabel"));
    m_keychainProblemText->setWordWrap(true);
    m_keychainProblemText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* problemLayout = new QVBoxLayout(m_keychainProblem);
    problemLayout->setContentsMargins(0, 0, 0, 0);
    problemLayout->addWidget(m_keychainProblemText);
    m_keychainProblem->hide();

    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    auto* form = new QFormLayout(card);
    form->setContentsMargins(16, 14, 16, 14);
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(10);
    const auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto* profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profiles, 1);
    profileRow->addWidget(m_newProfile);
    form->addRow(label(tr("&Profile:"), m_profiles), profileRow);
    form->addRow(label(tr("API &URL:"), m_apiUrl), m_apiUrl);
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_saveKey);
    form->addRow(label(tr("API &key:"), m_key), keyRow);
    form->addRow(QString(), m_keychainStatus);
    auto* validateRow = new QHBoxLayout;
    validateRow->addWidget(m_validate);
    validateRow->addWidget(m_orgStatus, 1);
    form->addRow(QString(), validateRow);
    form->addRow(label(tr("&App account ID:"), m_appAccount), m_appAccount);
    auto* appRow = new QHBoxLayout;
    appRow->addWidget(m_appId);
    appRow->addWidget(m_appName, 1);
    appRow->addWidget(m_chooseApp);
    form->addRow(label(tr("Torii a&pp:"), m_appId), appRow);
    auto* guardRow = new QHBoxLayout;
    guardRow->addWidget(m_guardPercent);
    guardRow->addWidget(new QLabel(tr("of the users, and at least"), this));
    guardRow->addWidget(m_guardMinimum);
    guardRow->addWidget(new QLabel(tr("users"), this));
    guardRow->addStretch(1);
    form->addRow(label(tr("Stop removing &more than:"), m_guardPercent), guardRow);

    auto* help = new QLabel(
        RichText::paragraphs(
            {RichText::bold(tr("No app account ID yet?")) + QLatin1Char(' ') +
                 RichText::text(tr("In Torii, open “Integrations” and choose “Add Custom Integration”; associate it "
                                   "with an app from Torii's catalog, or first add a custom application under "
                                   "“Settings”. Torii then shows the app account ID (later also when you hover over "
                                   "the integration's tile).")),
             RichText::bold(tr("API key:")) + QLatin1Char(' ') +
                 RichText::text(tr("generate one under “Settings > API Access” with full access. Torii shows it only "
                                   "once; Torii Sync keeps it in your system keychain and nowhere else.")),
             RichText::bold(tr("Just looking?")) + QLatin1Char(' ') +
                 RichText::text(tr("Choose “Demo (sandbox)”: a built-in Torii runs inside the app, so every step "
                                   "works offline."))}),
        this);
    help->setObjectName(QStringLiteral("hintLabel"));
    help->setWordWrap(true);
    help->setTextFormat(Qt::RichText);

    contentLayout()->addWidget(card);
    contentLayout()->addWidget(m_keychainProblem);
    contentLayout()->addWidget(help);
    contentLayout()->addStretch(1);

    connect(m_profiles, &QComboBox::activated, this, &ConnectPage::onProfileActivated);
    connect(m_newProfile, &QPushButton::clicked, this, &ConnectPage::newProfile);
    connect(m_saveKey, &QPushButton::clicked, this, &ConnectPage::saveKey);
    connect(m_validate, &QPushButton::clicked, this, &ConnectPage::validate);
    connect(m_key, &QLineEdit::returnPressed, this, &ConnectPage::validate);
    connect(m_apiUrl, &QLineEdit::editingFinished, this, &ConnectPage::storeProfile);
    connect(m_appAccount, &QLineEdit::editingFinished, this, &ConnectPage::storeProfile);
    connect(m_appId, &QLineEdit::textEdited, m_appName, &QLabel::clear); // a typed id has no name yet
    connect(m_appId, &QLineEdit::editingFinished, this, &ConnectPage::storeProfile);
    connect(m_chooseApp, &QPushButton::clicked, this, &ConnectPage::chooseApp);
    connect(m_guardPercent, &QSpinBox::editingFinished, this, &ConnectPage::storeProfile);
    connect(m_guardMinimum, &QSpinBox::editingFinished, this, &ConnectPage::storeProfile);
    connect(m_store, &ProfileStore::keyFinished, this, &ConnectPage::onKeyFinished);

    fillProfiles();
    const QString current = m_store->currentProfileName();
    selectProfile(current.isEmpty() ? ProfileStore::defaultProfileName() : current);
}

ConnectPage::~ConnectPage() = default;

SandboxThread* ConnectPage::sandbox() const
{
    return m_services->demoSandbox();
}

QString ConnectPage::nextText() const
{
    return tr("Continue to &Load");
}

bool ConnectPage::isDemo() const
{
    return m_profiles->currentData().toString() == DemoId;
}

void ConnectPage::fillProfiles()
{
    m_profiles->clear();
    QStringList names = m_store->profileNames();
    if (!names.contains(ProfileStore::defaultProfileName()))
        names.prepend(ProfileStore::defaultProfileName());
    for (const QString& name : names)
        m_profiles->addItem(name, name);
    m_profiles->insertSeparator(m_profiles->count());
    m_profiles->addItem(QIcon(QStringLiteral(":/icons/sandbox.svg")), tr("Demo (sandbox)"), DemoId);
}

void ConnectPage::onProfileActivated(int index)
{
    const QString id = m_profiles->itemData(index).toString();
    if (id == DemoId)
        selectDemo();
    else
        selectProfile(id);
}

void ConnectPage::selectProfile(const QString& name)
{
    int index = m_profiles->findData(name);
    if (index < 0) {
        m_profiles->insertItem(0, name, name);
        index = 0;
    }
    m_profiles->setCurrentIndex(index);
    const Profile profile = m_store->profileOrDefault(name);
    m_store->setCurrentProfileName(name);
    for (QWidget* w : {static_cast<QWidget*>(m_apiUrl), static_cast<QWidget*>(m_key), static_cast<QWidget*>(m_saveKey),
                       static_cast<QWidget*>(m_appAccount)})
        w->setEnabled(true);
    m_apiUrl->setText(profile.apiUrl.toString());
    m_appAccount->setText(profile.appAccountId > 0 ? QString::number(profile.appAccountId) : QString());
    showApp(profile.appId, profile.appName, {profile.guardPercent, profile.guardMinimum});
    m_key->clear();
    m_validatedKey.clear();
    m_saveAfterValidation = false;
    m_keyProfile = name;
    m_orgStatus->clear();
    m_keychainStatus->setText(tr("Looking for a saved key…"));
    m_keychainProblem->hide();
    m_session->setApiKey({});
    publish({});
    m_store->readKey(name);
}

void ConnectPage::selectDemo()
{
    m_profiles->setCurrentIndex(m_profiles->findData(DemoId));
    QString error;
    const SandboxThread* sandbox = m_services->startDemoSandbox(&error);
    if (!sandbox) {
        MessageBox::warning(this, tr("Sandbox not started"), tr("The built-in sandbox could not start: %1").arg(error));
        return;
    }
    m_apiUrl->setText(sandbox->baseUrl().toString());
    m_key->setText(sandbox->apiKey());
    m_appAccount->setText(QString::number(Sandbox::demoAppAccountId));
    showApp(Sandbox::demoAppId, QString::fromLatin1(Sandbox::demoAppName), {});
    // The demo's key and URL come from the sandbox; nothing to type, nothing stored in the keychain.
    for (QWidget* w : {static_cast<QWidget*>(m_apiUrl), static_cast<QWidget*>(m_key), static_cast<QWidget*>(m_saveKey),
                       static_cast<QWidget*>(m_appAccount)})
        w->setEnabled(false);
    m_keyProfile.clear();
    m_keychainStatus->setText(tr("The demo uses the sandbox's own key; nothing is stored."));
    m_keychainProblem->hide();
    m_session->setApiKey(sandbox->apiKey());
    validate();
}

void ConnectPage::validate()
{
    const QUrl url = QUrl::fromUserInput(m_apiUrl->text().trimmed());
    const QString key = m_key->text().trimmed();
    if (key.isEmpty()) {
        m_orgStatus->setObjectName(QStringLiteral("errorLabel"));
        m_orgStatus->setText(tr("Enter the API key first."));
        m_orgStatus->style()->polish(m_orgStatus);
        return;
    }
    m_session->setApiKey(key);
    m_validatingKey = key;
    m_client->setBaseUrl(url);
    m_client->setApiKey(key);
    m_validate->setEnabled(false);
    m_orgStatus->setObjectName(QStringLiteral("hintLabel"));
    m_orgStatus->setText(tr("Checking the key with Torii…"));
    m_orgStatus->style()->polish(m_orgStatus);
    ToriiJob* job = m_client->getOrg();
    const QString profile = m_profiles->currentData().toString();
    const bool demo = isDemo();
    connect(job, &ToriiJob::finished, this, [this, profile, demo](const ToriiResponse& response) {
        onOrgFinished(profile, demo, response.json, response.ok() ? QString() : response.error.userText);
    });
    job->start();
}

void ConnectPage::onOrgFinished(const QString& profile, bool demo, const QJsonObject& json, const QString& error)
{
    m_validate->setEnabled(true);
    if (m_profiles->currentData().toString() != profile)
        return; // the admin switched profiles meanwhile
    const auto org = error.isEmpty() ? ToriiClient::parseOrg(json) : std::nullopt;
    const bool saveNow = m_saveAfterValidation;
    m_saveAfterValidation = false;
    if (!org) {
        if (saveNow && m_keychainProblem->isHidden())
            m_keychainStatus->setText(tr("Not saved: Torii did not accept this key."));
        m_orgStatus->setObjectName(QStringLiteral("errorLabel"));
        m_orgStatus->setText(error.isEmpty() ? tr("Torii answered, but not with an organisation.") : error);
        m_orgStatus->style()->polish(m_orgStatus);
        publish({});
        emit validated(false);
        return;
    }
    m_orgStatus->setObjectName(QStringLiteral("okLabel"));
    m_orgStatus->setText(tr("✓ %1 (%2)").arg(org->companyName, org->domain));
    m_orgStatus->style()->polish(m_orgStatus);
    m_validatedKey = m_validatingKey;
    if (!demo)
        storeProfile();
    if (saveNow && !demo)
        saveKey();
    publish(org->companyName);
    emit validated(true);
}

void ConnectPage::saveKey()
{
    if (isDemo() || m_keyProfile.isEmpty())
        return;
    const QString key = m_key->text().trimmed();
    if (key.isEmpty())
        return;
    if (!m_keychainProblem->isHidden())
        return; // no keychain: its problem is already explained, nothing can be saved
    if (key != m_validatedKey) {
        // Only a key Torii accepted goes into the keychain: validate first, save when it passes.
        m_saveAfterValidation = true;
        m_keychainStatus->setText(tr("Checking the key with Torii before saving it…"));
        validate();
        return;
    }
    m_keychainStatus->setText(tr("Saving to the keychain…"));
    m_store->writeKey(m_keyProfile, key);
}

void ConnectPage::onKeyFinished(const QString& profile, const SecretStore::Result& result)
{
    if (profile != m_keyProfile)
        return;
    if (result.status == SecretStore::Status::Unavailable || result.status == SecretStore::Status::AccessDenied ||
        result.status == SecretStore::Status::Failed) {
        showKeychainProblem(result.message);
        return;
    }
    m_keychainProblem->hide();
    switch (result.operation) {
    case SecretStore::Operation::Read:
        if (result.ok()) {
            m_key->setText(result.secret);
            m_keychainStatus->setText(result.message.isEmpty() ? tr("Key loaded from the keychain.") : result.message);
            validate();
        } else {
            m_keychainStatus->setText(tr("No key saved for this profile yet."));
        }
        break;
    case SecretStore::Operation::Write:
        m_keychainStatus->setText(tr("Key saved in the keychain."));
        break;
    case SecretStore::Operation::Remove:
        m_keychainStatus->setText(tr("Key removed from the keychain."));
        break;
    }
}

void ConnectPage::showKeychainProblem(const QString& message)
{
    m_keychainStatus->setText(tr("The keychain is not available: the key is used for this session only."));
    m_keychainProblemText->setText(RichText::lines(
        {RichText::bold(tr("No keychain, so the API key cannot be saved.")) + QLatin1Char(' ') +
             RichText::text(message),
         RichText::text(tr("Torii Sync never writes the key anywhere else. On Linux install and start a Secret "
                           "Service provider, e.g. gnome-keyring (with libsecret-1-0) or KeePassXC with Secret "
                           "Service enabled, then restart Torii Sync. You can still paste the key and validate: it is "
                           "kept in memory until you quit."))}));
    m_keychainProblem->show();
}

void ConnectPage::storeProfile()
{
    if (!isDemo() && !m_keyProfile.isEmpty()) {
        // Read first: fields this page does not show survive the save.
        Profile profile = m_store->profileOrDefault(m_keyProfile);
        profile.name = m_keyProfile;
        profile.apiUrl = QUrl::fromUserInput(m_apiUrl->text().trimmed());
        profile.appAccountId = m_appAccount->text().toLongLong();
        profile.appId = m_appId->text().toLongLong();
        profile.appName = profile.appId > 0 ? m_appName->text() : QString();
        profile.guardPercent = m_guardPercent->value();
        profile.guardMinimum = m_guardMinimum->value();
        m_store->saveProfile(profile);
    }
    Session::Connection c = m_session->connection();
    fillTarget(&c);
    m_session->setConnection(c);
}

void ConnectPage::showApp(qint64 appId, const QString& appName, const RemovalGuard::Thresholds& guard)
{
    m_appId->setText(appId > 0 ? QString::number(appId) : QString());
    m_appName->setText(appId > 0 ? appName : tr("No app chosen: the change is compared with the last sync."));
    m_guardPercent->setValue(guard.percent);
    m_guardMinimum->setValue(guard.minimum);
}

void ConnectPage::fillTarget(Session::Connection* c) const
{
    c->apiUrl = m_apiUrl->text().trimmed();
    c->appAccountId = m_appAccount->text();
    c->appId = m_appId->text().toLongLong();
    c->appName = c->appId > 0 ? m_appName->text() : QString();
    c->guard = {m_guardPercent->value(), m_guardMinimum->value()};
}

void ConnectPage::chooseApp()
{
    // Asks the Torii the fields name, with the key they hold (validated or not: a wrong key fails plainly).
    m_client->setBaseUrl(QUrl::fromUserInput(m_apiUrl->text().trimmed()));
    m_client->setApiKey(m_key->text().trimmed());
    auto* dialog = new AppPickerDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("appPicker"));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        showApp(dialog->appId(), dialog->appName(), {m_guardPercent->value(), m_guardMinimum->value()});
        storeProfile();
    });
    dialog->open();
    dialog->load();
}

void ConnectPage::newProfile()
{
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New profile"));
    dialog->setLabelText(tr("Profile name (e.g. the Torii org or the app):"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& text) {
        const QString name = text.trimmed();
        const QString problem = ProfileStore::checkName(name);
        if (!problem.isEmpty()) {
            MessageBox::warning(this, tr("Profile not created"), problem);
            return;
        }
        m_store->saveProfile(m_store->profileOrDefault(name));
        fillProfiles();
        selectProfile(name);
    });
    dialog->open();
}

void ConnectPage::publish(const QString& orgName)
{
    Session::Connection c;
    c.demo = isDemo();
    c.profileName = c.demo ? tr("Demo (sandbox)") : m_keyProfile;
    fillTarget(&c);
    c.orgName = orgName;
    m_session->setConnection(c);
}
