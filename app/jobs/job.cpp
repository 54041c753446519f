#include "jobs/job.h"

#include "mapping/invalidrowpolicy.h"
#include "mapping/jsonstrict.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QRegularExpression>

namespace
{
    template<typename T> std::optional<T> failed(QString* error, const QString& message)
    {
        if (error)
            *error = message;
        return std::nullopt;
    }

    QJsonObject readObject(const QJsonObject& json, const QString& key, bool* ok, QString* error)
    {
        const QJsonValue v = json.value(key);
        *ok = v.isUndefined() || v.isNull() || v.isObject();
        if (!*ok && error)
            *error = Job::tr("\"%1\" must be an object").arg(key);
        return v.toObject();
    }

    bool readSchedule(const QJsonObject& json, JobSchedule* schedule, QString* error)
    {
        if (!JsonStrict::checkKeys(json, {QStringLiteral("every"), QStringLiteral("day"), QStringLiteral("time")},
                                   QStringLiteral("schedule"), error))
            return false;
        QString every, day, time;
        if (!JsonStrict::readString(json, QStringLiteral("every"), QStringLiteral("schedule"), &every, error) ||
            !JsonStrict::readString(json, QStringLiteral("day"), QStringLiteral("schedule"), &day, error) ||
            !JsonStrict::readString(json, QStringLiteral("time"), QStringLiteral("schedule"), &time, error))
            return false;
        if (every != u"day" && every != u"week") {
            *error = Job::tr("\"schedule.every\" must be \"day\" or \"week\"");
            return false;
        }
        schedule->kind = every == u"day" ? JobSchedule::Kind::Daily : JobSchedule::Kind::Weekly;
        if (!JobSchedule::parseTime(time, &schedule->time)) {
            *error = Job::tr("\"schedule.time\" must be HH:MM (00:00 to 23:59)");
            return false;
        }
        if (schedule->kind == JobSchedule::Kind::Weekly && !JobSchedule::parseDay(day, &schedule->dayOfWeek)) {
            *error = Job::tr("\"schedule.day\" must be a day of the week (Mon ... Sun)");
            return false;
        }
        return true;
    }
} // namespace

QString Job::checkName(const QString& name)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]{0,63}$"));
    if (!allowed.match(name).hasMatch())
        return tr("a job name is 1 to 64 letters, digits, '.', '-' or '_' (not starting with '.' or '-'): \"%1\"")
            .arg(name);
    return {};
}

QString Job::checkWebhook(const QUrl& url)
{
    const QHostAddress host(url.host());
    const bool loopback = url.host() == u"localhost" || host.isLoopback();
    if (!url.isValid() || url.host().isEmpty() || !(url.scheme() == u"https" || (url.scheme() == u"http" && loopback)))
        return tr("a webhook URL must start with https:// (http:// only on this computer)");
    return {};
}

QString Job::check() const
{
    if (const QString problem = checkName(name); !problem.isEmpty())
        return problem;
    if (profile.isEmpty())
        return tr("\"profile\" is missing");
    if (sourcePath.isEmpty())
        return tr("\"source.path\" is missing");
    InvalidRowPolicy parsed;
    if (!policy.isEmpty() && !InvalidRowPolicies::fromName(policy, &parsed))
        return tr("\"policy\" must be \"block\" or \"skip\"");
    if (maxInvalidPercent != NotSet && (maxInvalidPercent < 0 || maxInvalidPercent > 100))
        return tr("\"guards.maxInvalidPercent\" must be from 0 to 100");
    if (!webhook.isEmpty())
        return checkWebhook(webhook);
    return {};
}

QJsonObject Job::toJson() const
{
    QJsonObject json {{QStringLiteral("format"), QLatin1String(FormatTag)},
                      {QStringLiteral("formatVersion"), FormatVersion},
                      {QStringLiteral("name"), name},
                      {QStringLiteral("profile"), profile}};
    QJsonObject source {{QStringLiteral("path"), sourcePath}};
    if (isFolderSource())
        source.insert(QStringLiteral("pattern"), pattern);
    json.insert(QStringLiteral("source"), source);
    if (autoMatch())
        json.insert(QStringLiteral("auto"), true);
    else
        json.insert(QStringLiteral("preset"), preset);
    if (!policy.isEmpty())
        json.insert(QStringLiteral("policy"), policy);
    QJsonObject guards;
    if (maxInvalidPercent != NotSet)
        guards.insert(QStringLiteral("maxInvalidPercent"), maxInvalidPercent);
    if (allowRemovals == AllRemovalsAllowed)
        guards.insert(QStringLiteral("allowRemovals"), QStringLiteral("all"));
    else if (allowRemovals != NotSet)
        guards.insert(QStringLiteral("allowRemovals"), allowRemovals);
    if (!guards.isEmpty())
        json.insert(QStringLiteral("guards"), guards);
    if (!webhook.isEmpty())
        json.insert(QStringLiteral("notify"),
                    QJsonObject {{QStringLiteral("webhook"), webhook.toString()},
                                 {QStringLiteral("onSuccess"), notifyOnSuccess}});
    if (schedule.isOn()) {
        QJsonObject when {{QStringLiteral("every"),
                           schedule.kind == JobSchedule::Kind::Daily ? QStringLiteral("day") : QStringLiteral("week")},
                          {QStringLiteral("time"), schedule.time.toString(QStringLiteral("HH:mm"))}};
        if (schedule.kind == JobSchedule::Kind::Weekly)
            when.insert(QStringLiteral("day"), JobSchedule::dayKey(schedule.dayOfWeek));
        json.insert(QStringLiteral("schedule"), when);
    }
    return json;
}

