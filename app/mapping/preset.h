#pragma once

#include "mapping/invalidrowpolicy.h"
#include "mapping/mapping.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

struct ImportOptions;

// Reading settings a preset forces instead of detecting (ImportOptions-compatible, stored as names).
struct PresetDialect
{
    QString encoding;  // "UTF-8", "Windows-1252", ... (Dialect::encodingName); empty = detect
    QString delimiter; // "," ";" "tab" ...; empty = detect
    int headerRow = 0; // 1-based; 0 = detect
    QString sheet;     // XLSX sheet; empty = first

    [[nodiscard]] bool isEmpty() const
    {
        return encoding.isEmpty() && delimiter.isEmpty() && !headerRow && sheet.isEmpty();
    }
    [[nodiscard]] bool operator==(const PresetDialect& other) const = default;
};

// A saved mapping for one vendor's export: versioned, human-readable JSON with no secrets (documented in
// README "Preset format"). Bundled presets live in resources/presets; PresetStore keeps the user's own.
class Preset
{
    Q_DECLARE_TR_FUNCTIONS(Preset)

public:
    // Version 2 added "removalGuard"; a preset without it is still written as version 1, so older versions of
    // Torii Sync keep reading it.
    static constexpr int FormatVersion = 2;
    static constexpr const char* FormatTag = "torii-sync-preset";

    QString name;
    QString description;
    QString vendor;
    int formatVersion = FormatVersion;
    PresetDialect dialect;
    Mapping mapping;
    // Normalised header names of the export this preset was made for (HeaderNormalizer::key).
    QStringList fingerprint;
    InvalidRowPolicy policy = InvalidRowPolicy::SkipWithinLimit;
    double maxInvalidPercent = InvalidRowPolicies::DefaultMaxInvalidPercent; // for SkipWithinLimit
    // The removal guard's thresholds for this vendor's exports (RemovalGuard: stop when more than this % of the
    // account's users, and at least this many, would be removed or deactivated); unset: the profile's. A sync
    // flag or a job's value wins over these (GuardThresholds::resolve).
    std::optional<int> guardPercent;
    std::optional<int> guardMinimum;
    bool bundled = false; // set by PresetStore, not stored in the file

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QByteArray toJsonBytes() const; // indented, stable key order
    // Refuses a newer formatVersion, a foreign file and unknown fields with a message naming the problem.
    [[nodiscard]] static std::optional<Preset> fromJson(const QJsonObject& json, QString* error);
    [[nodiscard]] static std::optional<Preset> fromJsonBytes(const QByteArray& bytes, QString* error);

    // Overrides for TableReader; fails (with *error) on an encoding or delimiter name the reader does not know.
    [[nodiscard]] bool toImportOptions(ImportOptions* options, QString* error = nullptr) const;

    // Fingerprint of a header (normalised names, in order).
    [[nodiscard]] static QStringList fingerprintOf(const QStringList& columnNames);
    // How well this preset fits a header: 0..1 (share of fingerprint names present; 0 when a column the
    // mapping needs for a required field is missing).
    [[nodiscard]] double matchScore(const QStringList& columnNames) const;

private:
    [[nodiscard]] static bool readGuard(const QJsonObject& json, Preset* p, QString* error);
};
