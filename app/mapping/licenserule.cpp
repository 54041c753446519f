#include "mapping/licenserule.h"

#include "mapping/jsonstrict.h"

#include <QJsonArray>

namespace
{
    QJsonObject constantsToJson(const LicenseConstants& c)
    {
        QJsonObject json;
        if (c.unassignedAmount)
            json.insert(QStringLiteral("unassignedAmount"), static_cast<double>(*c.unassignedAmount));
        if (c.pricePerUser)
            json.insert(QStringLiteral("pricePerUser"), static_cast<double>(*c.pricePerUser));
        return json;
    }

    bool constantsFromJson(const QJsonObject& json, const QString& path, LicenseConstants* out, QString* error)
    {
        if (!JsonStrict::checkKeys(json, {QStringLiteral("unassignedAmount"), QStringLiteral("pricePerUser")}, path,
                                   error))
            return false;
        qint64 value = 0;
        bool present = false;
        if (!JsonStrict::readInteger(json, QStringLiteral("unassignedAmount"), path, &value, &present, error))
            return false;
        if (present)
            out->unassignedAmount = value;
        if (!JsonStrict::readInteger(json, QStringLiteral("pricePerUser"), path, &value, &present, error))
            return false;
        if (present)
            out->pricePerUser = value;
        return true;
    }
} // namespace

LicenseConstants LicenseRule::constantsFor(const QString& licenseName) const
{
    LicenseConstants c = defaults;
    const auto it = perLicense.constFind(licenseName);
    if (it != perLicense.constEnd()) {
        if (it->unassignedAmount)
            c.unassignedAmount = it->unassignedAmount;
        if (it->pricePerUser)
            c.pricePerUser = it->pricePerUser;
    }
    return c;
}

QJsonObject LicenseRule::toJson() const
{
    QJsonObject json;
    if (!column.isEmpty())
        json.insert(QStringLiteral("column"), column);
    if (!constantName.isEmpty())
        json.insert(QStringLiteral("constantName"), constantName);
    if (!separator.isEmpty())
        json.insert(QStringLiteral("separator"), separator);
    if (!ignoreValues.isEmpty())
        json.insert(QStringLiteral("ignoreValues"), QJsonArray::fromStringList(ignoreValues));
    if (!nameMap.isEmpty())
        json.insert(QStringLiteral("nameMap"), JsonStrict::mapToJson(nameMap));
    if (!statusColumn.isEmpty())
        json.insert(QStringLiteral("statusColumn"), statusColumn);
    if (!statusMap.isEmpty())
        json.insert(QStringLiteral("statusMap"), JsonStrict::mapToJson(statusMap));
    const QJsonObject d = constantsToJson(defaults);
    for (auto it = d.begin(); it != d.end(); ++it)
        json.insert(it.key(), it.value());
    if (!perLicense.isEmpty()) {
        QJsonObject per;
        for (auto it = perLicense.begin(); it != perLicense.end(); ++it)
            per.insert(it.key(), constantsToJson(it.value()));
        json.insert(QStringLiteral("perLicense"), per);
    }
    return json;
}

bool LicenseRule::fromJson(const QJsonObject& json, const QString& path, LicenseRule* out, QString* error)
{
    static const QStringList keys = {QStringLiteral("column"),       QStringLiteral("constantName"),
                                     QStringLiteral("separator"),    QStringLiteral("ignoreValues"),
                                     QStringLiteral("nameMap"),      QStringLiteral("statusColumn"),
                                     QStringLiteral("statusMap"),    QStringLiteral("unassignedAmount"),
                                     QStringLiteral("pricePerUser"), QStringLiteral("perLicense")};
    if (!JsonStrict::checkKeys(json, keys, path, error))
        return false;
    LicenseRule r;
    if (!JsonStrict::readString(json, QStringLiteral("column"), path, &r.column, error) ||
        !JsonStrict::readString(json, QStringLiteral("constantName"), path, &r.constantName, error) ||
        !JsonStrict::readString(json, QStringLiteral("separator"), path, &r.separator, error) ||
        !JsonStrict::readStringList(json, QStringLiteral("ignoreValues"), path, &r.ignoreValues, error) ||
        !JsonStrict::readStringMap(json, QStringLiteral("nameMap"), path, &r.nameMap, error) ||
        !JsonStrict::readString(json, QStringLiteral("statusColumn"), path, &r.statusColumn, error) ||
        !JsonStrict::readStringMap(json, QStringLiteral("statusMap"), path, &r.statusMap, error))
        return false;
    QJsonObject constants;
    for (const QString& k : {QStringLiteral("unassignedAmount"), QStringLiteral("pricePerUser")}) {
        if (json.contains(k))
            constants.insert(k, json.value(k));
    }
    if (!constantsFromJson(constants, path, &r.defaults, error))
        return false;
    const QJsonValue per = json.value(QStringLiteral("perLicense"));
    if (!per.isUndefined() && !per.isNull()) {
        if (!per.isObject()) {
            if (error)
                *error = QStringLiteral("\"%1.perLicense\" must be an object").arg(path);
            return false;
        }
        const QJsonObject perObject = per.toObject();
        for (auto it = perObject.begin(); it != perObject.end(); ++it) {
            LicenseConstants c;
            const QString itemPath = path + QStringLiteral(".perLicense.") + it.key();
            if (!it.value().isObject()) {
                if (error)
                    *error = QStringLiteral("\"%1\" must be an object").arg(itemPath);
                return false;
            }
            if (!constantsFromJson(it.value().toObject(), itemPath, &c, error))
                return false;
            r.perLicense.insert(it.key(), c);
        }
    }
    *out = r;
    return true;
}
