#include "torii/toriijob.h"

#include "common/appinfo.h"
#include "common/logging.h"
#include "torii/oneshothttprequest.h"
#include "torii/redactor.h"
#include "torii/retrypolicy.h"
#include "torii/toriiclient.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QXmlStreamReader>

namespace
{
    constexpr int maxRedirects = 5;
    constexpr qint64 maxBodyBytes = 1 << 20; // error and JSON answers are small; never buffer more

    ToriiError::Kind kindFor(QNetworkReply::NetworkError code)
    {
        switch (code) {
        case QNetworkReply::TimeoutError:
            return ToriiError::Kind::Timeout;
        case QNetworkReply::HostNotFoundError:
            return ToriiError::Kind::HostNotFound;
        case QNetworkReply::ConnectionRefusedError:
            return ToriiError::Kind::ConnectionRefused;
        case QNetworkReply::RemoteHostClosedError:
            return ToriiError::Kind::ConnectionClosed;
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::UnknownNetworkError:
            return code == QNetworkReply::SslHandshakeFailedError ? ToriiError::Kind::Tls : ToriiError::Kind::Network;
        case QNetworkReply::OperationCanceledError:
            return ToriiError::Kind::Cancelled;
        default:
            return ToriiError::Kind::Network;
        }
    }

    ToriiError::Kind kindFor(OneShotHttpRequest::Error error)
    {
        using Error = OneShotHttpRequest::Error;
        switch (error) {
        case Error::HostNotFound:
            return ToriiError::Kind::HostNotFound;
        case Error::ConnectionRefused:
            return ToriiError::Kind::ConnectionRefused;
        case Error::ConnectionClosed:
            return ToriiError::Kind::ConnectionClosed;
        case Error::Tls:
            return ToriiError::Kind::Tls;
        case Error::InvalidResponse:
            return ToriiError::Kind::InvalidResponse;
        case Error::BodyRead:
            return ToriiError::Kind::Local;
        case Error::Aborted:
            return ToriiError::Kind::Cancelled;
        case Error::None:
        case Error::Proxy:
        case Error::Network:
            break;
        }
        return ToriiError::Kind::Network;
    }
} // namespace

// What came back from either transport, in the terms handleAnswer() decides on.
struct ToriiJob::Answer
{
    int status = 0; // 0: no (whole) answer; transportKind says why
    QUrl location;
    QByteArray retryAfter;
    QByteArray etag;
    QByteArray body;
    ToriiError::Kind transportKind = ToriiError::Kind::Network;
    QString transportText;
};

ToriiJob::ToriiJob(QNetworkAccessManager* nam, Spec spec, QByteArray apiKey, std::chrono::milliseconds timeout,
                   QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_spec(std::move(spec))
    , m_apiKey(std::move(apiKey))
    , m_timeout(timeout)
{
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &ToriiJob::onTimeout);
}

ToriiJob::~ToriiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_oneShot) {
        m_oneShot->disconnect(this);
        m_oneShot->abort();
        m_oneShot->deleteLater();
    }
}

void ToriiJob::setPresetError(const ToriiError& error)
{
    m_presetError = error;
}

QString ToriiJob::describe() const
{
    return Redactor::redactUrl(QString::fromLatin1(m_spec.verb) + u' ' +
                               QString::fromUtf8(m_spec.url.toEncoded(QUrl::RemoveUserInfo)));
}

void ToriiJob::start()
{
    if (m_presetError.isError()) {
        QTimer::singleShot(0, this, [this] {
            ToriiResponse response;
            response.error = m_presetError;
            finish(response);
        });
        return;
    }
    if (!m_spec.uploadFile.isEmpty()) {
        m_file = new QFile(m_spec.uploadFile, this);
        if (!m_file->open(QIODevice::ReadOnly)) {
            const ToriiError error = ToriiError::local(
                m_spec.stage, tr("Cannot read the payload file %1: %2").arg(m_spec.uploadFile, m_file->errorString()));
            QTimer::singleShot(0, this, [this, error] {
                ToriiResponse response;
                response.error = error;
                finish(response);
            });
            return;
        }
    }
    send(m_spec.url, m_spec.bearer);
}

QList<QPair<QByteArray, QByteArray>> ToriiJob::headers(bool withKey) const
{
    QList<QPair<QByteArray, QByteArray>> list {{"User-Agent", AppInfo::userAgent()}};
    if (m_spec.expectJson)
        list.emplaceBack("Accept", "application/json");
    if (withKey && m_spec.bearer)
        list.emplaceBack("Authorization", "Bearer " + m_apiKey);
    if (!m_spec.contentType.isEmpty())
        list.emplaceBack("Content-Type", m_spec.contentType);
    list += m_spec.extraHeaders;
    return list;
}

