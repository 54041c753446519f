#include "jobeditor.h"

#include "appservices.h"
#include "import/supportedfiles.h"
#include "jobprocess.h"
#include "jobs/jobscheduler.h"
#include "jobs/jobstore.h"
#include "mapping/presetstore.h"
#include "profiles/profilestore.h"
#include "scheduleedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

JobEditor::JobEditor(const Job& job, bool existing, const AppServices* services, QWidget* parent)
    : QDialog(parent)
    , m_original(job)
    , m_existing(existing)
    , m_name(new QLineEdit(job.name, this))
    , m_profile(new QComboBox(this))
    , m_source(new QLineEdit(job.sourcePath, this))
    , m_pattern(new QLineEdit(job.pattern, this))
    , m_preset(new QComboBox(this))
    , m_policy(new QComboBox(this))
    , m_maxInvalid(new QSpinBox(this))
    , m_allowRemovals(new QSpinBox(this))
    , m_webhook(new QLineEdit(job.webhook.toString(), this))
    , m_notifySuccess(new QCheckBox(tr("Also when the sync succeeds"), this))
    , m_schedule(new ScheduleEdit(job.schedule, this))
    , m_sourceNote(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(existing ? tr("Edit Job “%1”").arg(job.name) : tr("New Job"));
    m_name->setReadOnly(existing);
    m_name->setPlaceholderText(tr("e.g. okta-nightly"));
    m_savedProfiles = services->profiles()->profileNames();
    m_profile->addItems(m_savedProfiles);
    // The current sync's profile may be one no job can use (the demo's): shown, and said on Save.
    if (!job.profile.isEmpty() && !m_savedProfiles.contains(job.profile))
        m_profile->insertItem(0, job.profile);
    m_profile->setCurrentText(job.profile);
    m_profile->setEditable(false);
    m_pattern->setPlaceholderText(tr("only for a folder, e.g. okta-*.csv"));
    m_preset->addItem(tr("Match columns automatically"), QString());
    for (const QString& name : services->presets().names())
        m_preset->addItem(name, name);
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(job.preset)));
    m_policy->addItem(tr("As the preset says"), QString());
    m_policy->addItem(tr("Block the sync"), QStringLiteral("block"));
    m_policy->addItem(tr("Leave those rows out"), QStringLiteral("skip"));
    m_policy->setCurrentIndex(std::max(0, m_policy->findData(job.policy)));
    m_maxInvalid->setRange(-1, 100);
    m_maxInvalid->setSpecialValueText(tr("No limit"));
    m_maxInvalid->setSuffix(QStringLiteral(" %"));
    m_maxInvalid->setValue(int(job.maxInvalidPercent));
    m_allowRemovals->setRange(-2, 1000000);
    m_allowRemovals->setSpecialValueText(tr("Not set"));
    m_allowRemovals->setValue(int(std::max<qint64>(job.allowRemovals, -1)));
    m_webhook->setPlaceholderText(tr("Slack or Teams incoming-webhook URL (optional)"));
    m_notifySuccess->setChecked(job.notifyOnSuccess);
    m_sourceNote->setWordWrap(true);
    m_sourceNote->setObjectName(QStringLiteral("errorLabel"));
    m_sourceNote->hide();
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("errorLabel"));

    auto* sourceRow = new QHBoxLayout;
    auto* file = new QPushButton(tr("File…"), this);
    auto* folder = new QPushButton(tr("Folder…"), this);
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(file);
    sourceRow->addWidget(folder);
    connect(file, &QPushButton::clicked, this, [this] { chooseSource(false); });
    connect(folder, &QPushButton::clicked, this, [this] { chooseSource(true); });

    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Profile:"), m_profile);
    form->addRow(tr("Source:"), sourceRow);
    form->addRow(tr("Newest file matching:"), m_pattern);
    form->addRow(QString(), m_sourceNote);
    form->addRow(tr("Preset:"), m_preset);
    form->addRow(tr("Rows with errors:"), m_policy);
    form->addRow(tr("Stop above invalid rows:"), m_maxInvalid);
    form->addRow(tr("Removals allowed:"), m_allowRemovals);
    form->addRow(tr("Webhook:"), m_webhook);
    form->addRow(QString(), m_notifySuccess);
    form->addRow(tr("Schedule:"), m_schedule);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_webhook, &QLineEdit::textChanged, this, &JobEditor::updateEnabled);
    connect(m_source, &QLineEdit::textChanged, this, &JobEditor::checkSource);
    connect(m_pattern, &QLineEdit::textChanged, this, &JobEditor::checkSource);
    updateEnabled();
    checkSource();
    resize(620, sizeHint().height());
}

