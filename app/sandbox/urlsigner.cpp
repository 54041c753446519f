#include "sandbox/urlsigner.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrl>

namespace
{
    QByteArray queryValue(const QByteArray& query, const QByteArray& name)
    {
        for (const QByteArray& pair : query.split('&')) {
            if (pair.startsWith(QByteArray(name + '=')))
                return QByteArray::fromPercentEncoding(pair.mid(name.size() + 1));
        }
        return {};
    }

    QByteArray randomBytes(int n)
    {
        QByteArray bytes(n, Qt::Uninitialized);
        for (char& c : bytes)
            c = static_cast<char>(QRandomGenerator::system()->bounded(256));
        return bytes;
    }
} // namespace

UrlSigner::UrlSigner()
    : m_secret(randomBytes(32))
{ }

QByteArray UrlSigner::signature(const QByteArray& stringToSign) const
{
    return QMessageAuthenticationCode::hash(stringToSign, m_secret, QCryptographicHash::Sha256).toHex();
}

QByteArray UrlSigner::sign(const QByteArray& objectPath, int ttlSeconds, const QByteArray& contentType,
                           const QDateTime& now) const
{
    // X-Amz-Date has whole seconds: round up so the URL lives at least ttlSeconds (at most one more).
    const QDateTime utc = now.toUTC();
    const int ms = utc.time().msec();
    const QByteArray date =
        (ms > 0 ? utc.addMSecs(1000 - ms) : utc).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    // Like a real STS token: base64 with '+', '/' and '=' that must stay percent-encoded.
    const QByteArray token = "FwoGZXIvYXdzE+sandbox/" + randomBytes(24).toBase64();
    QByteArray query = "X-Amz-Algorithm=AWS4-HMAC-SHA256";
    query += "&X-Amz-Credential=" +
        QUrl::toPercentEncoding(QString::fromLatin1("ASIASANDBOXKEY/" + date.left(8) + "/us-east-1/s3/aws4_request"));
    query += "&X-Amz-Date=" + date;
    query += "&X-Amz-Expires=" + QByteArray::number(ttlSeconds);
    query += "&X-Amz-Security-Token=" + QUrl::toPercentEncoding(QString::fromLatin1(token));
    query += "&X-Amz-SignedHeaders=" + QByteArray(contentType.isEmpty() ? "host" : "content-type%3Bhost");
    const QByteArray stringToSign = "PUT\n" + objectPath + '\n' + query + '\n' + contentType;
    return objectPath + '?' + query + "&X-Amz-Signature=" + signature(stringToSign);
}

UrlSigner::Check UrlSigner::check(const QByteArray& target, const QByteArray& contentType, const QDateTime& now) const
{
    const qsizetype q = target.indexOf('?');
    const QByteArray path = q < 0 ? target : target.left(q);
    const QByteArray query = q < 0 ? QByteArray() : target.mid(q + 1);
    const qsizetype sig = query.lastIndexOf("&X-Amz-Signature=");
    if (sig < 0)
        return Check::Missing;
    const QByteArray unsignedQuery = query.left(sig);
    const QByteArray given = query.mid(sig + int(sizeof("&X-Amz-Signature=")) - 1);
    const bool signsContentType = queryValue(unsignedQuery, "X-Amz-SignedHeaders").split(';').contains("content-type");
    const QByteArray stringToSign =
        "PUT\n" + path + '\n' + unsignedQuery + '\n' + (signsContentType ? contentType : QByteArray());
    if (given != signature(stringToSign))
        return Check::Tampered;
    const QDateTime expires = expiry(target);
    if (!expires.isValid() || now > expires)
        return Check::Expired;
    return Check::Ok;
}

QDateTime UrlSigner::expiry(const QByteArray& target)
{
    const QByteArray query = target.mid(target.indexOf('?') + 1);
    QDateTime date = QDateTime::fromString(QString::fromLatin1(queryValue(query, "X-Amz-Date")),
                                           QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (!date.isValid())
        return {};
    date.setTimeSpec(Qt::UTC);
    return date.addSecs(queryValue(query, "X-Amz-Expires").toLongLong());
}
