#include "jobeditor.h"

#include "jobprocess.h"
#include "jobs/jobscheduler.h"
#include "jobs/jobstore.h"
#include "mapping/presetstore.h"
#include "profiles/profilestore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>

JobEditor::JobEditor(const Job& job, bool existing, QWidget* parent)
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
    , m_scheduleKind(new QComboBox(this))
    , m_day(new QComboBox(this))
    , m_time(new QTimeEdit(job.schedule.time.isValid() ? job.schedule.time : QTime(2, 0), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(existing ? tr("Edit Job “%1”").arg(job.name) : tr("New Job"));
    m_name->setReadOnly(existing);
    m_name->setPlaceholderText(tr("e.g. okta-nightly"));
    m_profile->addItems(ProfileStore(nullptr).profileNames());
    m_profile->setCurrentText(job.profile);
    m_profile->setEditable(false);
    m_pattern->setPlaceholderText(tr("only for a folder, e.g. okta-*.csv"));
    m_preset->addItem(tr("Match columns automatically"), QString());
    for (const QString& name : PresetStore().names())
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
    m_scheduleKind->addItem(tr("Only when started by hand"), int(JobSchedule::Kind::Off));
    m_scheduleKind->addItem(tr("Every day"), int(JobSchedule::Kind::Daily));
    m_scheduleKind->addItem(tr("Every week"), int(JobSchedule::Kind::Weekly));
    m_scheduleKind->setCurrentIndex(m_scheduleKind->findData(int(job.schedule.kind)));
    for (int day = 1; day <= 7; ++day)
        m_day->addItem(QLocale().dayName(day), day);
    m_day->setCurrentIndex(job.schedule.dayOfWeek - 1);
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("errorText"));

    auto* sourceRow = new QHBoxLayout;
    auto* file = new QPushButton(tr("File…"), this);
    auto* folder = new QPushButton(tr("Folder…"), this);
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(file);
    sourceRow->addWidget(folder);
    connect(file, &QPushButton::clicked, this, [this] { chooseSource(false); });
    connect(folder, &QPushButton::clicked, this, [this] { chooseSource(true); });
    auto* scheduleRow = new QHBoxLayout;
    scheduleRow->addWidget(m_scheduleKind, 1);
    scheduleRow->addWidget(m_day);
    scheduleRow->addWidget(m_time);

    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Profile:"), m_profile);
    form->addRow(tr("Source:"), sourceRow);
    form->addRow(tr("Newest file matching:"), m_pattern);
    form->addRow(tr("Preset:"), m_preset);
    form->addRow(tr("Rows with errors:"), m_policy);
    form->addRow(tr("Stop above invalid rows:"), m_maxInvalid);
    form->addRow(tr("Removals allowed:"), m_allowRemovals);
    form->addRow(tr("Webhook:"), m_webhook);
    form->addRow(QString(), m_notifySuccess);
    form->addRow(tr("Schedule:"), scheduleRow);
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
    connect(m_scheduleKind, &QComboBox::currentIndexChanged, this, &JobEditor::updateEnabled);
    connect(m_webhook, &QLineEdit::textChanged, this, &JobEditor::updateEnabled);
    updateEnabled();
    resize(620, sizeHint().height());
}

JobEditor::~JobEditor() = default;

void JobEditor::updateEnabled()
{
    const auto kind = JobSchedule::Kind(m_scheduleKind->currentData().toInt());
    m_day->setEnabled(kind == JobSchedule::Kind::Weekly);
    m_time->setEnabled(kind != JobSchedule::Kind::Off);
    m_notifySuccess->setEnabled(!m_webhook->text().trimmed().isEmpty());
}

void JobEditor::chooseSource(bool folder)
{
    const QString path = folder ? QFileDialog::getExistingDirectory(this, tr("Folder the exports arrive in"))
                                : QFileDialog::getOpenFileName(this, tr("Export file"), QString(),
                                                               tr("Exports (*.csv *.tsv *.txt *.xlsx);;All files (*)"));
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
    job.schedule.kind = JobSchedule::Kind(m_scheduleKind->currentData().toInt());
    job.schedule.dayOfWeek = m_day->currentData().toInt();
    job.schedule.time = job.schedule.isOn() ? QTime(m_time->time().hour(), m_time->time().minute()) : QTime();
    return job;
}

bool JobEditor::save()
{
    const Job edited = job();
    const JobStore store;
    QString problem;
    if (!m_existing && store.exists(edited.name))
        problem = tr("A job named “%1” exists already.").arg(edited.name);
    if (problem.isEmpty() && !store.save(edited, &problem)) {
        // problem is set by save()
    } else if (problem.isEmpty() && edited.schedule != m_original.schedule) {
        const JobScheduler::Result result = JobScheduler::apply(edited.name, edited.schedule, JobProcess::cliPath());
        if (result.status != JobScheduler::Status::Enabled)
            problem = result.message;
        m_original.schedule = edited.schedule; // saved: a second Save closes the dialog
    }
    if (problem.isEmpty() || store.exists(edited.name)) {
        m_existing = true;
        m_name->setReadOnly(true);
    }
    m_problem->setText(problem);
    return problem.isEmpty();
}
