#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

// Small helpers for reading presets strictly: unknown keys and wrong types are refused with the JSON path,
// so a preset written by a newer version never half-loads. Used by Mapping, FieldMapping, LicenseRule, Preset.
namespace JsonStrict
{
    // False (and *error) when json has a key not in allowed.
    bool checkKeys(const QJsonObject& json, const QStringList& allowed, const QString& path, QString* error);
    bool readString(const QJsonObject& json, const QString& key, const QString& path, QString* out, QString* error);
    bool readBool(const QJsonObject& json, const QString& key, const QString& path, bool* out, QString* error);
    bool readStringList(const QJsonObject& json, const QString& key, const QString& path, QStringList* out,
                        QString* error);
    bool readStringMap(const QJsonObject& json, const QString& key, const QString& path, QMap<QString, QString>* out,
                       QString* error);
    // Integer (JSON number without fraction); absent keeps *out; *present tells whether it was there.
    bool readInteger(const QJsonObject& json, const QString& key, const QString& path, qint64* out, bool* present,
                     QString* error);
    QJsonObject mapToJson(const QMap<QString, QString>& map);
} // namespace JsonStrict