JobEditor::~JobEditor() = default;

void JobEditor::updateEnabled()
{
    m_notifySuccess->setEnabled(!m_webhook->text().trimmed().isEmpty());
}

void JobEditor::chooseSource(bool folder)
{
    const QString path = folder
        ? QFileDialog::getExistingDirectory(this, tr("Folder the exports arrive in"))
        : QFileDialog::getOpenFileName(this, tr("Export file"), QString(), SupportedFiles::dialogFilter());
    if (!path.isEmpty())
        m_source->setText(path);
}

Job JobEditor::job() const
{
    Job job = m_original;
    job.name = m_name->text().trimmed();
    job.profile = m_profile->currentText();
    job.sourcePath = m_source->text().trimmed();
    job.pattern = m_pattern->text().trimmed();
    job.preset = m_preset->currentData().toString();
    job.policy = m_policy->currentData().toString();
    job.maxInvalidPercent = m_maxInvalid->value();
    job.allowRemovals = m_allowRemovals->value() < 0 ? Job::NotSet : m_allowRemovals->value();
    if (m_original.allowRemovals == Job::AllRemovalsAllowed && m_allowRemovals->value() < 0)
        job.allowRemovals = Job::AllRemovalsAllowed; // "all" is kept; the CLI sets it
    job.webhook = QUrl(m_webhook->text().trimmed(), QUrl::StrictMode);
    job.notifyOnSuccess = !job.webhook.isEmpty() && m_notifySuccess->isChecked();
    job.schedule = m_schedule->schedule();
    return job;
}

QString JobEditor::sourceProblem(bool* isError) const
{
    const QString path = m_source->text().trimmed();
    const QString pattern = m_pattern->text().trimmed();
    const QFileInfo source(path);
    const QString shown = QDir::toNativeSeparators(path);
    bool error = true;
    QString problem;
    if (path.isEmpty())
        problem = tr("Choose the export file, or the folder the exports arrive in.");
    else if (pattern.isEmpty() && source.isDir())
        problem = tr("%1 is a folder: say which files in it to take (e.g. okta-*.csv).").arg(shown);
    else if (pattern.isEmpty() && !source.isFile())
        problem = tr("The file %1 does not exist.").arg(shown);
    else if (!pattern.isEmpty() && !source.isDir())
        problem = tr("The folder %1 does not exist.").arg(shown);
    else if (!pattern.isEmpty() && QDir(path).entryList({pattern}, QDir::Files).isEmpty()) {
        error = false; // the first export may not have arrived yet
        problem = tr("No file matches %1 in %2 yet.").arg(pattern, shown);
    }
    if (isError)
        *isError = error && !problem.isEmpty();
    return problem;
}

void JobEditor::checkSource()
{
    bool error = false;
    const QString problem = sourceProblem(&error);
    // An empty source is said on Save, not while the form is still being filled.
    m_sourceNote->setText(m_source->text().trimmed().isEmpty() ? QString() : problem);
    m_sourceNote->setProperty("warning", !error);
    m_sourceNote->setVisible(!m_sourceNote->text().isEmpty());
}

QString JobEditor::problemText() const
{
    return m_problem->text();
}

bool JobEditor::store(const Job& edited, const JobSchedule& previous, QString* problem, bool* saved)
{
    if (saved)
        *saved = false;
    if (!JobStore().save(edited, problem))
        return false;
    if (saved)
        *saved = true;
    if (edited.schedule == previous)
        return true;
    const JobScheduler::Result result = JobScheduler::apply(edited.name, edited.schedule, JobProcess::cliPath());
    if (result.status == JobScheduler::Status::Enabled)
        return true;
    *problem = result.message;
    return false;
}

bool JobEditor::save()
{
    const Job edited = job();
    const JobStore store;
    bool sourceError = false;
    QString problem = sourceProblem(&sourceError);
    if (!sourceError)
        problem.clear();
    if (problem.isEmpty() && !m_savedProfiles.contains(edited.profile))
        problem = tr("A job runs with a saved profile, and “%1” is not one: choose a profile.").arg(edited.profile);
    if (problem.isEmpty() && !m_existing && store.exists(edited.name))
        problem = tr("A job named “%1” exists already.").arg(edited.name);
    if (problem.isEmpty()) {
        bool saved = false;
        JobEditor::store(edited, m_original.schedule, &problem, &saved);
        if (saved)
            m_original.schedule = edited.schedule; // saved: a second Save closes the dialog
    }
    if (problem.isEmpty() || store.exists(edited.name)) {
        m_existing = true;
        m_name->setReadOnly(true);
    }
    m_problem->setText(problem);
    return problem.isEmpty();
}
