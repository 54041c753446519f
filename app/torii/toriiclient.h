#pragma once

#include "torii/redactor.h"
#include "torii/toriierror.h"
#include "torii/toriijob.h"

#include <QObject>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;

// Torii's REST calls for the sync flow (torii-api.md §2) plus GET /orgs/my, on one injected
// QNetworkAccessManager. Each call returns a ToriiJob the caller connects to and start()s. Used by
// SyncPipeline, the CLI's `key check` and the GUI's Connect page.
class ToriiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToriiClient)

public:
    static constexpr const char* defaultApiUrl = "https://api.toriihq.com/v1.0";
    static constexpr const char* fileType = "customIntegrationData";
    static constexpr int pageSize = 1000; // the largest page GET /apps and GET /apps/{idApp}/users give

    struct Org
    {
        qint64 id = 0;
        QString companyName;
        QString domain;
    };
    struct UploadTarget
    {
        QByteArray url; // the pre-signed URL exactly as Torii sent it (never re-encoded)
        QString filePath;
    };

    explicit ToriiClient(QNetworkAccessManager* nam, QObject* parent = nullptr);
    ~ToriiClient() override;

    void setBaseUrl(const QUrl& baseUrl);
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    void setApiKey(const QString& key);
    [[nodiscard]] bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    // Knows the key: use it for every log line about this client's calls.
    [[nodiscard]] const Redactor& redactor() const { return m_redactor; }
    // Inactivity timeout: a call fails when no bytes move for this long.
    void setTimeout(std::chrono::milliseconds timeout);

    [[nodiscard]] ToriiJob* getOrg();
    [[nodiscard]] ToriiJob* requestUploadUrl(const QString& fileName);
    [[nodiscard]] ToriiJob* upload(const UploadTarget& target, const QString& payloadPath);
    [[nodiscard]] ToriiJob* registerFile(const QString& filePath);
    [[nodiscard]] ToriiJob* startSync(qint64 fileId, qint64 appAccountId);
    // One page of GET /apps (v1.1: id, name, state, isCustom), `search` as Torii's q; empty cursor = first page.
    [[nodiscard]] ToriiJob* listAppsPage(const QString& search, const QString& cursor);
    // One page of GET /apps/{idApp}/users: the users of every account of the app (filter by idAppAccount).
    [[nodiscard]] ToriiJob* listAppUsersPage(qint64 appId, const QString& cursor, int size = pageSize);

    [[nodiscard]] static std::optional<Org> parseOrg(const QJsonObject& json);
    [[nodiscard]] static std::optional<UploadTarget> parseUploadTarget(const QJsonObject& json);
    [[nodiscard]] static std::optional<qint64> parseFileId(const QJsonObject& json);
    // Content-Type for the S3 PUT (DESIGN.md §1): the stage-1 type when X-Amz-SignedHeaders lists
    // content-type, otherwise application/json.
    [[nodiscard]] static QByteArray uploadContentType(const QByteArray& signedUrl);
    // The lifetime X-Amz-Expires announces, in seconds; -1 when absent.
    [[nodiscard]] static qint64 urlLifetimeSeconds(const QByteArray& signedUrl);
    // Whether a pre-signed URL of this age (ms since it was asked for) can still be used, with a margin for the
    // request to reach S3; 5 minutes when the URL does not say (torii-api.md §2).
    [[nodiscard]] static bool urlUsable(const QByteArray& signedUrl, qint64 ageMs);
    // HTTPS is required except for loopback hosts (the sandbox); the error says why otherwise.
    [[nodiscard]] static ToriiError checkUrl(const QUrl& url, SyncStage stage);
    [[nodiscard]] static bool isLoopback(const QUrl& url);

private:
    [[nodiscard]] QUrl endpoint(const QString& path) const;
    [[nodiscard]] ToriiJob* makeJob(ToriiJob::Spec spec);

    QNetworkAccessManager* m_nam;
    QUrl m_baseUrl;
    QByteArray m_apiKey;
    Redactor m_redactor;
    std::chrono::milliseconds m_timeout {60000};
};
