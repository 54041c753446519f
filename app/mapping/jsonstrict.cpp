#include "mapping/jsonstrict.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace
{
    bool fail(QString* error, const QString& message)
    {
        if (error)
            *error = message;
        return false;
    }

    QString at(const QString& path, const QString& key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
} // namespace

bool JsonStrict::checkKeys(const QJsonObject& json, const QStringList& allowed, const QString& path, QString* error)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!allowed.contains(it.key()))
            return fail(error,
                        tr("unknown field \"%1\" (this version knows: %2)")
                            .arg(at(path, it.key()), allowed.join(QStringLiteral(", "))));
    }
    return true;
}

bool JsonStrict::readString(const QJsonObject& json, const QString& key, const QString& path, QString* out,
                            QString* error)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString())
        return fail(error, tr("\"%1\" must be a string").arg(at(path, key)));
    *out = v.toString();
    return true;
}

bool JsonStrict::readBool(const QJsonObject& json, const QString& key, const QString& path, bool* out, QString* error)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isBool())
        return fail(error, tr("\"%1\" must be true or false").arg(at(path, key)));
    *out = v.toBool();
    return true;
}

bool JsonStrict::readStringList(const QJsonObject& json, const QString& key, const QString& path, QStringList* out,
                                QString* error)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray())
        return fail(error, tr("\"%1\" must be a list of strings").arg(at(path, key)));
    QStringList list;
    for (const QJsonValue& item : v.toArray()) {
        if (!item.isString())
            return fail(error, tr("\"%1\" must be a list of strings").arg(at(path, key)));
        list.append(item.toString());
    }
    *out = list;
    return true;
}

bool JsonStrict::readStringMap(const QJsonObject& json, const QString& key, const QString& path,
                               QMap<QString, QString>* out, QString* error)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isObject())
        return fail(error, tr("\"%1\" must be an object of strings").arg(at(path, key)));
    const QJsonObject object = v.toObject();
    QMap<QString, QString> map;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return fail(error, tr("\"%1\" must be a string").arg(at(at(path, key), it.key())));
        map.insert(it.key(), it.value().toString());
    }
    *out = map;
    return true;
}

bool JsonStrict::readInteger(const QJsonObject& json, const QString& key, const QString& path, qint64* out,
                             bool* present, QString* error)
{
    *present = false;
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::floor(d) != d || d < 0 || d > 9.0e15)
        return fail(error, tr("\"%1\" must be a whole number of at least 0").arg(at(path, key)));
    *out = static_cast<qint64>(d);
    *present = true;
    return true;
}

QJsonObject JsonStrict::mapToJson(const QMap<QString, QString>& map)
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}
