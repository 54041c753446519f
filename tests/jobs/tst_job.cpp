// Job files (strict, versioned JSON), the store (atomic, 0600, name checks), newest-in-folder sources and the
// schedule file generators, in-process.
#include "jobs/job.h"
#include "jobs/jobschedulefiles.h"
#include "jobs/jobsource.h"
#include "jobs/jobstore.h"
#include "jobs/webhooknotifier.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace
{

    Job sampleJob(const QString& source)
    {
        Job job;
        job.name = u"okta-nightly"_s;
        job.profile = u"acme"_s;
        job.sourcePath = source;
        job.pattern = u"okta-*.csv"_s;
        job.preset = u"Okta"_s;
        job.policy = u"skip"_s;
        job.maxInvalidPercent = 5;
        job.allowRemovals = Job::AllRemovalsAllowed;
        job.webhook = QUrl(u"https://hooks.slack.com/services/T/B/x"_s);
        job.notifyOnSuccess = true;
        job.schedule = {JobSchedule::Kind::Weekly, 1, QTime(2, 30)};
        return job;
    }

    void touch(const QString& path, const QDateTime& modified)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Email\n");
        // Written out first: a buffered write flushed at close would stamp the file with the current time.
        QVERIFY(file.flush());
        QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
    }
} // namespace

class TestJob : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void refusedWithPath_data();
    void refusedWithPath();
    void storeWritesPrivateFiles();
    void newestMatchingFile();
    void systemdFiles();
    void taskSchedulerXml();
    void launchdPlist();
    void webhookPayloadHasOnlyThePromisedFields();
    void reportRoundTrip();
};

void TestJob::roundTrip()
{
    const Job job = sampleJob(u"/srv/exports"_s);
    QString error;
    const std::optional<Job> back = Job::fromJsonBytes(job.toJsonBytes(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->toJsonBytes(), job.toJsonBytes());
    QCOMPARE(back->allowRemovals, Job::AllRemovalsAllowed);
    QCOMPARE(back->schedule, job.schedule);
    // Human-readable and documented: the keys a person edits.
    const QJsonObject json = QJsonDocument::fromJson(job.toJsonBytes()).object();
    QCOMPARE(json.value(u"format"_s).toString(), u"torii-sync-job"_s);
    QCOMPARE(json.value(u"formatVersion"_s).toInt(), 1);
    QCOMPARE(json.value(u"guards"_s).toObject().value(u"allowRemovals"_s).toString(), u"all"_s);
    QCOMPARE(json.value(u"schedule"_s).toObject().value(u"day"_s).toString(), u"Mon"_s);
}

void TestJob::refusedWithPath_data()
{
    QTest::addColumn<QByteArray>("edit"); // "key=json" put into the sample's object (dotted key = nested)
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown top-level") << QByteArray("colour=\"red\"") << u"\"colour\""_s;
    QTest::newRow("unknown in guards") << QByteArray("guards.maxRemovals=3") << u"\"guards.maxRemovals\""_s;
    QTest::newRow("wrong type") << QByteArray("guards.maxInvalidPercent=\"5\"") << u"guards.maxInvalidPercent"_s;
    QTest::newRow("bad time") << QByteArray("schedule.time=\"25:00\"") << u"schedule.time"_s;
    QTest::newRow("newer version") << QByteArray("formatVersion=2") << u"format version 2"_s;
    QTest::newRow("http webhook") << QByteArray("notify.webhook=\"http://hooks.example.com/x\"") << u"https://"_s;
    QTest::newRow("bad name") << QByteArray("name=\"../etc\"") << u"job name"_s;
}

