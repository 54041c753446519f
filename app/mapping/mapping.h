#pragma once

#include "mapping/fieldmapping.h"
#include "mapping/licenserule.h"
#include "mapping/toriischema.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// Which source column feeds which Torii field, with the transforms, and the licence rules. A value type:
// copied freely between the GUI's mapping page, presets, AutoMatcher, Validator and Converter.
class Mapping
{
    Q_DECLARE_TR_FUNCTIONS(Mapping)

public:
    Mapping();

    // User-level fields. For the licence fields (LicenseName, LicenseStatus, UnassignedAmount, PricePerUser)
    // these read/write the first licence rule, created on demand.
    [[nodiscard]] FieldMapping field(TargetField target) const;
    void setField(TargetField target, const FieldMapping& mapping);
    [[nodiscard]] QString column(TargetField target) const;
    void setColumn(TargetField target, const QString& column);
    void clear(TargetField target);

    [[nodiscard]] const QList<LicenseRule>& licenseRules() const { return m_licenseRules; }
    void setLicenseRules(const QList<LicenseRule>& rules) { m_licenseRules = rules; }
    void addLicenseRule(const LicenseRule& rule) { m_licenseRules.append(rule); }

    // Labels of required fields that are not mapped (["Email"] when nothing feeds email).
    [[nodiscard]] QStringList unmappedRequired() const;
    // Every source column the mapping reads (for fingerprints, previews and "missing column" checks).
    [[nodiscard]] QStringList columnsUsed() const;
    [[nodiscard]] bool isEmpty() const;

    // One row per device (or per assignment) rather than per user: rows repeating an address are merged into
    // the first (counted, not errors) and rows without one are skipped. Set by AutoMatcher for device lists.
    [[nodiscard]] bool mergeRepeatedUsers() const { return m_mergeRepeatedUsers; }
    void setMergeRepeatedUsers(bool merge) { m_mergeRepeatedUsers = merge; }

    // {"fields": {"email": {...}, ...}, "licenses": [...], "repeatedUsers": "merge"}; fields not mapped and
    // the default "repeatedUsers" are left out.
    [[nodiscard]] QJsonObject toJson() const;
    // Strict (unknown keys refused); on failure returns nullopt and fills *error with the path.
    [[nodiscard]] static std::optional<Mapping> fromJson(const QJsonObject& json, QString* error = nullptr);

    [[nodiscard]] bool operator==(const Mapping& other) const;

private:
    QMap<TargetField, FieldMapping> m_fields; // user-level fields only
    QList<LicenseRule> m_licenseRules;
    bool m_mergeRepeatedUsers = false;
};