void ToriiJob::send(const QUrl& url, bool withKey)
{
    m_currentUrl = url;
    m_sendKey = withKey;
    if (m_spec.oneShot || m_file) {
        sendOneShot(url, withKey);
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    for (const auto& [name, value] : headers(withKey))
        request.setRawHeader(name, value);

    if (!m_spec.contentType.isEmpty()) {
        m_reply = m_nam->sendCustomRequest(request, m_spec.verb, m_spec.body);
    } else {
        m_reply = m_nam->sendCustomRequest(request, m_spec.verb);
    }
    m_reply->setParent(this);
    // Qt's network thread otherwise reads a fast answer into memory faster than readyRead reaches this thread
    // (an endless chunked answer grew by 277 MiB before the check below ran): it stops reading the socket once
    // about this much waits. Twice the limit, as Qt stops a read short of the size (at 960 KiB of 1 MiB + 64 KiB
    // measured), so the check below still sees the limit passed and aborts.
    m_reply->setReadBufferSize(2 * maxBodyBytes);
    qCDebug(lcTorii).noquote() << "->" << describe();
    connect(m_reply, &QNetworkReply::finished, this, &ToriiJob::onReplyFinished);
    // Qt 6.4 writes a request again by itself when its connection closes before any answer byte (for every
    // method); counting requestSent shows it. For the calls still sent this way a second copy is harmless:
    // GET /orgs/my and GET /files/url only read or mint a URL, and a repeated POST /files at worst registers
    // the path twice, leaving an unused file record (SyncPipeline retries those stages for the same reason).
    // The sync PUT is the one call where a second copy could start a second sync, so it is a one-shot call;
    // so is the S3 upload, for speed (see sendOneShot).
    connect(m_reply, &QNetworkReply::requestSent, this, [this] {
        m_requestSent = true;
        ++m_sendCount;
    });
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        m_idleTimer.start(m_timeout);
        // A body means the request has started to leave; Qt sends a final (0,0) that is not progress.
        if (sent > 0)
            m_requestSent = true;
        if (total > 0)
            emit uploadProgress(sent, total);
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this] { m_idleTimer.start(m_timeout); });
    // Qt buffers the whole answer unless told otherwise: stop as soon as it is announced or found to be larger
    // than any answer we expect (a 600 MB body cost 645 MB before this). downloadProgress is throttled by Qt, so
    // the checks run on the headers and on every arrival of data.
    const auto checkSize = [this] {
        if (m_reply &&
            (m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > maxBodyBytes ||
             m_reply->bytesAvailable() > maxBodyBytes)) {
            m_tooLarge = true;
            m_reply->abort();
        }
    };
    connect(m_reply, &QNetworkReply::metaDataChanged, this, checkSize);
    connect(m_reply, &QNetworkReply::readyRead, this, checkSize);
    m_idleTimer.start(m_timeout);
}

void ToriiJob::sendOneShot(const QUrl& url, bool withKey)
{
    m_oneShot = new OneShotHttpRequest(m_spec.verb, url, headers(withKey), m_spec.body, m_nam, this);
    qCDebug(lcTorii).noquote() << "->" << describe() << "(own connection, never re-sent)";
    if (m_file) {
        // The upload streams the payload file in 1 MiB writes on this thread: Qt's HTTP stack would move it in
        // 16 KiB pieces through its own thread, which cost more CPU than formatting the payload. A redirect
        // starts the file again from the top.
        m_file->seek(0);
        m_oneShot->setBodyDevice(m_file, m_file->size());
        connect(m_oneShot, &OneShotHttpRequest::uploadProgress, this, [this](qint64 sent, qint64 total) {
            if (sent > 0)
                emit uploadProgress(sent, total);
        });
    }
    connect(m_oneShot, &OneShotHttpRequest::finished, this, &ToriiJob::onOneShotFinished);
    connect(m_oneShot, &OneShotHttpRequest::activity, this, [this] { m_idleTimer.start(m_timeout); });
    m_idleTimer.start(m_timeout);
    m_oneShot->start();
}

void ToriiJob::abort()
{
    if (m_done)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort(); // emits finished synchronously
    } else if (m_oneShot) {
        m_oneShot->abort(); // so does this
    } else {
        ToriiResponse response;
        response.error = ToriiError::cancelled(m_spec.stage);
        finish(response);
    }
}

void ToriiJob::onTimeout()
{
    m_timedOut = true;
    if (m_reply)
        m_reply->abort();
    else if (m_oneShot)
        m_oneShot->abort();
}

bool ToriiJob::followRedirect(const QUrl& location)
{
    if (++m_redirects > maxRedirects)
        return false;
    const QUrl target = m_currentUrl.resolved(location);
    if (target.scheme() != u"https" && !(target.scheme() == u"http" && ToriiClient::isLoopback(target)))
        return false;
    // The key goes only to the host it was meant for: same scheme, host and port as the original request.
    const bool sameOrigin = target.scheme() == m_spec.url.scheme() && target.host() == m_spec.url.host() &&
        target.port() == m_spec.url.port();
    qCInfo(lcTorii).noquote() << "redirect to" << Redactor::redactUrl(QString::fromUtf8(target.toEncoded()))
                              << (sameOrigin ? "(same host)" : "(other host: without the key)");
    send(target, m_sendKey && sameOrigin);
    return true;
}

