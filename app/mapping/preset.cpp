#include "mapping/preset.h"

#include "import/dialect.h"
#include "import/importoptions.h"
#include "mapping/headernormalizer.h"
#include "mapping/jsonstrict.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace
{
    bool fail(QString* error, const QString& message)
    {
        if (error)
            *error = message;
        return false;
    }
} // namespace

QJsonObject Preset::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("format"), QLatin1String(FormatTag));
    const bool hasGuard = guardPercent || guardMinimum;
    json.insert(QStringLiteral("formatVersion"), hasGuard ? FormatVersion : 1);
    json.insert(QStringLiteral("name"), name);
    if (!description.isEmpty())
        json.insert(QStringLiteral("description"), description);
    if (!vendor.isEmpty())
        json.insert(QStringLiteral("vendor"), vendor);
    if (!dialect.isEmpty()) {
        QJsonObject d;
        if (!dialect.encoding.isEmpty())
            d.insert(QStringLiteral("encoding"), dialect.encoding);
        if (!dialect.delimiter.isEmpty())
            d.insert(QStringLiteral("delimiter"), dialect.delimiter);
        if (dialect.headerRow > 0)
            d.insert(QStringLiteral("headerRow"), dialect.headerRow);
        if (!dialect.sheet.isEmpty())
            d.insert(QStringLiteral("sheet"), dialect.sheet);
        json.insert(QStringLiteral("dialect"), d);
    }
    if (!fingerprint.isEmpty())
        json.insert(QStringLiteral("fingerprint"), QJsonArray::fromStringList(fingerprint));
    json.insert(QStringLiteral("mapping"), mapping.toJson());
    QJsonObject validation;
    validation.insert(QStringLiteral("invalidRows"), InvalidRowPolicies::name(policy));
    if (policy == InvalidRowPolicy::SkipWithinLimit)
        validation.insert(QStringLiteral("maxInvalidPercent"), maxInvalidPercent);
    json.insert(QStringLiteral("validation"), validation);
    if (hasGuard) {
        QJsonObject guard;
        if (guardPercent)
            guard.insert(QStringLiteral("percent"), *guardPercent);
        if (guardMinimum)
            guard.insert(QStringLiteral("minimum"), *guardMinimum);
        json.insert(QStringLiteral("removalGuard"), guard);
    }
    return json;
}

QByteArray Preset::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

std::optional<Preset> Preset::fromJsonBytes(const QByteArray& bytes, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error, tr("not valid JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        fail(error, tr("a preset must be a JSON object"));
        return std::nullopt;
    }
    return fromJson(doc.object(), error);
}

