#include "mapping/statusmap.h"

#include <QHash>

#include <algorithm>
#include <cstring>

namespace
{
    const char* const Active = "active";
    const char* const Deleted = "deleted";
    const char* const Inactive = "inactive";

    // Normalised words (lower case, '_'/'-' as spaces). Pending and locked accounts still exist (they hold a
    // seat), so they count as active; suspended and deactivated ones do not.
    const char* const activeWords[] = {"active",
                                       "activated",
                                       "enabled",
                                       "enable",
                                       "live",
                                       "current",
                                       "normal",
                                       "confirmed",
                                       "verified",
                                       "member",
                                       "owner",
                                       "primary owner",
                                       "workspace owner",
                                       "workspace admin",
                                       "org owner",
                                       "org admin",
                                       "admin",
                                       "administrator",
                                       "multi channel guest",
                                       "single channel guest",
                                       "guest",
                                       "bot",
                                       "app",
                                       "provisioned",
                                       "staged",
                                       "pending",
                                       "pending user action",
                                       "invited",
                                       "invite pending",
                                       "invitation pending",
                                       "recovery",
                                       "password reset",
                                       "password expired",
                                       "locked out",
                                       "locked",
                                       "licensed",
                                       "aktiv",
                                       "eingeladen",
                                       "ausstehend",
                                       "actif",
                                       "activo",
                                       "activa",
                                       "ativo",
                                       "attivo",
                                       "actief",
                                       "invitado",
                                       "invite",
                                       "en attente"};
    const char* const deletedWords[] = {
        "deleted",       "removed",       "deactivated",     "disabled",        "suspended",        "inactive",
        "deprovisioned", "blocked",       "archived",        "terminated",      "revoked",          "offboarded",
        "departed",      "left",          "sign in blocked", "blocked sign in", "account disabled", "gesperrt",
        "deaktiviert",   "inaktiv",       "geloscht",        "entfernt",        "supprime",         "desactive",
        "inactif",       "suspendu",      "eliminado",       "desactivado",     "inactivo",         "suspendido",
        "verwijderd",    "gedeactiveerd", "inactief",        "deleted user"};
    const char* const licenseActive[] = {"active", "assigned", "enabled",  "licensed", "true", "yes", "1",
                                         "on",     "paid",     "billable", "aktiv",    "wahr", "ja"};
    const char* const licenseInactive[] = {"inactive",     "suspended", "disabled", "pending", "unused",
                                           "false",        "no",        "0",        "off",     "warning",
                                           "grace period", "inaktiv",   "falsch",   "nein"};
    const char* const licenseDeleted[] = {"deleted", "removed", "revoked", "unassigned", "expired", "deprovisioned"};

    using Table = QHash<QString, const char*>;

    const Table& builtInTable(StatusMap::Kind kind)
    {
        static const Table user = [] {
            Table t;
            for (const char* w : activeWords)
                t.insert(QLatin1String(w), Active);
            for (const char* w : deletedWords)
                t.insert(QLatin1String(w), Deleted);
            return t;
        }();
        static const Table license = [] {
            Table t;
            for (const char* w : licenseActive)
                t.insert(QLatin1String(w), Active);
            for (const char* w : licenseInactive)
                t.insert(QLatin1String(w), Inactive);
            for (const char* w : licenseDeleted)
                t.insert(QLatin1String(w), Deleted);
            return t;
        }();
        return kind == StatusMap::Kind::User ? user : license;
    }

    QByteArrayView canonical(const QString& target)
    {
        if (target == QLatin1String(Active))
            return QByteArrayView(Active);
        if (target == QLatin1String(Deleted))
            return QByteArrayView(Deleted);
        if (target == QLatin1String(Inactive))
            return QByteArrayView(Inactive);
        return QByteArrayView();
    }

    bool hasDigit(QStringView word)
    {
        return std::any_of(word.begin(), word.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    }

    bool builtInWordHasDigit(StatusMap::Kind kind)
    {
        const Table& t = builtInTable(kind);
        return std::any_of(t.keyBegin(), t.keyEnd(), [](const QString& w) { return hasDigit(w); });
    }
} // namespace

StatusMap::StatusMap(Kind kind, const QMap<QString, QString>& overrides)
    : m_kind(kind)
{
    static const bool userDigits = builtInWordHasDigit(Kind::User);
    static const bool licenseDigits = builtInWordHasDigit(Kind::License);
    m_wordsHaveDigits = kind == Kind::User ? userDigits : licenseDigits;
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        const QString target = it.value().trimmed().toLower();
        const QString word = normalizeWord(it.key());
        m_wordsHaveDigits = m_wordsHaveDigits || hasDigit(word);
        m_overrides.insert(word, target.toUtf8());
    }
}

QString StatusMap::normalizeWord(const QString& word)
{
    // Accents folded so "Gelöscht" and "GELOESCHT"-less spellings meet; punctuation to spaces.
    const QString decomposed = word.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber())
            out.append(c.toLower());
        else
            out.append(QLatin1Char(' '));
    }
    return out.simplified();
}

QString StatusMap::builtIn(Kind kind, const QString& word)
{
    const char* target = builtInTable(kind).value(normalizeWord(word), nullptr);
    return target ? QLatin1String(target) : QString();
}

QByteArrayView StatusMap::lookup(const QString& normalized) const
{
    const auto it = m_overrides.constFind(normalized);
    if (it != m_overrides.constEnd()) {
        const QByteArrayView c = canonical(QString::fromUtf8(*it));
        if (!c.isEmpty())
            return c;
    }
    const char* target = builtInTable(m_kind).value(normalized, nullptr);
    return target ? QByteArrayView(target) : QByteArrayView();
}

QByteArrayView StatusMap::map(QByteArrayView raw) const
{
    // The cache first: a status column repeats a few words (the digit test below would scan every byte of
    // them on every row), and a cached word passed that test when it was added.
    for (const CacheEntry& e : m_cache) {
        if (e.raw.size() == raw.size() && std::memcmp(e.raw.constData(), raw.data(), raw.size()) == 0)
            return e.target;
    }
    // normalizeWord() keeps ASCII digits, so a cell with one ("E-0012", a date) is no word when no word has
    // one: answered before the Unicode normalisation (ColumnProfiler asks for every cell).
    if (!m_wordsHaveDigits && std::any_of(raw.begin(), raw.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return {};
    const QByteArrayView target = lookup(normalizeWord(QString::fromUtf8(raw)));
    if (m_cache.size() < 256)
        m_cache.push_back({raw.toByteArray(), target});
    return target;
}
