#include "sandbox/sandboxthread.h"

#include <QMetaObject>

#include <utility>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace
{
    // The sandbox stands in for a server on another machine: when it competes with the window for a core (two
    // cores, a big upload being received and checked), the window must win. QThread's priorities map to real
    // ones on Windows and macOS but do nothing under Linux's normal scheduler, where a thread's nice value does.
    void lowerThisThreadsPriority()
    {
#ifdef Q_OS_LINUX
        (void)setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10);
#endif
    }
} // namespace

SandboxThread::SandboxThread(QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
}

SandboxThread::~SandboxThread()
{
    stop();
}

bool SandboxThread::start(quint16 port)
{
    if (m_sandbox)
        return true;
    m_thread.start(QThread::LowPriority);
    // Constructed here and moved before it has work: nothing of it is touched by two threads at once. The server
    // socket is created by Sandbox::start(), on the worker thread, so its notifier belongs there.
    auto* sandbox = new Sandbox;
    if (m_thread.isRunning()) {
        sandbox->moveToThread(&m_thread);
        // QThread sends pending deferred deletes after finished(): the sandbox is destroyed on its own thread.
        connect(&m_thread, &QThread::finished, sandbox, &QObject::deleteLater);
    } else {
        sandbox->setParent(this); // no thread to be had: the demo still works, on this thread as it used to
    }
    m_sandbox = sandbox;

    bool ok = false;
    call([&] {
        lowerThisThreadsPriority();
        ok = sandbox->start(port);
        m_error = sandbox->errorString();
        m_baseUrl = sandbox->baseUrl();
        m_apiKey = sandbox->apiKey();
    });
    if (!ok)
        stop();
    return ok;
}

void SandboxThread::stop()
{
    if (!m_sandbox)
        return;
    // The sandbox's destructor closes the server and drops open connections, so a client mid-upload sees the
    // end at once instead of waiting for its timeout. A request being handled finishes first (no cancel point).
    if (m_sandbox->thread() == &m_thread) {
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_sandbox;
    }
    m_sandbox = nullptr;
}

template<typename F> void SandboxThread::call(F&& f) const
{
    if (!m_sandbox)
        return;
    if (m_sandbox->thread() == QThread::currentThread()) {
        f(); // a blocking queued call to its own thread would deadlock
        return;
    }
    QMetaObject::invokeMethod(m_sandbox, std::forward<F>(f), Qt::BlockingQueuedConnection);
}

bool SandboxThread::addFault(const QString& spec, QString* error)
{
    bool ok = false;
    QString problem = m_error; // not running: why it did not start, if it tried
    call([&] { ok = m_sandbox->addFault(spec, &problem); });
    if (!ok && error)
        *error = problem;
    return ok;
}

void SandboxThread::clearFaults()
{
    call([this] { m_sandbox->clearFaults(); });
}

int SandboxThread::requestCount(const QString& route) const
{
    int count = 0;
    call([&] { count = m_sandbox->requestCount(route); });
    return count;
}

QList<Sandbox::RecordedRequest> SandboxThread::requests() const
{
    QList<Sandbox::RecordedRequest> list;
    call([&] { list = m_sandbox->requests(); });
    return list;
}

QList<Sandbox::SyncedPayload> SandboxThread::syncedPayloads() const
{
    QList<Sandbox::SyncedPayload> list;
    call([&] { list = m_sandbox->syncedPayloads(); });
    return list;
}

void SandboxThread::configure(const std::function<void(Sandbox&)>& configure)
{
    call([&] { configure(*m_sandbox); });
}