std::optional<Preset> Preset::fromJson(const QJsonObject& json, QString* error)
{
    // Version first: a newer file may legitimately carry fields this version does not know.
    if (json.value(QStringLiteral("format")).toString() != QLatin1String(FormatTag)) {
        fail(error, tr("not a Torii Sync preset (\"format\" must be \"%1\")").arg(QLatin1String(FormatTag)));
        return std::nullopt;
    }
    const QJsonValue versionValue = json.value(QStringLiteral("formatVersion"));
    const int version = versionValue.toInt(-1);
    if (!versionValue.isDouble() || version < 1) {
        fail(error, tr("\"formatVersion\" must be a whole number from 1"));
        return std::nullopt;
    }
    if (version > FormatVersion) {
        fail(error,
             tr("this preset uses format version %1, but this version of Torii Sync reads up to version %2; "
                "update Torii Sync to use it")
                 .arg(version)
                 .arg(FormatVersion));
        return std::nullopt;
    }
    static const QStringList keys = {QStringLiteral("format"),      QStringLiteral("formatVersion"),
                                     QStringLiteral("name"),        QStringLiteral("description"),
                                     QStringLiteral("vendor"),      QStringLiteral("dialect"),
                                     QStringLiteral("fingerprint"), QStringLiteral("mapping"),
                                     QStringLiteral("validation"),  QStringLiteral("removalGuard")};
    if (!JsonStrict::checkKeys(json, keys, QString(), error))
        return std::nullopt;
    Preset p;
    p.formatVersion = version;
    if (!JsonStrict::readString(json, QStringLiteral("name"), QString(), &p.name, error) ||
        !JsonStrict::readString(json, QStringLiteral("description"), QString(), &p.description, error) ||
        !JsonStrict::readString(json, QStringLiteral("vendor"), QString(), &p.vendor, error) ||
        !JsonStrict::readStringList(json, QStringLiteral("fingerprint"), QString(), &p.fingerprint, error))
        return std::nullopt;
    if (p.name.trimmed().isEmpty()) {
        fail(error, tr("the preset has no \"name\""));
        return std::nullopt;
    }
    const QJsonValue dialectValue = json.value(QStringLiteral("dialect"));
    if (!dialectValue.isUndefined()) {
        const QJsonObject d = dialectValue.toObject();
        const QString path = QStringLiteral("dialect");
        qint64 headerRow = 0;
        bool present = false;
        if (!dialectValue.isObject() ||
            !JsonStrict::checkKeys(d,
                                   {QStringLiteral("encoding"), QStringLiteral("delimiter"),
                                    QStringLiteral("headerRow"), QStringLiteral("sheet")},
                                   path, error) ||
            !JsonStrict::readString(d, QStringLiteral("encoding"), path, &p.dialect.encoding, error) ||
            !JsonStrict::readString(d, QStringLiteral("delimiter"), path, &p.dialect.delimiter, error) ||
            !JsonStrict::readInteger(d, QStringLiteral("headerRow"), path, &headerRow, &present, error) ||
            !JsonStrict::readString(d, QStringLiteral("sheet"), path, &p.dialect.sheet, error)) {
            if (error && error->isEmpty())
                *error = tr("\"dialect\" must be an object");
            return std::nullopt;
        }
        p.dialect.headerRow = static_cast<int>(headerRow);
        ImportOptions probe;
        if (!p.toImportOptions(&probe, error))
            return std::nullopt;
    }
    const QJsonValue mappingValue = json.value(QStringLiteral("mapping"));
    if (!mappingValue.isObject()) {
        fail(error, tr("the preset has no \"mapping\" object"));
        return std::nullopt;
    }
    std::optional<Mapping> mapping = Mapping::fromJson(mappingValue.toObject(), error);
    if (!mapping)
        return std::nullopt;
    p.mapping = *mapping;
    const QJsonValue validationValue = json.value(QStringLiteral("validation"));
    if (!validationValue.isUndefined()) {
        const QJsonObject v = validationValue.toObject();
        QString policyName;
        if (!validationValue.isObject()) {
            fail(error, tr("\"validation\" must be an object"));
            return std::nullopt;
        }
        if (!JsonStrict::checkKeys(v, {QStringLiteral("invalidRows"), QStringLiteral("maxInvalidPercent")},
                                   QStringLiteral("validation"), error) ||
            !JsonStrict::readString(v, QStringLiteral("invalidRows"), QStringLiteral("validation"), &policyName, error))
            return std::nullopt;
        if (!policyName.isEmpty() && !InvalidRowPolicies::fromName(policyName, &p.policy)) {
            fail(error,
                 tr("\"validation.invalidRows\" must be \"limit\", \"block\" or \"skip\", not \"%1\"").arg(policyName));
            return std::nullopt;
        }
        const QJsonValue percent = v.value(QStringLiteral("maxInvalidPercent"));
        if (!percent.isUndefined()) {
            if (!percent.isDouble() || percent.toDouble() < 0 || percent.toDouble() > 100) {
                fail(error, tr("\"validation.maxInvalidPercent\" must be a number from 0 to 100"));
                return std::nullopt;
            }
            p.maxInvalidPercent = percent.toDouble();
        }
    }
    return readGuard(json, &p, error) ? std::optional<Preset>(p) : std::nullopt;
}

