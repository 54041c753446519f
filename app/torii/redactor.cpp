#include "torii/redactor.h"

#include <QRegularExpression>
#include <QUrl>

Redactor::Redactor(const QString& secret)
{
    addSecret(secret);
}

void Redactor::addSecret(const QString& secret)
{
    // Very short strings would blank out ordinary words; a real key is long.
    if (secret.size() >= 4 && !m_secrets.contains(secret))
        m_secrets.append(secret);
}

QString Redactor::redact(const QString& text) const
{
    QString result = text;
    for (const QString& secret : m_secrets) {
        result.replace(secret, QStringLiteral("***"));
        // The key may also appear percent-encoded (e.g. inside a URL).
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (encoded != secret)
            result.replace(encoded, QStringLiteral("***"));
    }
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)[^\\s\"',]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    result.replace(bearer, QStringLiteral("\\1***"));
    return redactUrl(result);
}

QString Redactor::redactUrl(const QString& url)
{
    static const QRegularExpression signedParts(
        QStringLiteral("((?:X-Amz-Signature|X-Amz-Credential|X-Amz-Security-Token)=)[^&\\s\"'<>]*"),
        QRegularExpression::CaseInsensitiveOption);
    QString result = url;
    result.replace(signedParts, QStringLiteral("\\1REDACTED"));
    return result;
}
