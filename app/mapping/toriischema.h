#pragma once

#include <QList>
#include <QString>

#include <optional>

// Torii's custom-integration fields (torii-api.md §3) as data, plus the helper source fullName.
// Used by the mapping editor, auto-match, presets, validation and the payload writer.
enum class TargetField
{
    Email,
    Id,
    FirstName,
    LastName,
    FullName, // not sent: split into firstName/lastName when those are not mapped or empty
    Status,
    ExternalStatus,
    Roles,
    LastUsedDate,
    LicenseName,
    LicenseStatus,
    UnassignedAmount,
    PricePerUser,
};

enum class FieldKind
{
    Email,   // trimmed, lower-cased, validated
    Text,    // trimmed text
    Status,  // vendor word mapped to active|deleted, raw word kept as externalStatus
    List,    // split on a separator (roles)
    Date,    // parsed to ISO 8601 UTC
    Number,  // integer constant (licence amounts, price in cents)
    Name,    // full name to split
    Licence, // licence name(s): builds licenses[]
};

struct FieldInfo
{
    TargetField field = TargetField::Email;
    QString key;                  // Torii's JSON key ("email", "lastUsedDate"); presets use it too
    const char* labelSource = ""; // English label, marked for lupdate in the "ToriiSchema" context
    bool required = false;
    FieldKind kind = FieldKind::Text;
    bool perLicense = false; // lives in a licence rule rather than on the user object

    // The label for the mapping editor and messages, in the current language.
    [[nodiscard]] QString label() const;
};

namespace ToriiSchema
{
    // All fields in display order.
    [[nodiscard]] const QList<FieldInfo>& fields();
    [[nodiscard]] const FieldInfo& info(TargetField field);
    [[nodiscard]] QString key(TargetField field);
    [[nodiscard]] std::optional<TargetField> fromKey(const QString& key);
    // The user-level fields a column can be mapped to (everything but the licence ones).
    [[nodiscard]] QList<TargetField> userFields();
    // Whether "lower-case" is a choice for a field of this kind: text-like fields only. E-mail is always
    // lower-cased; dates and numbers are parsed, so their case means nothing.
    [[nodiscard]] bool offersLowercase(FieldKind kind);
} // namespace ToriiSchema
