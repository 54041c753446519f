#include "sandbox/sandboxfault.h"

#include <QCoreApplication>
#include <QStringList>

QStringList SandboxFault::routes()
{
    return {QStringLiteral("orgs"), QStringLiteral("files/url"), QStringLiteral("upload"), QStringLiteral("files"),
            QStringLiteral("sync"), QStringLiteral("apps"),      QStringLiteral("users")};
}

bool SandboxFault::parse(const QString& text, SandboxFault* fault, QString* error)
{
    const qsizetype eq = text.indexOf(u'=');
    const QString route = text.left(eq).trimmed();
    if (eq <= 0 || !routes().contains(route)) {
        *error = tr("bad fault '%1': expected ROUTE=SPEC with ROUTE one of %2")
                     .arg(text, routes().join(QStringLiteral(", ")));
        return false;
    }
    const QStringList parts = text.mid(eq + 1).split(u':');
    SandboxFault result;
    result.route = route;
    bool ok = true;
    auto number = [&ok](const QString& value) {
        bool good = false;
        const int n = value.toInt(&good);
        ok = ok && good && n >= 0;
        return n;
    };
    const QString head = parts.value(0);
    if (head == u"drop" || head == u"hang" || head == u"expired" || head == u"lost") {
        result.kind = head == u"drop" ? Kind::Drop
            : head == u"hang"         ? Kind::Hang
            : head == u"lost"         ? Kind::Lost
                                      : Kind::Expired;
        result.count = parts.size() > 1 ? number(parts.at(1)) : 1;
        ok = ok && parts.size() <= 2;
    } else if (head == u"delay") {
        result.kind = Kind::Delay;
        result.delayMs = number(parts.value(1));
        result.count = parts.size() > 2 ? number(parts.at(2)) : 1;
        ok = ok && parts.size() >= 2 && parts.size() <= 3;
    } else {
        result.kind = Kind::Status;
        result.status = number(head);
        result.count = parts.size() > 1 ? number(parts.at(1)) : 1;
        ok = ok && parts.size() <= 2 && result.status >= 400 && result.status <= 599;
    }
    if (!ok || result.count < 1) {
        *error = tr("bad fault '%1': SPEC is STATUS[:N], drop[:N], hang[:N], expired[:N], "
                    "lost[:N] or delay:MS[:N] (e.g. files/url=429:2, upload=drop:1, sync=delay:3000)")
                     .arg(text);
        return false;
    }
    *fault = result;
    return true;
}
