#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// How licenses[] is built from the rows: which column(s) name the licence, how a cell splits into several
// licences, the per-user licence status, and constants Torii wants per licence. Part of Mapping.
struct LicenseConstants
{
    std::optional<qint64> unassignedAmount; // licences bought but not assigned
    std::optional<qint64> pricePerUser;     // cents, in the org's currency

    [[nodiscard]] bool operator==(const LicenseConstants& other) const = default;
};

struct LicenseRule
{
    // Either column holds licence name(s), or constantName names one licence and column (if set) is a yes/no
    // flag saying who holds it (Slack "billing-active"); constantName with no column = every user holds it.
    QString column;
    QString constantName;
    // "" = one licence per cell; "+" uses the M365-safe split (not around spaces, known names kept whole).
    QString separator;
    QStringList ignoreValues;                   // cell values meaning "no licence": "Unlicensed", "Basic", "None"
    QMap<QString, QString> nameMap;             // raw name -> name sent to Torii
    QString statusColumn;                       // per-user licence status; empty = derived from the user's status
    QMap<QString, QString> statusMap;           // raw -> active|inactive|deleted (adds to the built-in words)
    LicenseConstants defaults;                  // for every licence of this rule
    QMap<QString, LicenseConstants> perLicense; // by licence name, overrides defaults

    [[nodiscard]] bool isEmpty() const { return column.isEmpty() && constantName.isEmpty(); }
    [[nodiscard]] LicenseConstants constantsFor(const QString& licenseName) const;
    [[nodiscard]] bool operator==(const LicenseRule& other) const = default;

    [[nodiscard]] QJsonObject toJson() const;
    static bool fromJson(const QJsonObject& json, const QString& path, LicenseRule* out, QString* error);
};
