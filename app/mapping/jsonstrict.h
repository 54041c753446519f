#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

// Small helpers for reading presets strictly: unknown keys and wrong types are refused with the JSON path,
// so a preset written by a newer version never half-loads. Used by Mapping, FieldMapping, LicenseRule, Preset.
class JsonStrict
{
    Q_DECLARE_TR_FUNCTIONS(JsonStrict)

public:
    // False (and *error) when json has a key not in allowed.
    static bool checkKeys(const QJsonObject& json, const QStringList& allowed, const QString& path, QString* error);
    static bool readString(const QJsonObject& json, const QString& key, const QString& path, QString* out,
                           QString* error);
    static bool readBool(const QJsonObject& json, const QString& key, const QString& path, bool* out, QString* error);
    static bool readStringList(const QJsonObject& json, const QString& key, const QString& path, QStringList* out,
                               QString* error);
    static bool readStringMap(const QJsonObject& json, const QString& key, const QString& path,
                              QMap<QString, QString>* out, QString* error);
    // Integer (JSON number without fraction); absent keeps *out; *present tells whether it was there.
    static bool readInteger(const QJsonObject& json, const QString& key, const QString& path, qint64* out,
                            bool* present, QString* error);
    static QJsonObject mapToJson(const QMap<QString, QString>& map);
};
