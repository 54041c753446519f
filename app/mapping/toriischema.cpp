#include "mapping/toriischema.h"

#include <QCoreApplication>

namespace
{
    // The labels stay untranslated here and are translated when shown (FieldInfo::label()), so the table
    // built once does not freeze the language that was active at its first use.
    QList<FieldInfo> buildFields()
    {
        return {
            {TargetField::Email, QStringLiteral("email"), QT_TRANSLATE_NOOP("ToriiSchema", "Email"), true,
             FieldKind::Email, false},
            {TargetField::Id, QStringLiteral("id"), QT_TRANSLATE_NOOP("ToriiSchema", "User ID"), false, FieldKind::Text,
             false},
            {TargetField::FirstName, QStringLiteral("firstName"), QT_TRANSLATE_NOOP("ToriiSchema", "First name"), false,
             FieldKind::Text, false},
            {TargetField::LastName, QStringLiteral("lastName"), QT_TRANSLATE_NOOP("ToriiSchema", "Last name"), false,
             FieldKind::Text, false},
            {TargetField::FullName, QStringLiteral("fullName"), QT_TRANSLATE_NOOP("ToriiSchema", "Full name (split)"),
             false, FieldKind::Name, false},
            {TargetField::Status, QStringLiteral("status"), QT_TRANSLATE_NOOP("ToriiSchema", "Status"), false,
             FieldKind::Status, false},
            {TargetField::ExternalStatus, QStringLiteral("externalStatus"),
             QT_TRANSLATE_NOOP("ToriiSchema", "External status"), false, FieldKind::Text, false},
            {TargetField::Roles, QStringLiteral("roles"), QT_TRANSLATE_NOOP("ToriiSchema", "Roles"), false,
             FieldKind::List, false},
            {TargetField::LastUsedDate, QStringLiteral("lastUsedDate"),
             QT_TRANSLATE_NOOP("ToriiSchema", "Last used date"), false, FieldKind::Date, false},
            {TargetField::LicenseName, QStringLiteral("licenseName"), QT_TRANSLATE_NOOP("ToriiSchema", "Licence name"),
             false, FieldKind::Licence, true},
            {TargetField::LicenseStatus, QStringLiteral("licenseStatus"),
             QT_TRANSLATE_NOOP("ToriiSchema", "Licence status"), false, FieldKind::Status, true},
            {TargetField::UnassignedAmount, QStringLiteral("unassignedAmount"),
             QT_TRANSLATE_NOOP("ToriiSchema", "Unassigned licences"), false, FieldKind::Number, true},
            {TargetField::PricePerUser, QStringLiteral("pricePerUser"),
             QT_TRANSLATE_NOOP("ToriiSchema", "Price per user (cents)"), false, FieldKind::Number, true},
        };
    }
} // namespace

QString FieldInfo::label() const
{
    return QCoreApplication::translate("ToriiSchema", labelSource);
}

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

bool ToriiSchema::offersLowercase(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Text:
    case FieldKind::Status:
    case FieldKind::List:
    case FieldKind::Name:
    case FieldKind::Licence:
        return true;
    case FieldKind::Email: // always on
    case FieldKind::Date:
    case FieldKind::Number:
        return false;
    }
    return false;
}
