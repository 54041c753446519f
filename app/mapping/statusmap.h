#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QMap>
#include <QString>

#include <vector>

// Maps vendor status words to Torii's active|deleted (or a licence's active|inactive|deleted): built-in words
// from real consoles (Okta's STAGED..DEPROVISIONED, Google's Suspended, Slack's Deactivated, Zoom's Inactive,
// German/French/Spanish words), overridden and extended per mapping/preset. Words are compared ignoring case,
// '_', '-' and extra spaces. Unknown words map to nothing so the caller can surface them. Used by RowMapper.
class StatusMap
{
public:
    enum class Kind
    {
        User,    // -> active | deleted
        License, // -> active | inactive | deleted
    };

    explicit StatusMap(Kind kind = Kind::User, const QMap<QString, QString>& overrides = {});

    // "active", "deleted", "inactive", or an empty view when the word is unknown. Cached per distinct raw
    // value, so it is cheap on a million rows with a handful of distinct words.
    [[nodiscard]] QByteArrayView map(QByteArrayView raw) const;
    // The built-in default for one word (for the GUI's value-map editor).
    [[nodiscard]] static QString builtIn(Kind kind, const QString& word);
    [[nodiscard]] static QString normalizeWord(const QString& word);

private:
    [[nodiscard]] QByteArrayView lookup(const QString& normalized) const;

    Kind m_kind;
    QMap<QString, QByteArray> m_overrides; // normalised word -> target
    bool m_wordsHaveDigits = false;        // a built-in or overriding word holds a digit ("2fa pending")
    struct CacheEntry
    {
        QByteArray raw;
        QByteArrayView target;
    };
    mutable std::vector<CacheEntry> m_cache; // small: distinct status words of one column
};
