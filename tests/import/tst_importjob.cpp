// ImportJob reads in a worker thread: the preview arrives before the result, progress is reported, the event
// loop stays free, cancel ends the read with a "cancelled" result, and a newer start() supersedes an older one.
#include "import/importjob.h"
#include "import/table.h"
#include "samples.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestImportJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsInTheBackground();
    void workbookPreview();
    void reportsErrors();
    void cancel();
    void restartSupersedes();
    void destroyWhileRunning();

private:
    QTemporaryDir m_dir;
    QString m_large;
};

void TestImportJob::initTestCase()
{
    m_large = m_dir.filePath(QStringLiteral("large.csv"));
    QFile file(m_large);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray text = "Email,Name,Status\n";
    for (int i = 0; i < 500000; ++i)
        text += "user" + QByteArray::number(i) + "@example.com,User " + QByteArray::number(i) + ",Active\n";
    file.write(text);
}

void TestImportJob::readsInTheBackground()
{
    ImportJob job;
    QSignalSpy preview(&job, &ImportJob::previewReady);
    QSignalSpy progress(&job, &ImportJob::progress);
    QSignalSpy finished(&job, &ImportJob::finished);
    job.start(m_large);
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(30000));
    QVERIFY(!job.isRunning());
    QCOMPARE(preview.size(), 1);
    const auto firstRows = preview.at(0).at(0).value<std::shared_ptr<const Table>>();
    QVERIFY(firstRows);
    QCOMPARE(firstRows->rowCount(), 200);
    QCOMPARE(firstRows->cell(0, 0), QStringLiteral("user0@example.com"));
    const auto result = finished.at(0).at(0).value<ImportResult>();
    QVERIFY2(result.ok(), qPrintable(result.error.toString()));
    QCOMPARE(result.table->rowCount(), 500000);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constLast().at(0).toLongLong(), progress.constLast().at(1).toLongLong());
}

void TestImportJob::workbookPreview()
{
    ImportJob job;
    QSignalSpy preview(&job, &ImportJob::previewReady);
    QSignalSpy finished(&job, &ImportJob::finished);
    job.start(Samples::path(QStringLiteral("zoom-users-libreoffice.xlsx")));
    QVERIFY(finished.wait(30000));
    QCOMPARE(preview.size(), 1);
    const auto firstRows = preview.at(0).at(0).value<std::shared_ptr<const Table>>();
    QVERIFY(firstRows);
    QCOMPARE(firstRows->rowCount(), 9);
    QCOMPARE(firstRows->columnNames().constFirst(), QStringLiteral("Email"));
    QVERIFY(finished.at(0).at(0).value<ImportResult>().ok());
}

void TestImportJob::reportsErrors()
{
    ImportJob job;
    QSignalSpy finished(&job, &ImportJob::finished);
    job.start(m_dir.filePath(QStringLiteral("missing.csv")));
    QVERIFY(finished.wait(10000));
    const auto result = finished.at(0).at(0).value<ImportResult>();
    QVERIFY(!result.ok());
    QVERIFY(!result.error.cancelled);
    QVERIFY(!result.error.message.isEmpty());
}

void TestImportJob::cancel()
{
    ImportJob job;
    QSignalSpy finished(&job, &ImportJob::finished);
    QSignalSpy preview(&job, &ImportJob::previewReady);
    // Cancel as soon as the preview shows, like a user who picked the wrong file.
    connect(&job, &ImportJob::previewReady, &job, [&job] { job.cancel(); });
    job.start(m_large);
    QVERIFY(finished.wait(30000));
    const auto result = finished.at(0).at(0).value<ImportResult>();
    QVERIFY(result.error.cancelled);
    QVERIFY(!result.table);
    QVERIFY(!job.isRunning());
}

void TestImportJob::restartSupersedes()
{
    ImportJob job;
    QSignalSpy finished(&job, &ImportJob::finished);
    job.start(m_large);
    job.start(Samples::path(QStringLiteral("okta-users.csv")));
    QVERIFY(finished.wait(30000));
    QTest::qWait(200); // the first read's result, if it came, would arrive by now
    QCOMPARE(finished.size(), 1);
    const auto result = finished.at(0).at(0).value<ImportResult>();
    QVERIFY(result.ok());
    QCOMPARE(result.table->sourceName(), QStringLiteral("okta-users.csv"));
}

void TestImportJob::destroyWhileRunning()
{
    auto job = std::make_unique<ImportJob>();
    job->start(m_large);
    job.reset(); // waits for the worker after cancelling it: no crash, no leak
    QVERIFY(true);
}

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