void TestJob::refusedWithPath()
{
    QFETCH(QByteArray, edit);
    QFETCH(QString, message);
    QJsonObject json = sampleJob(u"/srv"_s).toJson();
    const QString path = QString::fromUtf8(edit.left(edit.indexOf('=')));
    const QJsonValue value = QJsonDocument::fromJson("[" + edit.mid(edit.indexOf('=') + 1) + "]").array().first();
    if (path.contains(u'.')) {
        QJsonObject inner = json.value(path.section(u'.', 0, 0)).toObject();
        inner.insert(path.section(u'.', 1), value);
        json.insert(path.section(u'.', 0, 0), inner);
    } else {
        json.insert(path, value);
    }
    QString error;
    QVERIFY(!Job::fromJson(json, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestJob::storeWritesPrivateFiles()
{
    QTemporaryDir dir;
    const JobStore store(dir.path());
    QString error;
    QVERIFY2(store.save(sampleJob(dir.path()), &error), qPrintable(error));
    const QString path = store.pathFor(u"okta-nightly"_s);
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QVERIFY(store.load(u"okta-nightly"_s, &error));
    QCOMPARE(store.list().size(), 1);
    // A file renamed by hand must not run under another job's name.
    QVERIFY(QFile::copy(path, dir.filePath(u"other.json"_s)));
    QVERIFY(!store.load(u"other"_s, &error));
    QVERIFY2(error.contains(u"file name"_s), qPrintable(error));
    QStringList warnings;
    QCOMPARE(store.list(&warnings).size(), 1);
    QCOMPARE(warnings.size(), 1);
    QVERIFY(store.remove(u"okta-nightly"_s, &error));
    QVERIFY(!store.remove(u"okta-nightly"_s, &error));
}

void TestJob::newestMatchingFile()
{
    QTemporaryDir dir;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    touch(dir.filePath(u"okta-1.csv"_s), now.addDays(-2));
    touch(dir.filePath(u"okta-3.csv"_s), now.addDays(-1));
    touch(dir.filePath(u"okta-2.csv"_s), now.addDays(-3));
    touch(dir.filePath(u"zoom-9.csv"_s), now); // newer, but does not match
    Job job = sampleJob(dir.path());
    QString error;
    QCOMPARE(JobSource::resolve(job, &error), dir.filePath(u"okta-3.csv"_s));
    job.pattern = u"none-*.csv"_s;
    QVERIFY(JobSource::resolve(job, &error).isEmpty());
    QVERIFY2(error.contains(u"none-*.csv"_s), qPrintable(error));
    job.pattern.clear();
    job.sourcePath = dir.filePath(u"okta-2.csv"_s);
    QCOMPARE(JobSource::resolve(job, &error), job.sourcePath);
}

void TestJob::systemdFiles()
{
    const JobSchedule weekly {JobSchedule::Kind::Weekly, 3, QTime(6, 5)};
    QCOMPARE(JobScheduleFiles::systemdCalendar(weekly), u"Wed *-*-* 06:05:00"_s);
    QCOMPARE(JobScheduleFiles::systemdCalendar({JobSchedule::Kind::Daily, 1, QTime(23, 59)}), u"*-*-* 23:59:00"_s);
    const QString timer = QString::fromUtf8(JobScheduleFiles::systemdTimer(u"okta"_s, weekly));
    QVERIFY(timer.contains(u"\nOnCalendar=Wed *-*-* 06:05:00\n"_s));
    QVERIFY(timer.contains(u"\nUnit=torii-sync-job-okta.service\n"_s));
    QVERIFY(timer.contains(u"\nWantedBy=timers.target\n"_s));
    QVERIFY(timer.contains(u"\nPersistent=true\n"_s));
    const QString service =
        QString::fromUtf8(JobScheduleFiles::systemdService(u"okta"_s, u"/opt/Torii Sync/100%/torii-sync-cli"_s));
    QVERIFY2(service.contains(u"\nExecStart=\"/opt/Torii Sync/100%%/torii-sync-cli\" job run okta\n"_s),
             qPrintable(service));
    QVERIFY(service.contains(u"\nType=oneshot\n"_s));
}

void TestJob::taskSchedulerXml()
{
    const QByteArray bytes = JobScheduleFiles::taskSchedulerXml(u"okta"_s, {JobSchedule::Kind::Weekly, 7, QTime(2, 0)},
                                                                u"C:\\Program Files\\Torii Sync\\torii-sync-cli.exe"_s);
    QVERIFY(bytes.startsWith("\xFF\xFE")); // UTF-16LE with BOM, as schtasks wants
    const QString text = QStringDecoder(QStringDecoder::Utf16LE)(bytes.mid(2));
    QXmlStreamReader xml(text);
    QStringList elements;
    QString command, arguments, start;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        elements << xml.name().toString();
        if (xml.name() == u"Command")
            command = xml.readElementText();
        else if (xml.name() == u"Arguments")
            arguments = xml.readElementText();
        else if (xml.name() == u"StartBoundary")
            start = xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(command, u"C:\\Program Files\\Torii Sync\\torii-sync-cli.exe"_s);
    QCOMPARE(arguments, u"job run okta"_s);
    QVERIFY(start.endsWith(u"T02:00:00"_s));
    QVERIFY(elements.contains(u"ScheduleByWeek"_s) && elements.contains(u"Sunday"_s));
}

void TestJob::launchdPlist()
{
    const QString text = QString::fromUtf8(
        JobScheduleFiles::launchdPlist(u"okta"_s, {JobSchedule::Kind::Weekly, 1, QTime(4, 15)}, u"/Apps/cli"_s));
    QXmlStreamReader xml(text);
    QStringList values;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement &&
            (xml.name() == u"string" || xml.name() == u"integer" || xml.name() == u"key"))
            values << xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(values,
             QStringList({u"Label"_s, u"com.toriisync.job.okta"_s, u"ProgramArguments"_s, u"/Apps/cli"_s, u"job"_s,
                          u"run"_s, u"okta"_s, u"StartCalendarInterval"_s, u"Hour"_s, u"4"_s, u"Minute"_s, u"15"_s,
                          u"Weekday"_s, u"1"_s}));
}

void TestJob::webhookPayloadHasOnlyThePromisedFields()
{
    JobRunReport report;
    report.job = u"okta"_s;
    report.file = u"ada.lovelace@example.com.csv"_s; // a file name can carry personal data: never sent
    report.outcome = JobRunReport::Outcome::Blocked;
    report.exitCode = 1;
    report.users = 10;
    report.rejected = 2;
    report.historyId = 12;
    report.message = u"line 3: not-an-email@example.com is invalid"_s;
    const QByteArray payload = WebhookNotifier::payload(report);
    QVERIFY(!payload.contains('@'));
    const QJsonObject json = QJsonDocument::fromJson(payload).object();
    QCOMPARE(json.keys(),
             QStringList({u"exitCode"_s, u"historyRunId"_s, u"job"_s, u"licenses"_s, u"outcome"_s, u"rejected"_s,
                          u"removals"_s, u"text"_s, u"toriiFileId"_s, u"users"_s}));
    QCOMPARE(json.value(u"historyRunId"_s).toInt(), 12);
    QCOMPARE(json.value(u"outcome"_s).toString(), u"blocked"_s);
}

void TestJob::reportRoundTrip()
{
    JobRunReport report;
    report.job = u"okta"_s;
    report.file = u"okta.csv"_s;
    report.outcome = JobRunReport::Outcome::Unknown;
    report.exitCode = 3;
    report.users = 5;
    report.fileId = 99;
    report.historyId = 4;
    report.durationMs = 1500;
    report.message = u"check Torii"_s;
    const JobRunReport back = JobRunReport::fromJson(report.toJson());
    QCOMPARE(back.toJson(), report.toJson());
    QCOMPARE(back.outcome, JobRunReport::Outcome::Unknown);
    QCOMPARE(back.removals, qint64(-1)); // unknown stays unknown, not 0
}

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"
