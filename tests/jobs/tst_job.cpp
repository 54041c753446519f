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

namespace
{
    QString s(const char* text)
    {
        return QString::fromLatin1(text);
    }

    Job sampleJob(const QString& source)
    {
        Job job;
        job.name = s("okta-nightly");
        job.profile = s("acme");
        job.sourcePath = source;
        job.pattern = s("okta-*.csv");
        job.preset = s("Okta");
        job.policy = s("skip");
        job.maxInvalidPercent = 5;
        job.allowRemovals = Job::AllRemovalsAllowed;
        job.webhook = QUrl(s("https://hooks.slack.com/services/T/B/x"));
        job.notifyOnSuccess = true;
        job.schedule = {JobSchedule::Kind::Weekly, 1, QTime(2, 30)};
        return job;
    }

    void touch(const QString& path, const QDateTime& modified)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Email\n");
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
    const Job job = sampleJob(s("/srv/exports"));
    QString error;
    const std::optional<Job> back = Job::fromJsonBytes(job.toJsonBytes(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->toJsonBytes(), job.toJsonBytes());
    QCOMPARE(back->allowRemovals, Job::AllRemovalsAllowed);
    QCOMPARE(back->schedule, job.schedule);
    // Human-readable and documented: the keys a person edits.
    const QJsonObject json = QJsonDocument::fromJson(job.toJsonBytes()).object();
    QCOMPARE(json.value(s("format")).toString(), s("torii-sync-job"));
    QCOMPARE(json.value(s("formatVersion")).toInt(), 1);
    QCOMPARE(json.value(s("guards")).toObject().value(s("allowRemovals")).toString(), s("all"));
    QCOMPARE(json.value(s("schedule")).toObject().value(s("day")).toString(), s("Mon"));
}

void TestJob::refusedWithPath_data()
{
    QTest::addColumn<QByteArray>("edit"); // "key=json" put into the sample's object (dotted key = nested)
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown top-level") << QByteArray("colour=\"red\"") << s("\"colour\"");
    QTest::newRow("unknown in guards") << QByteArray("guards.maxRemovals=3") << s("\"guards.maxRemovals\"");
    QTest::newRow("wrong type") << QByteArray("guards.maxInvalidPercent=\"5\"") << s("guards.maxInvalidPercent");
    QTest::newRow("bad time") << QByteArray("schedule.time=\"25:00\"") << s("schedule.time");
    QTest::newRow("newer version") << QByteArray("formatVersion=2") << s("format version 2");
    QTest::newRow("http webhook") << QByteArray("notify.webhook=\"http://hooks.example.com/x\"") << s("https://");
    QTest::newRow("bad name") << QByteArray("name=\"../etc\"") << s("job name");
}

void TestJob::refusedWithPath()
{
    QFETCH(QByteArray, edit);
    QFETCH(QString, message);
    QJsonObject json = sampleJob(s("/srv")).toJson();
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
    const QString path = store.pathFor(s("okta-nightly"));
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QVERIFY(store.load(s("okta-nightly"), &error));
    QCOMPARE(store.list().size(), 1);
    // A file renamed by hand must not run under another job's name.
    QVERIFY(QFile::copy(path, dir.filePath(s("other.json"))));
    QVERIFY(!store.load(s("other"), &error));
    QVERIFY2(error.contains(s("file name")), qPrintable(error));
    QStringList warnings;
    QCOMPARE(store.list(&warnings).size(), 1);
    QCOMPARE(warnings.size(), 1);
    QVERIFY(store.remove(s("okta-nightly"), &error));
    QVERIFY(!store.remove(s("okta-nightly"), &error));
}

void TestJob::newestMatchingFile()
{
    QTemporaryDir dir;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    touch(dir.filePath(s("okta-1.csv")), now.addDays(-2));
    touch(dir.filePath(s("okta-3.csv")), now.addDays(-1));
    touch(dir.filePath(s("okta-2.csv")), now.addDays(-3));
    touch(dir.filePath(s("zoom-9.csv")), now); // newer, but does not match
    Job job = sampleJob(dir.path());
    QString error;
    QCOMPARE(JobSource::resolve(job, &error), dir.filePath(s("okta-3.csv")));
    job.pattern = s("none-*.csv");
    QVERIFY(JobSource::resolve(job, &error).isEmpty());
    QVERIFY2(error.contains(s("none-*.csv")), qPrintable(error));
    job.pattern.clear();
    job.sourcePath = dir.filePath(s("okta-2.csv"));
    QCOMPARE(JobSource::resolve(job, &error), job.sourcePath);
}

