// SandboxThread runs the Sandbox on a thread of its own: it serves while the owning thread is free, its read-back
// and fault injection run on the sandbox's thread, its signals arrive queued, a failed start says why, and stop
// (or destruction) drops open connections and joins the thread.
#include "sandbox/sandbox.h"
#include "sandbox/sandboxthread.h"
#include "threadhold.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

class TestSandboxThread final : public QObject
{
    Q_OBJECT

private slots:
    void servesFromItsOwnThread();
    void faultsAndReadBackGoThroughTheThread();
    void busySandboxLeavesTheCallerFree();
    void failedStartSaysWhy();
    void stopDropsConnectionsAndJoins();

private:
    // GET /orgs/my with the sandbox's key; returns the HTTP status (0: no answer).
    static int getOrg(const SandboxThread& sandbox);
    // The nice value of this process's thread with that name (Linux /proc), -100 if there is none.
    static int niceOfThread(const QString& name);
};

int TestSandboxThread::getOrg(const SandboxThread& sandbox)
{
    QNetworkAccessManager nam;
    QUrl url = sandbox.baseUrl();
    url.setPath(url.path() + QStringLiteral("/orgs/my"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + sandbox.apiKey().toUtf8());
    request.setTransferTimeout(10000);
    QNetworkReply* reply = nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(15000))
        return 0;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

int TestSandboxThread::niceOfThread(const QString& name)
{
    const QStringList tasks = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& task : tasks) {
        QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(task));
        if (!comm.open(QIODevice::ReadOnly) || QString::fromUtf8(comm.readAll().trimmed()) != name)
            continue;
        QFile stat(QStringLiteral("/proc/self/task/%1/stat").arg(task));
        if (!stat.open(QIODevice::ReadOnly))
            return -100;
        // Fields after the parenthesised name: state is field 3, nice field 19.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        return fields.value(19 - 3).toInt();
    }
    return -100;
}

void TestSandboxThread::servesFromItsOwnThread()
{
    SandboxThread sandbox;
    QVERIFY(!sandbox.isRunning());
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    QVERIFY(sandbox.isRunning());
    QVERIFY(sandbox.sandbox() != nullptr);
    QVERIFY(sandbox.sandbox()->thread() != QThread::currentThread());
    QVERIFY(sandbox.sandbox()->thread()->isRunning());
    QCOMPARE(sandbox.baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(sandbox.baseUrl().port() > 0);
    QVERIFY(sandbox.apiKey().startsWith(QLatin1String("sbx_")));
#ifdef Q_OS_LINUX
    // The window wins a contended core: the sandbox's thread runs niced.
    QCOMPARE(niceOfThread(QStringLiteral("sandbox")), 10);
#endif

    // The signal is emitted on the sandbox's thread and delivered on this one.
    QThread* deliveredOn = nullptr;
    QString route;
    connect(sandbox.sandbox(), &Sandbox::requestHandled, this, [&](const QString& r, int) {
        deliveredOn = QThread::currentThread();
        route = r;
    });
    QCOMPARE(getOrg(sandbox), 200);
    QTRY_COMPARE(route, QStringLiteral("orgs"));
    QCOMPARE(deliveredOn, QThread::currentThread());
    QCOMPARE(sandbox.requestCount(QStringLiteral("orgs")), 1);
    QCOMPARE(sandbox.requests().size(), 1);
    QCOMPARE(sandbox.requests().constFirst().status, 200);
    QVERIFY(sandbox.syncedPayloads().isEmpty());
}

void TestSandboxThread::faultsAndReadBackGoThroughTheThread()
{
    SandboxThread sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    QString error;
    QVERIFY(!sandbox.addFault(QStringLiteral("orgs=nonsense"), &error));
    QVERIFY(error.contains(QLatin1String("nonsense")));
    QVERIFY2(sandbox.addFault(QStringLiteral("orgs=503:1"), &error), qPrintable(error));
    QCOMPARE(getOrg(sandbox), 503);
    QCOMPARE(getOrg(sandbox), 200);
    QVERIFY2(sandbox.addFault(QStringLiteral("orgs=500:5"), &error), qPrintable(error));
    sandbox.clearFaults();
    QCOMPARE(getOrg(sandbox), 200);
    QCOMPARE(sandbox.requestCount(QStringLiteral("orgs")), 3);
}

void TestSandboxThread::busySandboxLeavesTheCallerFree()
{
    SandboxThread sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    // Stand-in for a long request (hashing and checking a big upload). Had the sandbox lived on this thread,
    // the hold would run inside this thread's loop and block it.
    ThreadHold hold(sandbox.sandbox());
    QVERIFY(hold.eventLoopRunsWhileHeld());
    QVERIFY(hold.heldOn() != QThread::currentThread());
    hold.release();
    QTRY_VERIFY(!hold.isHeld());
    QCOMPARE(getOrg(sandbox), 200);
}

void TestSandboxThread::failedStartSaysWhy()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost));
    SandboxThread sandbox;
    QVERIFY(!sandbox.start(taken.serverPort()));
    QVERIFY(sandbox.errorString().contains(QString::number(taken.serverPort())));
    QVERIFY(!sandbox.isRunning());
    QVERIFY(sandbox.sandbox() == nullptr);
    QString error;
    QVERIFY(!sandbox.addFault(QStringLiteral("orgs=503:1"), &error)); // nothing to inject into
    QCOMPARE(sandbox.requestCount(QStringLiteral("orgs")), 0);
    // A later start on a free port works.
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    QCOMPARE(getOrg(sandbox), 200);
}

void TestSandboxThread::stopDropsConnectionsAndJoins()
{
    SandboxThread sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const QPointer<Sandbox> object = sandbox.sandbox();
    QThread* thread = sandbox.sandbox()->thread();

    // A client in the middle of sending a body: stop() must not wait for it to finish.
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, quint16(sandbox.baseUrl().port()));
    QVERIFY(client.waitForConnected(5000));
    client.write("PUT /s3/x HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000000\r\n\r\npartial");
    QVERIFY(client.waitForBytesWritten(5000));
    QTest::qWait(50); // let the sandbox accept it and read the head

    sandbox.stop();
    QVERIFY(!sandbox.isRunning());
    QVERIFY(thread->isFinished());
    QVERIFY(object.isNull()); // deleted on its own thread before the join returned
    QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
    sandbox.stop(); // twice is harmless
    QCOMPARE(sandbox.requestCount(QStringLiteral("upload")), 0);
}

QTEST_GUILESS_MAIN(TestSandboxThread)
#include "tst_sandboxthread.moc"
