#include "diff/userdiff.h"

#include <QJsonArray>

namespace
{
    QJsonObject countsOf(const QMap<QByteArray, qint64>& counts)
    {
        QJsonObject object;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            object.insert(QString::fromUtf8(it.key()), it.value());
        return object;
    }
} // namespace

QString UserDiff::sourceKey(Source source)
{
    switch (source) {
    case Source::Torii:
        return QStringLiteral("torii");
    case Source::LastSync:
        return QStringLiteral("last-sync");
    case Source::None:
        break;
    }
    return QStringLiteral("none");
}

QString UserDiff::sourceText(Source source)
{
    switch (source) {
    case Source::Torii:
        return tr("the app account's users in Torii");
    case Source::LastSync:
        return tr("the last accepted sync of this app account (local snapshot)");
    case Source::None:
        break;
    }
    return tr("nothing (the account's current users are unknown)");
}

QJsonObject UserDiff::toJson() const
{
    QJsonArray sample;
    for (qsizetype i = 0; i < removed.size() && i < sampleSize; ++i)
        sample.append(QString::fromUtf8(removed.at(i)));
    const QJsonObject licenses {{QStringLiteral("changed"), qint64(licenseChanged.size())},
                                {QStringLiteral("added"), countsOf(licensesAdded)},
                                {QStringLiteral("removed"), countsOf(licensesRemoved)}};
    return QJsonObject {{QStringLiteral("source"), sourceKey(source)},
                        {QStringLiteral("current"), current},
                        {QStringLiteral("added"), qint64(added.size())},
                        {QStringLiteral("removed"), qint64(removed.size())},
                        {QStringLiteral("deactivated"), qint64(deactivated.size())},
                        {QStringLiteral("reactivated"), qint64(reactivated.size())},
                        {QStringLiteral("unchanged"), unchanged},
                        {QStringLiteral("licenses"), licenses},
                        {QStringLiteral("removedSample"), sample}};
}

QString UserDiff::summary() const
{
    return tr("+%1 added, −%2 removed, %3 deactivated, %4 reactivated, %5 unchanged, %n licence change(s)", nullptr,
              int(licenseChanged.size()))
        .arg(added.size())
        .arg(removed.size())
        .arg(deactivated.size())
        .arg(reactivated.size())
        .arg(unchanged);
}