bool Preset::readGuard(const QJsonObject& json, Preset* p, QString* error)
{
    const QJsonValue guardValue = json.value(QStringLiteral("removalGuard"));
    if (guardValue.isUndefined())
        return true;
    if (p->formatVersion < 2)
        return fail(error, tr("\"removalGuard\" needs \"formatVersion\": 2"));
    if (!guardValue.isObject())
        return fail(error, tr("\"removalGuard\" must be an object"));
    const QJsonObject guard = guardValue.toObject();
    const QString path = QStringLiteral("removalGuard");
    if (!JsonStrict::checkKeys(guard, {QStringLiteral("percent"), QStringLiteral("minimum")}, path, error))
        return false;
    qint64 percent = 0;
    qint64 minimum = 0;
    bool hasPercent = false;
    bool hasMinimum = false;
    if (!JsonStrict::readInteger(guard, QStringLiteral("percent"), path, &percent, &hasPercent, error) ||
        !JsonStrict::readInteger(guard, QStringLiteral("minimum"), path, &minimum, &hasMinimum, error))
        return false;
    if (hasPercent && (percent < 0 || percent > 100))
        return fail(error, tr("\"removalGuard.percent\" must be a whole number from 0 to 100"));
    if (hasMinimum && (minimum < 0 || minimum > 1000000000))
        return fail(error, tr("\"removalGuard.minimum\" must be a whole number from 0"));
    if (hasPercent)
        p->guardPercent = int(percent);
    if (hasMinimum)
        p->guardMinimum = int(minimum);
    return true;
}

bool Preset::toImportOptions(ImportOptions* options, QString* error) const
{
    if (!dialect.encoding.isEmpty()) {
        Dialect::Encoding encoding {};
        if (!Dialect::encodingFromName(dialect.encoding, &encoding))
            return fail(error, tr("\"dialect.encoding\": unknown encoding \"%1\"").arg(dialect.encoding));
        options->encoding = encoding;
    }
    if (!dialect.delimiter.isEmpty()) {
        QChar delimiter;
        if (!Dialect::delimiterFromName(dialect.delimiter, &delimiter))
            return fail(error, tr("\"dialect.delimiter\": unknown delimiter \"%1\"").arg(dialect.delimiter));
        options->delimiter = delimiter;
    }
    if (dialect.headerRow > 0)
        options->headerRow = dialect.headerRow;
    if (!dialect.sheet.isEmpty())
        options->sheet = dialect.sheet;
    return true;
}

QStringList Preset::fingerprintOf(const QStringList& columnNames)
{
    QStringList keys;
    keys.reserve(columnNames.size());
    for (const QString& c : columnNames) {
        const QString k = HeaderNormalizer::key(c);
        if (!k.isEmpty())
            keys.append(k);
    }
    return keys;
}

double Preset::matchScore(const QStringList& columnNames) const
{
    const QStringList keys = fingerprintOf(columnNames);
    const QSet<QString> present(keys.cbegin(), keys.cend());
    // The columns feeding email must be there, or the preset cannot work on this file at all.
    const FieldMapping email = mapping.field(TargetField::Email);
    const auto has = [&present](const QString& column) { return present.contains(HeaderNormalizer::key(column)); };
    const bool emailOk = (!email.column.isEmpty() && has(email.column)) ||
        (!email.fallbackColumn.isEmpty() && has(email.fallbackColumn));
    if (!emailOk || fingerprint.isEmpty() || keys.isEmpty())
        return 0.0;
    qsizetype hits = 0;
    for (const QString& f : fingerprint) {
        if (present.contains(f))
            ++hits;
    }
    // The user fields' own columns (fallbacks and licence columns may legitimately be absent).
    QStringList used;
    for (const TargetField f : ToriiSchema::userFields()) {
        const QString c = mapping.column(f);
        if (!c.isEmpty() && !used.contains(c))
            used.append(c);
    }
    qsizetype usedHits = 0;
    for (const QString& c : used) {
        if (has(c))
            ++usedHits;
    }
    // Same vendor's export: most of the preset's columns are there (recall), or the file is a narrower
    // selection of them (precision: "currently selected columns" downloads); and the mapping finds its columns.
    const double recall = double(hits) / double(fingerprint.size());
    const double precision = double(hits) / double(keys.size());
    const double coverage = used.isEmpty() ? 1.0 : double(usedHits) / double(used.size());
    return coverage * std::max(recall, precision);
}
