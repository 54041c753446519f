#include "mapping/mapping.h"

#include "mapping/jsonstrict.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace
{
    bool isLicenceField(TargetField target)
    {
        return ToriiSchema::info(target).perLicense;
    }

    void setError(QString* error, const QString& message)
    {
        if (error)
            *error = message;
    }
} // namespace

Mapping::Mapping() = default;

FieldMapping Mapping::field(TargetField target) const
{
    if (isLicenceField(target)) {
        FieldMapping f;
        if (m_licenseRules.isEmpty())
            return f;
        const LicenseRule& rule = m_licenseRules.first();
        switch (target) {
        case TargetField::LicenseName:
            f.column = rule.column;
            f.constant = rule.constantName;
            f.separator = rule.separator;
            f.valueMap = rule.nameMap;
            break;
        case TargetField::LicenseStatus:
            f.column = rule.statusColumn;
            f.valueMap = rule.statusMap;
            break;
        case TargetField::UnassignedAmount:
            if (rule.defaults.unassignedAmount)
                f.constant = QString::number(*rule.defaults.unassignedAmount);
            break;
        case TargetField::PricePerUser:
            if (rule.defaults.pricePerUser)
                f.constant = QString::number(*rule.defaults.pricePerUser);
            break;
        default:
            break;
        }
        return f;
    }
    FieldMapping f = m_fields.value(target);
    if (target == TargetField::Email)
        f.lowercase = true;
    return f;
}

void Mapping::setField(TargetField target, const FieldMapping& mapping)
{
    if (!isLicenceField(target)) {
        if (mapping.isMapped() || !mapping.fallbackColumn.isEmpty())
            m_fields.insert(target, mapping);
        else
            m_fields.remove(target);
        return;
    }
    if (m_licenseRules.isEmpty())
        m_licenseRules.append(LicenseRule());
    LicenseRule& rule = m_licenseRules.first();
    bool ok = false;
    const qint64 number = mapping.constant.toLongLong(&ok);
    switch (target) {
    case TargetField::LicenseName:
        rule.column = mapping.column;
        rule.constantName = mapping.constant;
        rule.separator = mapping.separator;
        rule.nameMap = mapping.valueMap;
        break;
    case TargetField::LicenseStatus:
        rule.statusColumn = mapping.column;
        rule.statusMap = mapping.valueMap;
        break;
    case TargetField::UnassignedAmount:
        rule.defaults.unassignedAmount = ok ? std::optional<qint64>(number) : std::nullopt;
        break;
    case TargetField::PricePerUser:
        rule.defaults.pricePerUser = ok ? std::optional<qint64>(number) : std::nullopt;
        break;
    default:
        break;
    }
    if (rule.isEmpty() && rule.statusColumn.isEmpty() && !rule.defaults.unassignedAmount &&
        !rule.defaults.pricePerUser && m_licenseRules.size() == 1)
        m_licenseRules.clear();
}

QString Mapping::column(TargetField target) const
{
    return field(target).column;
}

void Mapping::setColumn(TargetField target, const QString& column)
{
    FieldMapping f = field(target);
    f.column = column;
    setField(target, f);
}

void Mapping::clear(TargetField target)
{
    setField(target, FieldMapping());
}

QStringList Mapping::unmappedRequired() const
{
    QStringList missing;
    for (const FieldInfo& info : ToriiSchema::fields()) {
        if (!info.required)
            continue;
        const FieldMapping f = field(info.field);
        if (f.column.isEmpty() && f.fallbackColumn.isEmpty() && f.constant.isEmpty())
            missing.append(info.label());
    }
    return missing;
}

QStringList Mapping::columnsUsed() const
{
    QStringList columns;
    auto add = [&columns](const QString& c) {
        if (!c.isEmpty() && !columns.contains(c))
            columns.append(c);
    };
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        add(it->column);
        add(it->fallbackColumn);
    }
    for (const LicenseRule& rule : m_licenseRules) {
        add(rule.column);
        add(rule.statusColumn);
    }
    return columns;
}

bool Mapping::isEmpty() const
{
    return m_fields.isEmpty() && m_licenseRules.isEmpty();
}

QJsonObject Mapping::toJson() const
{
    QJsonObject fields;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        fields.insert(ToriiSchema::key(it.key()), it->toJson());
    QJsonObject json;
    json.insert(QStringLiteral("fields"), fields);
    if (!m_licenseRules.isEmpty()) {
        QJsonArray rules;
        for (const LicenseRule& rule : m_licenseRules)
            rules.append(rule.toJson());
        json.insert(QStringLiteral("licenses"), rules);
    }
    if (m_mergeRepeatedUsers)
        json.insert(QStringLiteral("repeatedUsers"), QStringLiteral("merge"));
    return json;
}

std::optional<Mapping> Mapping::fromJson(const QJsonObject& json, QString* error)
{
    const QString path = QStringLiteral("mapping");
    if (!JsonStrict::checkKeys(
            json, {QStringLiteral("fields"), QStringLiteral("licenses"), QStringLiteral("repeatedUsers")}, path, error))
        return std::nullopt;
    Mapping mapping;
    const QJsonValue repeated = json.value(QStringLiteral("repeatedUsers"));
    if (!repeated.isUndefined()) {
        if (repeated.toString() != u"merge" && repeated.toString() != u"error") {
            setError(error, tr("\"mapping.repeatedUsers\" must be \"merge\" or \"error\""));
            return std::nullopt;
        }
        mapping.m_mergeRepeatedUsers = repeated.toString() == u"merge";
    }
    const QJsonValue fieldsValue = json.value(QStringLiteral("fields"));
    if (!fieldsValue.isUndefined() && !fieldsValue.isObject()) {
        setError(error, tr("\"mapping.fields\" must be an object"));
        return std::nullopt;
    }
    const QJsonObject fields = fieldsValue.toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const std::optional<TargetField> target = ToriiSchema::fromKey(it.key());
        const QString fieldPath = QStringLiteral("mapping.fields.") + it.key();
        if (!target || isLicenceField(*target)) {
            setError(error,
                     tr("unknown field \"%1\" (licence fields belong in "
                        "\"mapping.licenses\")")
                         .arg(fieldPath));
            return std::nullopt;
        }
        if (!it.value().isObject()) {
            setError(error, tr("\"%1\" must be an object").arg(fieldPath));
            return std::nullopt;
        }
        FieldMapping f;
        if (!FieldMapping::fromJson(it.value().toObject(), fieldPath, &f, error))
            return std::nullopt;
        mapping.m_fields.insert(*target, f);
    }
    const QJsonValue licenses = json.value(QStringLiteral("licenses"));
    if (!licenses.isUndefined()) {
        if (!licenses.isArray()) {
            setError(error, tr("\"mapping.licenses\" must be a list"));
            return std::nullopt;
        }
        int index = 0;
        for (const QJsonValue& item : licenses.toArray()) {
            const QString rulePath = QStringLiteral("mapping.licenses[%1]").arg(index++);
            LicenseRule rule;
            if (!item.isObject()) {
                setError(error, tr("\"%1\" must be an object").arg(rulePath));
                return std::nullopt;
            }
            if (!LicenseRule::fromJson(item.toObject(), rulePath, &rule, error))
                return std::nullopt;
            mapping.m_licenseRules.append(rule);
        }
    }
    return mapping;
}

bool Mapping::operator==(const Mapping& other) const
{
    return m_fields == other.m_fields && m_licenseRules == other.m_licenseRules &&
        m_mergeRepeatedUsers == other.m_mergeRepeatedUsers;
}
