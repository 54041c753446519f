#include "torii/apiurl.h"

#include <QHostAddress>
#include <QStringList>

namespace
{
    int defaultPort(const QString& scheme)
    {
        if (scheme == u"https")
            return 443;
        if (scheme == u"http")
            return 80;
        return -1;
    }

    QString cleanPath(const QString& path)
    {
        QStringList segments;
        for (const QString& segment : path.split(u'/', Qt::SkipEmptyParts)) {
            if (segment == u".")
                continue;
            if (segment == u"..") {
                if (!segments.isEmpty())
                    segments.removeLast();
                continue;
            }
            segments.append(segment);
        }
        return segments.isEmpty() ? QString() : u'/' + segments.join(u'/');
    }
} // namespace

QUrl ApiUrl::normalized(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QUrl result;
    result.setScheme(url.scheme().toLower());
    QString host = url.host().toLower();
    while (host.endsWith(u'.'))
        host.chop(1);
    result.setHost(host);
    const int port = url.port();
    if (port >= 0 && port != defaultPort(result.scheme()))
        result.setPort(port);
    result.setPath(cleanPath(url.path(QUrl::FullyEncoded)), QUrl::TolerantMode);
    return result;
}

QString ApiUrl::key(const QUrl& url)
{
    QUrl result = normalized(url);
    const QString host = result.host();
    if (host == u"localhost" || host.endsWith(QLatin1String(".localhost"))) {
        result.setHost(QStringLiteral("127.0.0.1"));
    } else if (QHostAddress address(host); !address.isNull()) {
        bool v4 = false;
        const quint32 ipv4 = address.toIPv4Address(&v4); // also ::ffff:a.b.c.d
        result.setHost(v4 ? QHostAddress(ipv4).toString() : address.toString());
    }
    return result.toString(QUrl::FullyEncoded);
}

QString ApiUrl::key(const QString& url)
{
    return key(QUrl(url));
}
