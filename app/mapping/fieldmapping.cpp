#include "mapping/fieldmapping.h"

#include "mapping/jsonstrict.h"

#include <QCoreApplication>

QString FieldMapping::dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::DMY:
        return QStringLiteral("DMY");
    case DateOrder::MDY:
        return QStringLiteral("MDY");
    case DateOrder::YMD:
        return QStringLiteral("YMD");
    case DateOrder::Auto:
        break;
    }
    return QStringLiteral("auto");
}

bool FieldMapping::dateOrderFromName(const QString& name, DateOrder* order)
{
    const QString n = name.trimmed().toUpper();
    if (n == u"AUTO" || n.isEmpty())
        *order = DateOrder::Auto;
    else if (n == u"DMY")
        *order = DateOrder::DMY;
    else if (n == u"MDY")
        *order = DateOrder::MDY;
    else if (n == u"YMD")
        *order = DateOrder::YMD;
    else
        return false;
    return true;
}

QJsonObject FieldMapping::toJson() const
{
    // Only what differs from the defaults, so presets stay short and readable.
    QJsonObject json;
    if (!column.isEmpty())
        json.insert(QStringLiteral("column"), column);
    if (!fallbackColumn.isEmpty())
        json.insert(QStringLiteral("fallbackColumn"), fallbackColumn);
    if (!trim)
        json.insert(QStringLiteral("trim"), false);
    if (lowercase)
        json.insert(QStringLiteral("lowercase"), true);
    if (extract == EmailExtract::PrimarySmtp)
        json.insert(QStringLiteral("extract"), QStringLiteral("primarySmtp"));
    if (!valueMap.isEmpty())
        json.insert(QStringLiteral("valueMap"), JsonStrict::mapToJson(valueMap));
    if (!separator.isEmpty())
        json.insert(QStringLiteral("separator"), separator);
    if (dateOrder != DateOrder::Auto)
        json.insert(QStringLiteral("dateOrder"), dateOrderName(dateOrder));
    if (!timeZone.isEmpty())
        json.insert(QStringLiteral("timeZone"), timeZone);
    if (!constant.isEmpty())
        json.insert(QStringLiteral("constant"), constant);
    return json;
}

bool FieldMapping::fromJson(const QJsonObject& json, const QString& path, FieldMapping* out, QString* error)
{
    static const QStringList keys = {QStringLiteral("column"),    QStringLiteral("fallbackColumn"),
                                     QStringLiteral("trim"),      QStringLiteral("lowercase"),
                                     QStringLiteral("extract"),   QStringLiteral("valueMap"),
                                     QStringLiteral("separator"), QStringLiteral("dateOrder"),
                                     QStringLiteral("timeZone"),  QStringLiteral("constant")};
    if (!JsonStrict::checkKeys(json, keys, path, error))
        return false;
    FieldMapping m;
    QString extractName;
    QString orderName;
    if (!JsonStrict::readString(json, QStringLiteral("column"), path, &m.column, error) ||
        !JsonStrict::readString(json, QStringLiteral("fallbackColumn"), path, &m.fallbackColumn, error) ||
        !JsonStrict::readBool(json, QStringLiteral("trim"), path, &m.trim, error) ||
        !JsonStrict::readBool(json, QStringLiteral("lowercase"), path, &m.lowercase, error) ||
        !JsonStrict::readString(json, QStringLiteral("extract"), path, &extractName, error) ||
        !JsonStrict::readStringMap(json, QStringLiteral("valueMap"), path, &m.valueMap, error) ||
        !JsonStrict::readString(json, QStringLiteral("separator"), path, &m.separator, error) ||
        !JsonStrict::readString(json, QStringLiteral("dateOrder"), path, &orderName, error) ||
        !JsonStrict::readString(json, QStringLiteral("timeZone"), path, &m.timeZone, error) ||
        !JsonStrict::readString(json, QStringLiteral("constant"), path, &m.constant, error))
        return false;
    if (extractName == u"primarySmtp") {
        m.extract = EmailExtract::PrimarySmtp;
    } else if (!extractName.isEmpty() && extractName != u"none") {
        if (error)
            *error = tr("\"%1.extract\": unknown value \"%2\" (known: primarySmtp)").arg(path, extractName);
        return false;
    }
    if (!dateOrderFromName(orderName, &m.dateOrder)) {
        if (error)
            *error = tr("\"%1.dateOrder\": unknown value \"%2\" (auto, DMY, MDY, YMD)").arg(path, orderName);
        return false;
    }
    *out = m;
    return true;
}