void TestJob::systemdFiles()
{
    const JobSchedule weekly {JobSchedule::Kind::Weekly, 3, QTime(6, 5)};
    QCOMPARE(JobScheduleFiles::systemdCalendar(weekly), s("Wed *-*-* 06:05:00"));
    QCOMPARE(JobScheduleFiles::systemdCalendar({JobSchedule::Kind::Daily, 1, QTime(23, 59)}), s("*-*-* 23:59:00"));
    const QString timer = QString::fromUtf8(JobScheduleFiles::systemdTimer(s("okta"), weekly));
    QVERIFY(timer.contains(s("\nOnCalendar=Wed *-*-* 06:05:00\n")));
    QVERIFY(timer.contains(s("\nUnit=torii-sync-job-okta.service\n")));
    QVERIFY(timer.contains(s("\nWantedBy=timers.target\n")));
    QVERIFY(timer.contains(s("\nPersistent=true\n")));
    const QString service =
        QString::fromUtf8(JobScheduleFiles::systemdService(s("okta"), s("/opt/Torii Sync/100%/torii-sync-cli")));
    QVERIFY2(service.contains(s("\nExecStart=\"/opt/Torii Sync/100%%/torii-sync-cli\" job run okta\n")),
             qPrintable(service));
    QVERIFY(service.contains(s("\nType=oneshot\n")));
}

void TestJob::taskSchedulerXml()
{
    const QByteArray bytes = JobScheduleFiles::taskSchedulerXml(s("okta"), {JobSchedule::Kind::Weekly, 7, QTime(2, 0)},
                                                                s("C:\\Program Files\\Torii Sync\\torii-sync-cli.exe"));
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
    QCOMPARE(command, s("C:\\Program Files\\Torii Sync\\torii-sync-cli.exe"));
    QCOMPARE(arguments, s("job run okta"));
    QVERIFY(start.endsWith(s("T02:00:00")));
    QVERIFY(elements.contains(s("ScheduleByWeek")) && elements.contains(s("Sunday")));
}

void TestJob::launchdPlist()
{
    const QString text = QString::fromUtf8(
        JobScheduleFiles::launchdPlist(s("okta"), {JobSchedule::Kind::Weekly, 1, QTime(4, 15)}, s("/Apps/cli")));
    QXmlStreamReader xml(text);
    QStringList values;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement &&
            (xml.name() == u"string" || xml.name() == u"integer" || xml.name() == u"key"))
            values << xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(values,
             QStringList({s("Label"), s("com.toriisync.job.okta"), s("ProgramArguments"), s("/Apps/cli"), s("job"),
                          s("run"), s("okta"), s("StartCalendarInterval"), s("Hour"), s("4"), s("Minute"), s("15"),
                          s("Weekday"), s("1")}));
}

void TestJob::webhookPayloadHasOnlyThePromisedFields()
{
    JobRunReport report;
    report.job = s("okta");
    report.file = s("ada.lovelace@example.com.csv"); // a file name can carry personal data: never sent
    report.outcome = JobRunReport::Outcome::Blocked;
    report.exitCode = 1;
    report.users = 10;
    report.rejected = 2;
    report.historyId = 12;
    report.message = s("line 3: not-an-email@example.com is invalid");
    const QByteArray payload = WebhookNotifier::payload(report);
    QVERIFY(!payload.contains('@'));
    const QJsonObject json = QJsonDocument::fromJson(payload).object();
    QCOMPARE(json.keys(),
             QStringList({s("exitCode"), s("historyRunId"), s("job"), s("licenses"), s("outcome"), s("rejected"),
                          s("removals"), s("text"), s("toriiFileId"), s("users")}));
    QCOMPARE(json.value(s("historyRunId")).toInt(), 12);
    QCOMPARE(json.value(s("outcome")).toString(), s("blocked"));
}

void TestJob::reportRoundTrip()
{
    JobRunReport report;
    report.job = s("okta");
    report.file = s("okta.csv");
    report.outcome = JobRunReport::Outcome::Unknown;
    report.exitCode = 3;
    report.users = 5;
    report.fileId = 99;
    report.historyId = 4;
    report.durationMs = 1500;
    report.message = s("check Torii");
    const JobRunReport back = JobRunReport::fromJson(report.toJson());
    QCOMPARE(back.toJson(), report.toJson());
    QCOMPARE(back.outcome, JobRunReport::Outcome::Unknown);
    QCOMPARE(back.removals, qint64(-1)); // unknown stays unknown, not 0
}

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"
