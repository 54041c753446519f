#pragma once

#include "sandbox/sandbox.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <QUrl>

#include <functional>

// Runs a Sandbox on a thread of its own, so the demo's server side (receiving, hashing and schema-checking a
// large upload) never blocks the thread that owns this object. Used by the window's demo profile (ConnectPage).
//
// The Sandbox lives on the worker thread: connect to its signals (they arrive queued), but call it only through
// the methods below, which run on the sandbox's thread and wait for it. Call them from the owning thread.
class SandboxThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxThread)

public:
    explicit SandboxThread(QObject* parent = nullptr);
    // Stops the sandbox (open connections are dropped) and joins its thread.
    ~SandboxThread() override;

    // Starts the thread and the sandbox on 127.0.0.1 (port 0 = any free port) and waits until it listens.
    // False with errorString() on failure; the thread is then stopped again.
    [[nodiscard]] bool start(quint16 port = 0);
    void stop();
    [[nodiscard]] bool isRunning() const { return m_sandbox != nullptr; }

    // Snapshots taken when the sandbox started: they never change while it runs.
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    [[nodiscard]] QString apiKey() const { return m_apiKey; }

    // The worker-thread object, for connecting to its signals and checking its thread(); never call it directly.
    [[nodiscard]] Sandbox* sandbox() const { return m_sandbox; }

    // Fault injection and read-back, run on the sandbox's thread (tests and demos use them).
    [[nodiscard]] bool addFault(const QString& spec, QString* error);
    void clearFaults();
    [[nodiscard]] int requestCount(const QString& route) const;
    [[nodiscard]] QList<Sandbox::RecordedRequest> requests() const;
    [[nodiscard]] QList<Sandbox::SyncedPayload> syncedPayloads() const;
    // Any other set-up (the apps' users, the settle delay): runs `configure` on the sandbox's thread and waits.
    void configure(const std::function<void(Sandbox&)>& configure);

private:
    // Runs f on the sandbox's thread and returns once it ran; a blocking queued call, so f may capture by
    // reference. While the sandbox is busy with a long request this waits for it.
    template<typename F> void call(F&& f) const;

    QThread m_thread;
    Sandbox* m_sandbox = nullptr; // lives on m_thread; deleted there when the thread finishes
    QString m_error;
    QUrl m_baseUrl;
    QString m_apiKey;
};
