#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Mints and checks the sandbox's S3-style pre-signed URLs. The signature is an HMAC over the method, the raw
// path and the raw query (everything before X-Amz-Signature), byte for byte, so a client that re-encodes the
// URL (%2B -> +) gets SignatureDoesNotMatch, exactly like S3. The URL carries a security token with '+' and
// '/' in it on purpose.
class UrlSigner
{
public:
    enum class Check
    {
        Ok,
        Tampered, // SignatureDoesNotMatch
        Expired,  // AccessDenied "Request has expired"
        Missing   // no X-Amz-Signature at all
    };

    UrlSigner();

    // Returns path + '?' + query for a PUT of objectPath; contentType is signed when non-empty.
    [[nodiscard]] QByteArray sign(const QByteArray& objectPath, int ttlSeconds, const QByteArray& contentType,
                                  const QDateTime& now) const;
    // target: the raw request target; contentType: the request's Content-Type header.
    [[nodiscard]] Check check(const QByteArray& target, const QByteArray& contentType, const QDateTime& now) const;
    // The instant the URL expires (for the XML body), invalid if the URL has no date.
    [[nodiscard]] static QDateTime expiry(const QByteArray& target);

private:
    [[nodiscard]] QByteArray signature(const QByteArray& stringToSign) const;

    QByteArray m_secret;
};
