#pragma once

#include "sandbox/sandboxdirectory.h"
#include "sandbox/sandboxfault.h"
#include "sandbox/sandboxrequest.h"
#include "sandbox/urlsigner.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <deque>
#include <memory>

class QTcpServer;
class SandboxConnection;

// A local double of Torii + S3 on loopback (torii-api.md §5): bearer-key check, GET /orgs/my, pre-signed
// expiring upload URLs to its own fake S3 route, POST /files, PUT /services/sync/custom with schema
// validation and a "running" window (409), rate limits (429 + Retry-After), per-route fault injection and a
// read-back of what was received. GET /apps and GET /apps/{idApp}/users list the org's apps and their users
// (SandboxDirectory), and a sync shows in the latter after a settle delay. Used in-process by tests and the GUI's demo
// mode, and by `torii-sync-cli sandbox`.
class Sandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sandbox)

public:
    static constexpr qint64 orgId = 1000;
    static constexpr qint64 demoAppAccountId = 4242;
    static constexpr qint64 demoAppId = 31337;
    static constexpr const char* demoAppName = "Sandbox App";
    static constexpr const char* orgName = "Sandbox Org";
    static constexpr const char* orgDomain = "sandbox.example";

    struct RecordedRequest
    {
        QString route; // orgs, files/url, upload, files, sync, or "other"
        QByteArray method;
        QByteArray target;
        QList<QPair<QByteArray, QByteArray>> headers;
        qint64 bodySize = 0;
        int status = 0; // 0: dropped or never answered
        [[nodiscard]] QByteArray header(const QByteArray& name) const;
        [[nodiscard]] bool hasHeader(const QByteArray& name) const;
    };
    struct SyncedPayload
    {
        qint64 fileId = 0;
        qint64 appAccountId = 0;
        QString filePath;   // Torii's filePath (<ms>/<name>)
        QString storedPath; // where the sandbox keeps the bytes
        qint64 bytes = 0;
        // Of the stored bytes. Hashed when first asked for (syncedPayloads(), the read-back, or for a listener
        // of synced()), not while the upload arrives: Torii does no such work, and the sandbox shares the
        // machine with the client whose speed it is used to measure.
        QByteArray sha256Hex;
        qint64 users = 0;
        qint64 licenses = 0;
    };

    explicit Sandbox(QObject* parent = nullptr);
    ~Sandbox() override;

    // Listens on 127.0.0.1 (port 0 = any free port). False with errorString() on failure.
    [[nodiscard]] bool start(quint16 port = 0);
    void stop();
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] quint16 port() const;
    // http://127.0.0.1:PORT/v1.0 — what a profile's API URL is set to.
    [[nodiscard]] QUrl baseUrl() const;

    [[nodiscard]] QString apiKey() const { return m_apiKey; }
    void setApiKey(const QString& key);
    void setUrlTtlSeconds(int seconds);
    // Sign Content-Type into the URL, so a wrong Content-Type on the PUT gives SignatureDoesNotMatch.
    void setSignContentType(bool sign);
    // How long a sync "runs" after its 200; another sync meanwhile gets 409.
    void setSyncDurationMs(int ms);
    void setRetryAfterSeconds(int seconds);
    // Requests per minute for a route before 429; 0 disables the limit.
    void setRateLimit(const QString& route, int perMinute);
    void addFault(const SandboxFault& fault);
    [[nodiscard]] bool addFault(const QString& spec, QString* error);
    void clearFaults();
    // An app account of the demo app (or of `appId`), so a sync to it is accepted.
    void addAppAccount(qint64 id, qint64 appId = demoAppId);
    // Keys created before 2025-02-01 get GET /apps v1.0 (removed) unless they send X-API-Version: 1.1; the
    // sandbox's key is such a key by default, so a client that forgets the header gets Torii's 400.
    void setLegacyKey(bool legacy);
    // The apps, app accounts and their users behind GET /apps and GET /apps/{idApp}/users.
    [[nodiscard]] SandboxDirectory& directory() { return m_directory; }

    [[nodiscard]] QList<RecordedRequest> requests() const { return m_requests; }
    [[nodiscard]] int requestCount(const QString& route) const;
    // What was synced, with the SHA-256 of each payload's stored bytes.
    [[nodiscard]] QList<SyncedPayload> syncedPayloads();
    // The directory under which uploaded objects are stored.
    [[nodiscard]] QString storageDir() const;

signals:
    void requestHandled(const QString& route, int status);
    void synced(const Sandbox::SyncedPayload& payload);

private:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    struct StoredObject
    {
        QString path;
        qint64 bytes = 0;
        PayloadSchema::Result check; // made while the upload arrived (SandboxConnection)
    };

    void onNewConnection();
    void onRequest(SandboxConnection* connection, const SandboxRequest& request);
    void handle(SandboxConnection* connection, const SandboxRequest& request, int record);
    void reply(SandboxConnection* connection, int record, int status, const Headers& headers, const QByteArray& body);
    void replyError(SandboxConnection* connection, int record, int status, const QString& message,
                    const Headers& extra = {});
    void replyS3Error(SandboxConnection* connection, int record, int status, const QByteArray& code,
                      const QByteArray& message, const QByteArray& extraXml = {}, const Headers& extraHeaders = {});
    void replyJson(SandboxConnection* connection, int record, const QByteArray& json);
    [[nodiscard]] static QString routeFor(const SandboxRequest& request);
    [[nodiscard]] bool takeFault(const QString& route, SandboxFault* fault);
    [[nodiscard]] int rateLimitWaitSeconds(const QString& route);

    void handleOrgs(SandboxConnection* connection, int record);
    void handleFilesUrl(SandboxConnection* connection, const SandboxRequest& request, int record);
    void handleUpload(SandboxConnection* connection, const SandboxRequest& request, int record, bool forceExpired);
    void handleFiles(SandboxConnection* connection, const SandboxRequest& request, int record);
    void handleSync(SandboxConnection* connection, const SandboxRequest& request, int record);
    void handleReadBack(SandboxConnection* connection, int record);
    void handleApps(SandboxConnection* connection, const SandboxRequest& request, int record);
    void handleUsers(SandboxConnection* connection, const SandboxRequest& request, int record);
    void replyAnswer(SandboxConnection* connection, int record, const SandboxDirectory::Answer& answer);
    // Fills in the SHA-256 of synced payloads stored at `storedPath` (all when empty) that lack one.
    void hashSynced(const QString& storedPath = {});
    void seedDirectory();

    std::unique_ptr<QTcpServer> m_server;
    QTemporaryDir m_storage;
    UrlSigner m_signer;
    QString m_error;
    QString m_apiKey;
    int m_urlTtl = 300;
    bool m_signContentType = false;
    int m_syncDurationMs = 0;
    int m_retryAfter = 1;
    QHash<QString, int> m_rateLimits;
    QHash<QString, std::deque<qint64>> m_rateWindows;
    QList<SandboxFault> m_faults;
    SandboxDirectory m_directory;
    bool m_legacyKey = true;
    int m_loseAnswerOf = -1;                // the request whose answer a "lost" fault drops
    QHash<QString, StoredObject> m_objects; // by Torii filePath
    QHash<qint64, QString> m_files;         // file id -> filePath
    qint64 m_nextFileId = 7001;
    qint64 m_syncBusyUntil = 0; // ms since epoch
    QList<RecordedRequest> m_requests;
    QList<SyncedPayload> m_synced;
};

Q_DECLARE_METATYPE(Sandbox::SyncedPayload)
