#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>

// How one Torii field is filled from the source columns: the column, and the transforms applied on the way.
// Part of Mapping (and so of presets); edited by the GUI's mapping page, filled by AutoMatcher.
enum class DateOrder
{
    Auto, // decided per column from the values; real ambiguity is flagged
    DMY,
    MDY,
    YMD,
};

enum class EmailExtract
{
    None,
    PrimarySmtp, // M365 "Proxy addresses": the entry prefixed "SMTP:" (upper case) of a '+'-joined list
};

struct FieldMapping
{
    Q_DECLARE_TR_FUNCTIONS(FieldMapping)

public:
    QString column;         // source column name; empty = not mapped
    QString fallbackColumn; // used when the cell in column is empty (M365: UPN when no primary SMTP)
    bool trim = true;
    bool lowercase = false; // always on for email
    EmailExtract extract = EmailExtract::None;
    // Status: raw word (compared case- and punctuation-insensitively) -> "active" | "deleted"; overrides and
    // extends the built-in vendor words. Other text/list fields: raw -> replacement, "" drops the value.
    QMap<QString, QString> valueMap;
    QString separator; // list fields: "" = one value per cell
    DateOrder dateOrder = DateOrder::Auto;
    QString timeZone; // IANA id for dates without a zone; "" = UTC
    QString constant; // used when no column is mapped (e.g. a fixed role)

    [[nodiscard]] bool isMapped() const { return !column.isEmpty() || !constant.isEmpty(); }
    [[nodiscard]] bool operator==(const FieldMapping& other) const = default;

    [[nodiscard]] QJsonObject toJson() const;
    // Strict: an unknown key or a bad value fills *error (with the path) and returns false.
    static bool fromJson(const QJsonObject& json, const QString& path, FieldMapping* out, QString* error);

    [[nodiscard]] static QString dateOrderName(DateOrder order);
    [[nodiscard]] static bool dateOrderFromName(const QString& name, DateOrder* order);
};