void ToriiJob::parseErrorBody(const QByteArray& body, ToriiError& error) const
{
    if (body.trimmed().startsWith('<')) {
        // S3 errors are XML: <Error><Code>..</Code><Message>..</Message>...</Error>
        QXmlStreamReader xml(body);
        QString code, message;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("Code"))
                code = xml.readElementText();
            else if (xml.name() == QLatin1String("Message"))
                message = xml.readElementText();
        }
        error.s3Code = code;
        error.toriiMessage = code.isEmpty() ? message : code + QStringLiteral(": ") + message;
        return;
    }
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    error.toriiMessage = object.value(QLatin1String("message")).toString();
}

void ToriiJob::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || m_done)
        return;
    m_idleTimer.stop();
    reply->deleteLater();
    m_reply = nullptr;

    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    answer.retryAfter = reply->rawHeader("Retry-After");
    answer.etag = reply->rawHeader("ETag");
    // An aborted reply is closed; reading it would only print "QIODevice::read: device not open".
    if (reply->isOpen())
        answer.body = reply->read(maxBodyBytes);
    answer.transportKind = kindFor(reply->error());
    answer.transportText = reply->errorString();
    handleAnswer(answer);
}

void ToriiJob::onOneShotFinished()
{
    OneShotHttpRequest* request = m_oneShot;
    if (!request || m_done)
        return;
    m_idleTimer.stop();
    request->deleteLater();
    m_oneShot = nullptr;

    m_requestSent = request->requestSent();
    m_sendCount = m_requestSent ? 1 : 0;
    Answer answer;
    answer.status = request->status();
    const QByteArray location = request->rawHeader("Location");
    if (!location.isEmpty())
        answer.location = QUrl::fromEncoded(location);
    answer.retryAfter = request->rawHeader("Retry-After");
    answer.etag = request->rawHeader("ETag");
    answer.body = request->body().left(maxBodyBytes);
    answer.transportKind = kindFor(request->error());
    answer.transportText = request->errorString();
    handleAnswer(answer);
}

void ToriiJob::handleAnswer(const Answer& answer)
{
    ToriiResponse response;
    response.httpStatus = answer.status;
    response.resentByTransport = m_sendCount > 1;
    ToriiError& error = response.error;
    error.stage = m_spec.stage;
    error.httpStatus = response.httpStatus;

    if (m_tooLarge && !m_cancelled && !m_timedOut) {
        error.kind = ToriiError::Kind::InvalidResponse;
        error.requestSent = true;
        error.toriiMessage = tr("the answer is larger than %1 bytes; stopped reading it").arg(maxBodyBytes);
        error.describe();
        finish(response);
        return;
    }
    if (m_cancelled || m_timedOut) {
        error.kind = m_cancelled ? ToriiError::Kind::Cancelled : ToriiError::Kind::Timeout;
        error.requestSent = m_requestSent;
        error.describe();
        finish(response);
        return;
    }
    if (response.httpStatus >= 300 && response.httpStatus < 400) {
        if (answer.location.isValid() && followRedirect(answer.location))
            return;
        const bool tooMany = m_redirects > maxRedirects;
        error.kind = tooMany ? ToriiError::Kind::InvalidResponse : ToriiError::Kind::InsecureUrl;
        error.toriiMessage = tooMany
            ? tr("more than %1 redirects").arg(maxRedirects)
            : tr("refused to follow a redirect (HTTP %1) to a non-https address").arg(response.httpStatus);
        error.describe();
        finish(response);
        return;
    }
    if (response.httpStatus == 0 && answer.transportKind == ToriiError::Kind::Local) {
        // The payload file failed while it was being sent (e.g. deleted or truncated under us).
        response.error = ToriiError::local(
            m_spec.stage, tr("Cannot read the payload file %1: %2").arg(m_spec.uploadFile, answer.transportText));
        response.error.requestSent = m_requestSent;
        finish(response);
        return;
    }
    if (response.httpStatus == 0) {
        error.kind = answer.transportKind;
        error.requestSent = m_requestSent;
        // Qt's own text can quote the URL; keep only a redacted form.
        error.toriiMessage = Redactor::redactUrl(answer.transportText);
        error.describe();
        finish(response);
        return;
    }
    error.retryAfterMs = RetryPolicy::parseRetryAfter(answer.retryAfter, QDateTime::currentDateTimeUtc());
    if (response.httpStatus < 200 || response.httpStatus >= 300) {
        error.kind = ToriiError::Kind::Http;
        error.requestSent = true;
        parseErrorBody(answer.body, error);
        error.describe();
        finish(response);
        return;
    }
    error.retryAfterMs = -1;
    response.etag = answer.etag;
    if (m_spec.expectJson) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(answer.body, &parseError);
        if (!document.isObject()) {
            error.kind = ToriiError::Kind::InvalidResponse;
            error.requestSent = true;
            error.toriiMessage = tr("expected a JSON object (%1)").arg(parseError.errorString());
            error.describe();
            finish(response);
            return;
        }
        response.json = document.object();
    }
    finish(response);
}

void ToriiJob::finish(ToriiResponse response)
{
    if (m_done)
        return;
    m_done = true;
    if (response.error.isError() && response.error.userText.isEmpty())
        response.error.describe();
    emit finished(response);
    deleteLater();
}