QByteArray Job::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

std::optional<Job> Job::fromJsonBytes(const QByteArray& bytes, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failed<Job>(error,
                           tr("not valid JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return failed<Job>(error, tr("a job must be a JSON object"));
    return fromJson(doc.object(), error);
}

std::optional<Job> Job::fromJson(const QJsonObject& json, QString* error)
{
    if (json.value(QStringLiteral("format")).toString() != QLatin1String(FormatTag))
        return failed<Job>(error, tr("not a Torii Sync job (\"format\" must be \"%1\")").arg(QLatin1String(FormatTag)));
    const QJsonValue versionValue = json.value(QStringLiteral("formatVersion"));
    if (!versionValue.isDouble() || versionValue.toInt(-1) < 1)
        return failed<Job>(error, tr("\"formatVersion\" must be a whole number from 1"));
    if (versionValue.toInt() > FormatVersion)
        return failed<Job>(error,
                           tr("this job uses format version %1, but this version of Torii Sync reads up to "
                              "version %2; update Torii Sync to use it")
                               .arg(versionValue.toInt())
                               .arg(FormatVersion));
    static const QStringList keys = {
        QStringLiteral("format"), QStringLiteral("formatVersion"), QStringLiteral("name"),    QStringLiteral("profile"),
        QStringLiteral("source"), QStringLiteral("preset"),        QStringLiteral("auto"),    QStringLiteral("policy"),
        QStringLiteral("guards"), QStringLiteral("notify"),        QStringLiteral("schedule")};
    QString why;
    Job job;
    bool automatic = false, ok = true;
    const QJsonObject source = readObject(json, QStringLiteral("source"), &ok, &why);
    const QJsonObject guards = ok ? readObject(json, QStringLiteral("guards"), &ok, &why) : QJsonObject();
    const QJsonObject notify = ok ? readObject(json, QStringLiteral("notify"), &ok, &why) : QJsonObject();
    const QJsonObject schedule = ok ? readObject(json, QStringLiteral("schedule"), &ok, &why) : QJsonObject();
    QString webhook;
    qint64 allowRemovals = NotSet;
    bool present = false;
    ok = ok && JsonStrict::checkKeys(json, keys, QString(), &why) &&
        JsonStrict::readString(json, QStringLiteral("name"), QString(), &job.name, &why) &&
        JsonStrict::readString(json, QStringLiteral("profile"), QString(), &job.profile, &why) &&
        JsonStrict::readString(json, QStringLiteral("preset"), QString(), &job.preset, &why) &&
        JsonStrict::readBool(json, QStringLiteral("auto"), QString(), &automatic, &why) &&
        JsonStrict::readString(json, QStringLiteral("policy"), QString(), &job.policy, &why) &&
        JsonStrict::checkKeys(source, {QStringLiteral("path"), QStringLiteral("pattern")}, QStringLiteral("source"),
                              &why) &&
        JsonStrict::readString(source, QStringLiteral("path"), QStringLiteral("source"), &job.sourcePath, &why) &&
        JsonStrict::readString(source, QStringLiteral("pattern"), QStringLiteral("source"), &job.pattern, &why) &&
        JsonStrict::checkKeys(guards, {QStringLiteral("maxInvalidPercent"), QStringLiteral("allowRemovals")},
                              QStringLiteral("guards"), &why) &&
        JsonStrict::readInteger(guards, QStringLiteral("maxInvalidPercent"), QStringLiteral("guards"),
                                &job.maxInvalidPercent, &present, &why) &&
        JsonStrict::checkKeys(notify, {QStringLiteral("webhook"), QStringLiteral("onSuccess")},
                              QStringLiteral("notify"), &why) &&
        JsonStrict::readString(notify, QStringLiteral("webhook"), QStringLiteral("notify"), &webhook, &why) &&
        JsonStrict::readBool(notify, QStringLiteral("onSuccess"), QStringLiteral("notify"), &job.notifyOnSuccess,
                             &why) &&
        (schedule.isEmpty() || readSchedule(schedule, &job.schedule, &why));
    if (ok && guards.value(QStringLiteral("allowRemovals")) == QJsonValue(QStringLiteral("all"))) {
        job.allowRemovals = AllRemovalsAllowed;
    } else if (ok) {
        ok = JsonStrict::readInteger(guards, QStringLiteral("allowRemovals"), QStringLiteral("guards"), &allowRemovals,
                                     &present, &why);
        if (!ok)
            why = tr("\"guards.allowRemovals\" must be a whole number of at least 0 or \"all\"");
        job.allowRemovals = present ? allowRemovals : NotSet;
    }
    if (ok && automatic == !job.preset.isEmpty()) {
        ok = false;
        why = tr("a job needs exactly one of \"preset\" or \"auto\": true");
    }
    job.webhook = QUrl(webhook);
    if (ok)
        why = job.check();
    if (!ok || !why.isEmpty())
        return failed<Job>(error, why);
    return job;
}
