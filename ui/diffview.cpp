#include "diffview.h"

#include "appservices.h"
#include "diff/userdiffmodel.h"
#include "format.h"
#include "history/historystore.h"
#include "messagebox.h"
#include "recentfiles.h"
#include "run/guardthresholds.h"
#include "safesync/preflight.h"
#include "session.h"
#include "torii/apiurl.h"
#include "torii/toriiclient.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

DiffView::DiffView(Session* session, AppServices* services, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_presets(&services->presets())
    , m_client(std::make_unique<ToriiClient>(services->network()))
    , m_snapshots(services->history()->path())
    , m_preflight(new Preflight(m_client.get(), &m_snapshots, this))
    , m_model(new UserDiffModel(this))
    , m_source(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("Cancel"), this))
    , m_category(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_export(new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), tr("Export &List…"), this))
    , m_view(new QTableView(this))
{
    m_source->setWordWrap(true);
    m_source->setObjectName(QStringLiteral("hintLabel"));
    m_counts->setObjectName(QStringLiteral("sectionLabel"));
    m_counts->setWordWrap(true);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Comparing with the account's users"));
    m_cancel->setAccessibleName(tr("Stop comparing"));
    for (const UserDiffModel::Category c : UserDiffModel::categories())
        m_category->addItem(UserDiffModel::categoryText(c), QVariant::fromValue(c));
    m_category->setAccessibleName(tr("Which changes to list"));
    m_search->setAccessibleName(tr("Search the e-mails"));
    m_search->setPlaceholderText(tr("Search e-mails"));
    m_search->setClearButtonEnabled(true);
    m_export->setObjectName(QStringLiteral("exportDiff"));
    m_export->setAccessibleName(tr("Export the listed e-mails as CSV"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Users the sync changes"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(UserDiffModel::EmailColumn, 360);

    auto* busy = new QHBoxLayout;
    busy->addWidget(m_status, 1);
    busy->addWidget(m_progress);
    busy->addWidget(m_cancel);
    auto* filter = new QHBoxLayout;
    filter->addWidget(m_category);
    filter->addWidget(m_search, 1);
    filter->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_source);
    layout->addWidget(m_counts);
    layout->addLayout(busy);
    layout->addLayout(filter);
    layout->addWidget(m_view, 1);

    connect(m_category, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setCategory(m_category->currentData().value<UserDiffModel::Category>()); });
    connect(m_search, &QLineEdit::textChanged, m_model, &UserDiffModel::setSearch);
    connect(m_cancel, &QPushButton::clicked, this, &DiffView::cancel);
    connect(m_export, &QPushButton::clicked, this, &DiffView::chooseCsvFile);
    connect(m_preflight, &Preflight::progress, this, [this](qint64 rows, qint64) {
        showStatus(tr("Reading the account's users in Torii… %1 so far").arg(Format::count(rows)));
    });
    connect(m_preflight, &Preflight::finished, this, &DiffView::onFinished);
    // A new dry run, or another target: compare again.
    connect(m_session, &Session::dryRunChanged, this, &DiffView::refresh);
    connect(m_session, &Session::connectionChanged, this, [this] {
        const Session::Connection c = m_session->connection();
        const QString target = QStringList {c.apiUrl, c.appAccountId, QString::number(c.appId), c.orgName}.join(u'|');
        if (target != std::exchange(m_target, target))
            refresh();
    });
    refresh();
}

DiffView::~DiffView() = default;

bool DiffView::isRunning() const
{
    return m_preflight->isRunning();
}

QString DiffView::sourceText() const
{
    return m_source->text();
}

QString DiffView::countsText() const
{
    return m_counts->text();
}

void DiffView::showStatus(const QString& text, bool error)
{
    m_status->setObjectName(error ? QStringLiteral("errorLabel") : QString());
    m_status->style()->polish(m_status);
    m_status->setText(text);
}

