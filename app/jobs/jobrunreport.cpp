#include "jobs/jobrunreport.h"

namespace
{
    QJsonValue known(qint64 value)
    {
        return value >= 0 ? QJsonValue(value) : QJsonValue();
    }
} // namespace

QString JobRunReport::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded:
        return QStringLiteral("succeeded");
    case Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case Outcome::Blocked:
        return QStringLiteral("blocked");
    case Outcome::GuardStopped:
        return QStringLiteral("guard-stopped");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Unknown:
        return QStringLiteral("unknown");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString JobRunReport::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded:
        return tr("synced");
    case Outcome::Unchanged:
        return tr("unchanged");
    case Outcome::Blocked:
        return tr("blocked");
    case Outcome::GuardStopped:
        return tr("stopped by guard");
    case Outcome::Failed:
        return tr("failed");
    case Outcome::Unknown:
        return tr("unknown");
    case Outcome::Cancelled:
        return tr("cancelled");
    }
    return {};
}

bool JobRunReport::notifies(Outcome outcome, bool onSuccess)
{
    return (outcome != Outcome::Succeeded && outcome != Outcome::Unchanged) || onSuccess;
}

QJsonObject JobRunReport::toJson() const
{
    return QJsonObject {{QStringLiteral("job"), job},
                        {QStringLiteral("file"), file.isEmpty() ? QJsonValue() : QJsonValue(file)},
                        {QStringLiteral("outcome"), outcomeKey(outcome)},
                        {QStringLiteral("exitCode"), exitCode},
                        {QStringLiteral("users"), known(users)},
                        {QStringLiteral("licenses"), known(licenses)},
                        {QStringLiteral("rejected"), known(rejected)},
                        {QStringLiteral("removals"), known(removals)},
                        {QStringLiteral("fileId"), known(fileId)},
                        {QStringLiteral("historyId"), historyId > 0 ? QJsonValue(historyId) : QJsonValue()},
                        {QStringLiteral("durationMs"), durationMs},
                        {QStringLiteral("message"), message}};
}

JobRunReport JobRunReport::fromJson(const QJsonObject& json)
{
    const auto number = [&json](const char* key) {
        const QJsonValue v = json.value(QLatin1String(key));
        return v.isDouble() ? v.toInteger() : qint64(-1);
    };
    JobRunReport report;
    report.job = json.value(QLatin1String("job")).toString();
    report.file = json.value(QLatin1String("file")).toString();
    const QString outcome = json.value(QLatin1String("outcome")).toString();
    for (const Outcome o : {Outcome::Succeeded, Outcome::Unchanged, Outcome::Blocked, Outcome::GuardStopped,
                            Outcome::Failed, Outcome::Unknown, Outcome::Cancelled}) {
        if (outcomeKey(o) == outcome)
            report.outcome = o;
    }
    report.exitCode = int(number("exitCode"));
    report.users = number("users");
    report.licenses = number("licenses");
    report.rejected = number("rejected");
    report.removals = number("removals");
    report.fileId = number("fileId");
    report.historyId = std::max<qint64>(0, number("historyId"));
    report.durationMs = std::max<qint64>(0, number("durationMs"));
    report.message = json.value(QLatin1String("message")).toString();
    return report;
}
