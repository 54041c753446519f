#include "schemachecker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace
{
    bool isWholeNumber(const QJsonValue& v)
    {
        return v.isDouble() && v.toDouble() >= 0 && v.toDouble() == double(qint64(v.toDouble()));
    }

    void checkString(const QJsonObject& o, const QString& key, const QString& path, bool required, QStringList* errors)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                errors->append(path + QStringLiteral(".") + key + QStringLiteral(": required"));
            return;
        }
        if (!v.isString())
            errors->append(path + QStringLiteral(".") + key + QStringLiteral(": not a string"));
        else if (v.toString().isEmpty())
            errors->append(path + QStringLiteral(".") + key + QStringLiteral(": empty string (leave it out instead)"));
    }
} // namespace

QStringList SchemaChecker::checkFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot open ") + path};
    return check(file.readAll());
}

QStringList SchemaChecker::check(const QByteArray& payload)
{
    QStringList errors;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {QStringLiteral("not JSON: ") + parseError.errorString()};
    if (!doc.isObject())
        return {QStringLiteral("top level is not an object")};
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != u"users" && it.key() != u"licenses")
            errors.append(QStringLiteral("undocumented top-level key ") + it.key());
    }
    if (!root.value(QStringLiteral("users")).isArray())
        return errors << QStringLiteral("users: required array");
    const QJsonArray users = root.value(QStringLiteral("users")).toArray();
    if (users.isEmpty())
        errors.append(QStringLiteral("users: must have at least one user"));
    static const QSet<QString> userKeys = {QStringLiteral("id"),        QStringLiteral("email"),
                                           QStringLiteral("firstName"), QStringLiteral("lastName"),
                                           QStringLiteral("status"),    QStringLiteral("externalStatus"),
                                           QStringLiteral("roles"),     QStringLiteral("lastUsedDate")};
    static const QRegularExpression isoDate(
        QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\dZ)?$"));
    QSet<QString> emails;
    for (qsizetype i = 0; i < users.size(); ++i) {
        const QString path = QStringLiteral("users[%1]").arg(i);
        if (!users.at(i).isObject()) {
            errors.append(path + QStringLiteral(": not an object"));
            continue;
        }
        const QJsonObject u = users.at(i).toObject();
        for (auto it = u.begin(); it != u.end(); ++it) {
            if (!userKeys.contains(it.key()))
                errors.append(path + QStringLiteral(": undocumented key ") + it.key());
        }
        for (const QString& key :
             {QStringLiteral("id"), QStringLiteral("firstName"), QStringLiteral("lastName"),
              QStringLiteral("externalStatus"), QStringLiteral("status"), QStringLiteral("lastUsedDate")})
            checkString(u, key, path, false, &errors);
        checkString(u, QStringLiteral("email"), path, true, &errors);
        const QString email = u.value(QStringLiteral("email")).toString();
        if (!email.contains(QLatin1Char('@')) || email != email.trimmed())
            errors.append(path + QStringLiteral(".email: not an address: ") + email);
        emails.insert(email);
        const QJsonValue status = u.value(QStringLiteral("status"));
        if (!status.isUndefined() && status != QJsonValue(QStringLiteral("active")) &&
            status != QJsonValue(QStringLiteral("deleted")))
            errors.append(path + QStringLiteral(".status: not active|deleted: ") + status.toString());
        const QJsonValue roles = u.value(QStringLiteral("roles"));
        if (!roles.isUndefined()) {
            if (!roles.isArray())
                errors.append(path + QStringLiteral(".roles: not an array"));
            for (const QJsonValue& r : roles.toArray()) {
                if (!r.isString() || r.toString().isEmpty())
                    errors.append(path + QStringLiteral(".roles: empty or non-string role"));
            }
        }
        const QJsonValue date = u.value(QStringLiteral("lastUsedDate"));
        if (date.isString() && !isoDate.match(date.toString()).hasMatch())
            errors.append(path + QStringLiteral(".lastUsedDate: not ISO 8601: ") + date.toString());
    }
    const QJsonValue licensesValue = root.value(QStringLiteral("licenses"));
    if (licensesValue.isUndefined())
        return errors;
    if (!licensesValue.isArray())
        return errors << QStringLiteral("licenses: not an array");
    const QJsonArray licenses = licensesValue.toArray();
    QSet<QString> names;
    for (qsizetype i = 0; i < licenses.size(); ++i) {
        const QString path = QStringLiteral("licenses[%1]").arg(i);
        const QJsonObject l = licenses.at(i).toObject();
        for (auto it = l.begin(); it != l.end(); ++it) {
            if (it.key() != u"name" && it.key() != u"unassignedAmount" && it.key() != u"users" &&
                it.key() != u"pricePerUser")
                errors.append(path + QStringLiteral(": undocumented key ") + it.key());
        }
        checkString(l, QStringLiteral("name"), path, true, &errors);
        if (names.contains(l.value(QStringLiteral("name")).toString()))
            errors.append(path + QStringLiteral(".name: listed twice"));
        names.insert(l.value(QStringLiteral("name")).toString());
        for (const QString& key : {QStringLiteral("unassignedAmount"), QStringLiteral("pricePerUser")}) {
            if (l.contains(key) && !isWholeNumber(l.value(key)))
                errors.append(path + QStringLiteral(".") + key + QStringLiteral(": not a whole number"));
        }
        const QJsonArray holders = l.value(QStringLiteral("users")).toArray();
        for (qsizetype k = 0; k < holders.size(); ++k) {
            const QString hp = path + QStringLiteral(".users[%1]").arg(k);
            const QJsonObject h = holders.at(k).toObject();
            checkString(h, QStringLiteral("email"), hp, true, &errors);
            if (!emails.contains(h.value(QStringLiteral("email")).toString()))
                errors.append(hp + QStringLiteral(".email: not a user of the file"));
            const QJsonValue s = h.value(QStringLiteral("licenseStatus"));
            if (!s.isUndefined() && s != QJsonValue(QStringLiteral("active")) &&
                s != QJsonValue(QStringLiteral("inactive")) && s != QJsonValue(QStringLiteral("deleted")))
                errors.append(hp + QStringLiteral(".licenseStatus: not active|inactive|deleted"));
            for (auto it = h.begin(); it != h.end(); ++it) {
                if (it.key() != u"email" && it.key() != u"licenseStatus" && it.key() != u"lastUsedDate")
                    errors.append(hp + QStringLiteral(": undocumented key ") + it.key());
            }
        }
    }
    return errors;
}
