#include "torii/toriiclient.h"

#include "torii/apiurl.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

ToriiClient::ToriiClient(QNetworkAccessManager* nam, QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_baseUrl(QUrl(QString::fromLatin1(defaultApiUrl)))
{ }

ToriiClient::~ToriiClient() = default;

void ToriiClient::setBaseUrl(const QUrl& baseUrl)
{
    // One spelling for every call: "/v1.0/" or "//v1.0" must not send the sync to another path than the rest.
    m_baseUrl = ApiUrl::normalized(baseUrl);
}

void ToriiClient::setApiKey(const QString& key)
{
    const QString trimmed = key.trimmed();
    m_redactor.addSecret(trimmed);
    // A CR or LF would add headers of its own to every request: such a key is never sent ("No API key").
    const bool control =
        std::any_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
    m_apiKey = control ? QByteArray() : trimmed.toUtf8();
}

void ToriiClient::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

bool ToriiClient::isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ToriiError ToriiClient::checkUrl(const QUrl& url, SyncStage stage)
{
    ToriiError error;
    if (url.isValid() && !url.host().isEmpty() &&
        (url.scheme() == u"https" || (url.scheme() == u"http" && isLoopback(url))))
        return error;
    error.kind = ToriiError::Kind::InsecureUrl;
    error.stage = stage;
    error.describe();
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https"))
        error.userText =
            tr("The address '%1' is not a valid https:// URL.").arg(url.toDisplayString(QUrl::RemoveQuery));
    return error;
}

QUrl ToriiClient::endpoint(const QString& path) const
{
    QUrl url = m_baseUrl; // normalized: no trailing slash, no empty segment
    url.setPath(url.path() + path);
    return url;
}

ToriiJob* ToriiClient::makeJob(ToriiJob::Spec spec)
{
    const SyncStage stage = spec.stage;
    const bool needsKey = spec.bearer;
    auto* job = new ToriiJob(m_nam, std::move(spec), m_apiKey, m_timeout, this);
    ToriiError error = checkUrl(needsKey ? m_baseUrl : QUrl(), stage);
    if (!needsKey)
        error = ToriiError {};
    if (!error.isError() && needsKey && m_apiKey.isEmpty()) {
        error.kind = ToriiError::Kind::Local;
        error.stage = stage;
        error.userText = tr("No API key is set.");
    }
    if (error.isError())
        job->setPresetError(error);
    return job;
}

ToriiJob* ToriiClient::getOrg()
{
    ToriiJob::Spec spec;
    spec.url = endpoint(QStringLiteral("/orgs/my"));
    return makeJob(spec);
}

ToriiJob* ToriiClient::requestUploadUrl(const QString& fileName)
{
    ToriiJob::Spec spec;
    spec.stage = SyncStage::CreateFile;
    QUrl url = endpoint(QStringLiteral("/files/url"));
    const QByteArray query = "name=" + QUrl::toPercentEncoding(fileName) + "&type=" + QByteArray(fileType);
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    spec.url = url;
    return makeJob(spec);
}

ToriiJob* ToriiClient::upload(const UploadTarget& target, const QString& payloadPath)
{
    ToriiJob::Spec spec;
    spec.stage = SyncStage::Upload;
    spec.verb = "PUT";
    // Byte-for-byte: StrictMode keeps %2B as %2B, so the signature still matches.
    spec.url = QUrl::fromEncoded(target.url, QUrl::StrictMode);
    spec.contentType = uploadContentType(target.url);
    spec.uploadFile = payloadPath;
    spec.bearer = false;
    spec.expectJson = false;
    auto* job = new ToriiJob(m_nam, std::move(spec), QByteArray(), m_timeout, this);
    const ToriiError error = checkUrl(QUrl::fromEncoded(target.url, QUrl::StrictMode), SyncStage::Upload);
    if (error.isError())
        job->setPresetError(error);
    return job;
}

ToriiJob* ToriiClient::registerFile(const QString& filePath)
{
    ToriiJob::Spec spec;
    spec.stage = SyncStage::GetFileId;
    spec.verb = "POST";
    spec.url = endpoint(QStringLiteral("/files"));
    spec.contentType = "application/json";
    spec.body = QJsonDocument(QJsonObject {{QStringLiteral("path"), filePath},
                                           {QStringLiteral("type"), QString::fromLatin1(fileType)}})
                    .toJson(QJsonDocument::Compact);
    return makeJob(spec);
}

ToriiJob* ToriiClient::startSync(qint64 fileId, qint64 appAccountId)
{
    ToriiJob::Spec spec;
    spec.stage = SyncStage::Sync;
    spec.verb = "PUT";
    spec.url = endpoint(QStringLiteral("/services/sync/custom"));
    spec.contentType = "application/json";
    spec.body =
        QJsonDocument(QJsonObject {{QStringLiteral("idFile"), fileId}, {QStringLiteral("idAppAccount"), appAccountId}})
            .toJson(QJsonDocument::Compact);
    // The one call that must never reach Torii twice (a second copy could start a second sync): it gets a
    // connection of its own that Qt's HTTP stack cannot replay (see OneShotHttpRequest).
    spec.oneShot = true;
    return makeJob(spec);
}

ToriiJob* ToriiClient::listAppsPage(const QString& search, const QString& cursor)
{
    ToriiJob::Spec spec;
    QUrl url = endpoint(QStringLiteral("/apps"));
    QByteArray query = "fields=id,name,state,isCustom&size=" + QByteArray::number(pageSize);
    if (!search.trimmed().isEmpty())
        query += "&q=" + QUrl::toPercentEncoding(search.trimmed());
    if (!cursor.isEmpty())
        query += "&cursor=" + QUrl::toPercentEncoding(cursor);
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    spec.url = url;
    // This form of GET /apps is version 1.1; keys made before 2025-02-01 default to the removed 1.0.
    spec.extraHeaders = {{"X-API-Version", "1.1"}};
    return makeJob(spec);
}

ToriiJob* ToriiClient::listAppUsersPage(qint64 appId, const QString& cursor, int size)
{
    ToriiJob::Spec spec;
    QUrl url = endpoint(QStringLiteral("/apps/%1/users").arg(appId));
    QByteArray query = "size=" + QByteArray::number(size);
    if (!cursor.isEmpty())
        query += "&cursor=" + QUrl::toPercentEncoding(cursor);
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    spec.url = url;
    return makeJob(spec);
}

std::optional<ToriiClient::Org> ToriiClient::parseOrg(const QJsonObject& json)
{
    const QJsonObject org = json.value(QLatin1String("org")).toObject();
    if (org.isEmpty())
        return std::nullopt;
    Org result;
    result.id = org.value(QLatin1String("id")).toInteger();
    result.companyName = org.value(QLatin1String("companyName")).toString();
    result.domain = org.value(QLatin1String("domain")).toString();
    return result;
}

std::optional<ToriiClient::UploadTarget> ToriiClient::parseUploadTarget(const QJsonObject& json)
{
    const QJsonObject params = json.value(QLatin1String("uploadFileParameters")).toObject();
    const QString url = params.value(QLatin1String("url")).toString();
    const QString filePath = params.value(QLatin1String("filePath")).toString();
    if (url.isEmpty() || filePath.isEmpty())
        return std::nullopt;
    return UploadTarget {url.toUtf8(), filePath};
}

std::optional<qint64> ToriiClient::parseFileId(const QJsonObject& json)
{
    const QJsonValue id = json.value(QLatin1String("id"));
    if (id.isDouble())
        return id.toInteger();
    bool ok = false;
    const qint64 value = id.toString().toLongLong(&ok); // tolerate a numeric string
    if (ok)
        return value;
    return std::nullopt;
}

namespace
{
    QByteArray queryValue(const QByteArray& url, const QByteArray& name)
    {
        const qsizetype q = url.indexOf('?');
        if (q < 0)
            return {};
        for (const QByteArray& pair : url.mid(q + 1).split('&')) {
            const qsizetype eq = pair.indexOf('=');
            if (eq > 0 && pair.left(eq).compare(name, Qt::CaseInsensitive) == 0)
                return QByteArray::fromPercentEncoding(pair.mid(eq + 1));
        }
        return {};
    }
} // namespace

QByteArray ToriiClient::uploadContentType(const QByteArray& signedUrl)
{
    const QList<QByteArray> signedHeaders = queryValue(signedUrl, "X-Amz-SignedHeaders").toLower().split(';');
    if (signedHeaders.contains("content-type"))
        return fileType;
    return "application/json";
}

qint64 ToriiClient::urlLifetimeSeconds(const QByteArray& signedUrl)
{
    bool ok = false;
    const qint64 seconds = queryValue(signedUrl, "X-Amz-Expires").toLongLong(&ok);
    return ok ? seconds : -1;
}

bool ToriiClient::urlUsable(const QByteArray& signedUrl, qint64 ageMs)
{
    qint64 lifetime = urlLifetimeSeconds(signedUrl);
    if (lifetime < 0)
        lifetime = 300;
    // Measured from when we asked (not X-Amz-Date) so a skewed local clock does not matter.
    const qint64 lifetimeMs = lifetime * 1000;
    const qint64 margin = std::min<qint64>(30000, lifetimeMs / 5);
    return ageMs < lifetimeMs - margin;
}