void DiffView::refresh()
{
    m_preflight->cancel();
    m_model->clear();
    m_source->clear();
    m_counts->clear();
    m_progress->hide();
    m_cancel->hide();
    m_export->setEnabled(false);
    const Session::Connection c = m_session->connection();
    const ConvertResult& dry = m_session->dryRun();
    if (!m_session->hasDryRun() || !dry.ok || !dry.userSet) {
        showStatus(tr("What the sync changes in Torii shows here after the dry run."));
        return;
    }
    if (c.appAccountId.toLongLong() <= 0) {
        showStatus(tr("Enter the app account ID on the Connect page to see what the sync changes."));
        return;
    }
    const QUrl url = QUrl::fromUserInput(c.apiUrl);
    m_client->setBaseUrl(url);
    m_client->setApiKey(m_session->apiKey());
    // The thresholds the Sync page's run will use (profile, then the preset's): this says whether it will stop.
    GuardThresholds thresholds;
    thresholds.profile = c.guard;
    if (const QString preset = m_session->presetName(); !preset.isEmpty()) {
        if (const std::optional<Preset> p = m_presets->resolve(preset))
            thresholds.takePreset(*p);
    }
    m_preflight->setThresholds(thresholds.resolve());
    m_progress->show();
    m_cancel->show();
    showStatus(c.appId > 0 ? tr("Reading the account's users in Torii…") : tr("Comparing with the last sync…"));
    m_preflight->start({ApiUrl::key(url), c.appId, c.appAccountId.toLongLong()}, dry.userSet);
}

void DiffView::cancel()
{
    if (!m_preflight->isRunning())
        return;
    m_preflight->cancel();
    m_progress->hide();
    m_cancel->hide();
    showStatus(tr("Not compared: stopped. Continue to Review again to compare."));
}

void DiffView::onFinished()
{
    m_progress->hide();
    m_cancel->hide();
    const Preflight::Result& r = m_preflight->result();
    const UserDiff& d = r.diff;
    const Session::Connection c = m_session->connection();
    switch (d.source) {
    case UserDiff::Source::Torii:
        m_source->setText(tr("Compared with the users of app account %1 in Torii (app “%2”).")
                              .arg(c.appAccountId, c.appName.isEmpty() ? QString::number(c.appId) : c.appName));
        break;
    case UserDiff::Source::LastSync:
        m_source->setText(
            tr("Compared with the last accepted sync to this app account (saved %1), not with Torii.")
                .arg(QLocale().toString(
                    m_snapshots.savedAt(ApiUrl::key(QUrl::fromUserInput(c.apiUrl)), c.appAccountId.toLongLong())
                        .toLocalTime(),
                    QLocale::ShortFormat)));
        break;
    case UserDiff::Source::None:
        m_source->setText(
            tr("Nothing to compare with (no app chosen and no earlier sync): every user counts as added."));
        break;
    }
    m_counts->setText(tr("+%1 added · −%2 removed · %3 deactivated · %4 reactivated · %5 unchanged · %6 licence "
                         "changes")
                          .arg(Format::count(d.added.size()), Format::count(d.removed.size()),
                               Format::count(d.deactivated.size()), Format::count(d.reactivated.size()),
                               Format::count(d.unchanged), Format::count(d.licenseChanged.size())));
    QStringList notes;
    if (!r.fallbackReason.isEmpty())
        notes << r.fallbackReason;
    if (r.blocked)
        notes << tr("The removal guard will stop this sync: %1 You can allow the removals on the Sync page.")
                     .arg(r.blockMessage);
    showStatus(notes.join(u'\n'), r.blocked);
    m_model->setDiff(d);
    m_export->setEnabled(true);
    emit compared();
}

void DiffView::chooseCsvFile()
{
    auto* dialog =
        new QFileDialog(this, tr("Export the list"), RecentFiles::lastDirectory() + QStringLiteral("/user-changes.csv"),
                        tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { exportCsv(path); });
    dialog->open();
}

bool DiffView::exportCsv(const QString& path)
{
    const QFileInfo target(path);
    const QFileInfo source(m_session->sourcePath());
    const bool same = target.exists() && source.exists() ? target.canonicalFilePath() == source.canonicalFilePath()
                                                         : target.absoluteFilePath() == source.absoluteFilePath();
    if (same) {
        MessageBox::warning(
            this, tr("List not exported"),
            tr("%1 is the export being synced; choose another file.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QSaveFile file(path);
    // E-mail addresses are personal data: only this user reads the list (as the rejected rows). The mode is set
    // on the temporary file and again on the result (the rename may apply the umask's mode on some systems).
    const QFileDevice::Permissions privateMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(privateMode) || file.write(m_model->toCsv()) < 0 ||
        !file.commit() || !QFile::setPermissions(path, privateMode)) {
        MessageBox::warning(this, tr("List not exported"), tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    showStatus(tr("%n row(s) saved to %1", nullptr, m_model->rowCount()).arg(QDir::toNativeSeparators(path)));
    return true;
}
