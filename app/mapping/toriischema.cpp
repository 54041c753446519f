#include "mapping/toriischema.h"

#include <QCoreApplication>

namespace
{
    QList<FieldInfo> buildFields()
    {
        auto tr = [](const char* text) { return QCoreApplication::translate("ToriiSchema", text); };
        return {
            {TargetField::Email, QStringLiteral("email"), tr("Email"), true, FieldKind::Email, false},
            {TargetField::Id, QStringLiteral("id"), tr("User ID"), false, FieldKind::Text, false},
            {TargetField::FirstName, QStringLiteral("firstName"), tr("First name"), false, FieldKind::Text, false},
            {TargetField::LastName, QStringLiteral("lastName"), tr("Last name"), false, FieldKind::Text, false},
            {TargetField::FullName, QStringLiteral("fullName"), tr("Full name (split)"), false, FieldKind::Name, false},
            {TargetField::Status, QStringLiteral("status"), tr("Status"), false, FieldKind::Status, false},
            {TargetField::ExternalStatus, QStringLiteral("externalStatus"), tr("External status"), false,
             FieldKind::Text, false},
            {TargetField::Roles, QStringLiteral("roles"), tr("Roles"), false, FieldKind::List, false},
            {TargetField::LastUsedDate, QStringLiteral("lastUsedDate"), tr("Last used date"), false, FieldKind::Date,
             false},
            {TargetField::LicenseName, QStringLiteral("licenseName"), tr("Licence name"), false, FieldKind::Licence,
             true},
            {TargetField::LicenseStatus, QStringLiteral("licenseStatus"), tr("Licence status"), false,
             FieldKind::Status, true},
            {TargetField::UnassignedAmount, QStringLiteral("unassignedAmount"), tr("Unassigned licences"), false,
             FieldKind::Number, true},
            {TargetField::PricePerUser, QStringLiteral("pricePerUser"), tr("Price per user (cents)"), false,
             FieldKind::Number, true},
        };
    }
} // namespace

const QList<FieldInfo>& ToriiSchema::fields()
{
    static const QList<FieldInfo> all = buildFields();
    return all;
}

const FieldInfo& ToriiSchema::info(TargetField field)
{
    return fields().at(static_cast<int>(field));
}

QString ToriiSchema::key(TargetField field)
{
    return info(field).key;
}

std::optional<TargetField> ToriiSchema::fromKey(const QString& key)
{
    for (const FieldInfo& f : fields()) {
        if (f.key == key)
            return f.field;
    }
    return std::nullopt;
}

QList<TargetField> ToriiSchema::userFields()
{
    QList<TargetField> result;
    for (const FieldInfo& f : fields()) {
        if (!f.perLicense)
            result.append(f.field);
    }
    return result;
}
