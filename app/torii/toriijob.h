#pragma once

#include "torii/toriierror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <chrono>

class OneShotHttpRequest;
class QFile;
class QNetworkAccessManager;
class QNetworkReply;

// What one call returned: the error (kind None on success), the status, the parsed JSON object.
struct ToriiResponse
{
    ToriiError error;
    int httpStatus = 0;
    QJsonObject json;
    QByteArray etag;
    // Qt's HTTP stack re-sends a request by itself (up to twice) when the server closes the connection before
    // answering; true when that happened, so the call may have reached the server more than once. Never true for
    // a one-shot call (Spec::oneShot), which is why the sync uses one.
    bool resentByTransport = false;
    [[nodiscard]] bool ok() const { return !error.isError(); }
};

Q_DECLARE_METATYPE(ToriiResponse)

// One HTTP call to Torii or S3, after Nextcloud's AbstractNetworkJob: owns its reply, applies an inactivity
// timeout and a manual redirect policy (the key never follows a redirect to another host), maps every failure
// to ToriiError, emits finished() exactly once and deletes itself. Created by ToriiClient; call start().
// Calls go through QNetworkAccessManager, except a Spec::oneShot call (the sync PUT), which OneShotHttpRequest
// sends so that the transport can never send it twice, and a file upload, which it streams in large writes.
class ToriiJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToriiJob)

public:
    struct Spec
    {
        SyncStage stage = SyncStage::None;
        QByteArray verb = "GET";
        QUrl url;
        QByteArray contentType; // empty: no body
        QByteArray body;
        QString uploadFile; // body streamed from this file instead of `body` (always over OneShotHttpRequest)
        bool bearer = true; // send Authorization: Bearer (Torii calls); false for the S3 PUT
        bool expectJson = true;
        // Sent over its own connection by OneShotHttpRequest, so the transport can never send it twice (the
        // sync PUT). Other calls go through QNetworkAccessManager.
        bool oneShot = false;
        // More request headers, e.g. X-API-Version for an endpoint with a versioned form.
        QList<QPair<QByteArray, QByteArray>> extraHeaders;
    };

    ToriiJob(QNetworkAccessManager* nam, Spec spec, QByteArray apiKey, std::chrono::milliseconds timeout,
             QObject* parent = nullptr);
    ~ToriiJob() override;

    // A job that must fail without touching the network (e.g. an insecure URL); start() reports it.
    void setPresetError(const ToriiError& error);
    // Shortens the inactivity timeout (e.g. to what is left of a stage's time budget). Call before start().
    void capTimeout(std::chrono::milliseconds cap) { m_timeout = std::min(m_timeout, cap); }
    void start();
    // Cancels: finished() reports Kind::Cancelled (requestSent tells whether the request had left).
    void abort();

    [[nodiscard]] SyncStage stage() const { return m_spec.stage; }
    // "PUT http://host/path?..." with secrets redacted, for logs.
    [[nodiscard]] QString describe() const;

signals:
    void uploadProgress(qint64 sent, qint64 total);
    void finished(const ToriiResponse& response);

private:
    struct Answer;
    void send(const QUrl& url, bool withKey);
    void sendOneShot(const QUrl& url, bool withKey);
    [[nodiscard]] QList<QPair<QByteArray, QByteArray>> headers(bool withKey) const;
    void onReplyFinished();
    void onOneShotFinished();
    void handleAnswer(const Answer& answer);
    void onTimeout();
    void finish(ToriiResponse response);
    [[nodiscard]] bool followRedirect(const QUrl& location);
    void parseErrorBody(const QByteArray& body, ToriiError& error) const;

    QNetworkAccessManager* m_nam;
    Spec m_spec;
    QByteArray m_apiKey;
    std::chrono::milliseconds m_timeout;
    QPointer<QNetworkReply> m_reply;
    QPointer<OneShotHttpRequest> m_oneShot;
    QFile* m_file = nullptr;
    QTimer m_idleTimer;
    QUrl m_currentUrl;
    bool m_sendKey = true;
    int m_redirects = 0;
    bool m_timedOut = false;
    bool m_tooLarge = false; // the answer outgrew maxBodyBytes: reading stopped
    bool m_cancelled = false;
    bool m_requestSent = false;
    int m_sendCount = 0;
    bool m_done = false;
    ToriiError m_presetError;
};
