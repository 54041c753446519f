#include "mapping/aliastable.h"

#include <QHash>

#include <algorithm>

namespace
{
    using Hint = AliasTable::Hint;

    struct Alias
    {
        TargetField field;
        const char* compact;
        double confidence;
        Hint hint;
    };

    // Compact normalised names (HeaderNormalizer::compact). Confidence reflects how often the name means that
    // field in real exports: "login" is an email in Okta but a user name elsewhere.
    const Alias aliases[] = {
        // email
        {TargetField::Email, "email", 1.0, Hint::None},
        {TargetField::Email, "emailaddress", 1.0, Hint::None},
        {TargetField::Email, "mail", 0.95, Hint::None},
        {TargetField::Email, "emailid", 0.95, Hint::None},
        {TargetField::Email, "useremail", 1.0, Hint::None},
        {TargetField::Email, "useremailaddress", 1.0, Hint::None},
        {TargetField::Email, "workemail", 0.95, Hint::None},
        {TargetField::Email, "businessemail", 0.95, Hint::None},
        {TargetField::Email, "primaryemail", 1.0, Hint::None},
        {TargetField::Email, "primaryemailaddress", 1.0, Hint::None},
        {TargetField::Email, "emailadresse", 1.0, Hint::None},
        {TargetField::Email, "mailadresse", 0.95, Hint::None},
        {TargetField::Email, "courriel", 1.0, Hint::None},
        {TargetField::Email, "adresseemail", 1.0, Hint::None},
        {TargetField::Email, "adressemail", 1.0, Hint::None},
        {TargetField::Email, "correo", 0.95, Hint::None},
        {TargetField::Email, "correoelectronico", 1.0, Hint::None},
        {TargetField::Email, "userprincipalname", 0.85, Hint::None},
        {TargetField::Email, "upn", 0.85, Hint::None},
        {TargetField::Email, "signinname", 0.8, Hint::None},
        {TargetField::Email, "loginemail", 0.95, Hint::None},
        {TargetField::Email, "proxyaddresses", 0.9, Hint::PrimarySmtp},
        {TargetField::Email, "primarysmtpaddress", 0.95, Hint::None},
        {TargetField::Email, "samlnameid", 0.8, Hint::None},
        {TargetField::Email, "login", 0.7, Hint::None},
        {TargetField::Email, "loginname", 0.65, Hint::None},
        {TargetField::Email, "username", 0.55, Hint::None},
        {TargetField::Email, "userlogin", 0.65, Hint::None},
        // id
        {TargetField::Id, "id", 0.95, Hint::None},
        {TargetField::Id, "userid", 1.0, Hint::None},
        {TargetField::Id, "externalid", 1.0, Hint::None},
        {TargetField::Id, "uid", 0.9, Hint::None},
        {TargetField::Id, "accountid", 0.9, Hint::None},
        {TargetField::Id, "memberid", 0.9, Hint::None},
        {TargetField::Id, "personid", 0.85, Hint::None},
        {TargetField::Id, "immutableid", 0.85, Hint::None},
        {TargetField::Id, "objectid", 0.9, Hint::None},
        {TargetField::Id, "guid", 0.8, Hint::None},
        {TargetField::Id, "employeeid", 0.8, Hint::None},
        {TargetField::Id, "employeenumber", 0.75, Hint::None},
        {TargetField::Id, "personalnummer", 0.75, Hint::None},
        {TargetField::Id, "mitarbeiternummer", 0.75, Hint::None},
        {TargetField::Id, "benutzerid", 0.95, Hint::None},
        {TargetField::Id, "identifiant", 0.85, Hint::None},
        // names
        {TargetField::FirstName, "firstname", 1.0, Hint::None},
        {TargetField::FirstName, "givenname", 1.0, Hint::None},
        {TargetField::FirstName, "forename", 1.0, Hint::None},
        {TargetField::FirstName, "first", 0.85, Hint::None},
        {TargetField::FirstName, "fname", 0.85, Hint::None},
        {TargetField::FirstName, "vorname", 1.0, Hint::None},
        {TargetField::FirstName, "prenom", 1.0, Hint::None},
        {TargetField::FirstName, "nombre", 0.9, Hint::None},
        {TargetField::FirstName, "voornaam", 1.0, Hint::None},
        {TargetField::FirstName, "nome", 0.9, Hint::None},
        {TargetField::LastName, "lastname", 1.0, Hint::None},
        {TargetField::LastName, "surname", 1.0, Hint::None},
        {TargetField::LastName, "familyname", 1.0, Hint::None},
        {TargetField::LastName, "last", 0.8, Hint::None},
        {TargetField::LastName, "lname", 0.85, Hint::None},
        {TargetField::LastName, "sn", 0.7, Hint::None},
        {TargetField::LastName, "nachname", 1.0, Hint::None},
        {TargetField::LastName, "familienname", 1.0, Hint::None},
        {TargetField::LastName, "nom", 0.85, Hint::None},
        {TargetField::LastName, "nomdefamille", 1.0, Hint::None},
        {TargetField::LastName, "apellido", 1.0, Hint::None},
        {TargetField::LastName, "apellidos", 1.0, Hint::None},
        {TargetField::LastName, "achternaam", 1.0, Hint::None},
        {TargetField::LastName, "cognome", 1.0, Hint::None},
        {TargetField::FullName, "fullname", 0.95, Hint::None},
        {TargetField::FullName, "name", 0.85, Hint::None},
        {TargetField::FullName, "realname", 0.9, Hint::None},
        {TargetField::FullName, "displayname", 0.8, Hint::None},
        {TargetField::FullName, "username", 0.3, Hint::None},
        {TargetField::FullName, "user", 0.6, Hint::None},
        {TargetField::FullName, "member", 0.55, Hint::None},
        {TargetField::FullName, "employee", 0.55, Hint::None},
        {TargetField::FullName, "person", 0.55, Hint::None},
        {TargetField::FullName, "anzeigename", 0.8, Hint::None},
        {TargetField::FullName, "nomcomplet", 0.95, Hint::None},
        {TargetField::FullName, "nombrecompleto", 0.95, Hint::None},
        // status
        {TargetField::Status, "status", 1.0, Hint::None},
        {TargetField::Status, "userstatus", 1.0, Hint::None},
        {TargetField::Status, "accountstatus", 1.0, Hint::None},
        {TargetField::Status, "memberstatus", 1.0, Hint::None},
        {TargetField::Status, "state", 0.9, Hint::None},
        {TargetField::Status, "userstate", 0.95, Hint::None},
        {TargetField::Status, "accountstate", 0.95, Hint::None},
        {TargetField::Status, "statut", 1.0, Hint::None},
        {TargetField::Status, "estado", 0.95, Hint::None},
        {TargetField::Status, "zustand", 0.8, Hint::None},
        {TargetField::Status, "kontostatus", 1.0, Hint::None},
        {TargetField::Status, "accountenabled", 0.85, Hint::StatusTrueIsActive},
        {TargetField::Status, "enabled", 0.75, Hint::StatusTrueIsActive},
        {TargetField::Status, "isenabled", 0.75, Hint::StatusTrueIsActive},
        {TargetField::Status, "active", 0.7, Hint::StatusTrueIsActive},
        {TargetField::Status, "isactive", 0.7, Hint::StatusTrueIsActive},
        {TargetField::Status, "aktiv", 0.6, Hint::StatusTrueIsActive},
        {TargetField::Status, "signinallowed", 0.85, Hint::StatusTrueIsActive},
        {TargetField::Status, "loginallowed", 0.8, Hint::StatusTrueIsActive},
        {TargetField::Status, "blockcredential", 0.85, Hint::StatusTrueIsDeleted},
        {TargetField::Status, "signinblocked", 0.85, Hint::StatusTrueIsDeleted},
        {TargetField::Status, "blocked", 0.75, Hint::StatusTrueIsDeleted},
        {TargetField::Status, "accountdisabled", 0.85, Hint::StatusTrueIsDeleted},
        {TargetField::Status, "disabled", 0.75, Hint::StatusTrueIsDeleted},
        {TargetField::Status, "suspended", 0.7, Hint::StatusTrueIsDeleted},
        {TargetField::Status, "deactivated", 0.7, Hint::StatusTrueIsDeleted},
        {TargetField::Status, "isdeleted", 0.7, Hint::StatusTrueIsDeleted},
        {TargetField::ExternalStatus, "externalstatus", 1.0, Hint::None},
        // roles
        {TargetField::Roles, "role", 1.0, Hint::None},
        {TargetField::Roles, "roles", 1.0, Hint::None},
        {TargetField::Roles, "userrole", 1.0, Hint::None},
        {TargetField::Roles, "userroles", 1.0, Hint::None},
        {TargetField::Roles, "accountrole", 0.95, Hint::None},
        {TargetField::Roles, "adminroles", 0.9, Hint::None},
        {TargetField::Roles, "adminrole", 0.9, Hint::None},
        {TargetField::Roles, "rolle", 1.0, Hint::None},
        {TargetField::Roles, "rollen", 1.0, Hint::None},
        {TargetField::Roles, "rol", 0.9, Hint::None},
        {TargetField::Roles, "accounttype", 0.7, Hint::None},
        {TargetField::Roles, "accesslevel", 0.65, Hint::None},
        {TargetField::Roles, "permissions", 0.6, Hint::None},
        {TargetField::Roles, "permissionlevel", 0.65, Hint::None},
        {TargetField::Roles, "profile", 0.55, Hint::None},
        // last used
        {TargetField::LastUsedDate, "lastlogin", 1.0, Hint::None},
        {TargetField::LastUsedDate, "lastsignin", 1.0, Hint::None},
        {TargetField::LastUsedDate, "lastlogon", 1.0, Hint::None},
        {TargetField::LastUsedDate, "lastused", 1.0, Hint::None},
        {TargetField::LastUsedDate, "lastuseddate", 1.0, Hint::None},
        {TargetField::LastUsedDate, "lastactivity", 0.95, Hint::None},
        {TargetField::LastUsedDate, "lastactive", 0.95, Hint::None},
        {TargetField::LastUsedDate, "lastseen", 0.95, Hint::None},
        {TargetField::LastUsedDate, "lastauthentication", 0.9, Hint::None},
        {TargetField::LastUsedDate, "lastaccess", 0.95, Hint::None},
        {TargetField::LastUsedDate, "lastaccessed", 0.95, Hint::None},
        {TargetField::LastUsedDate, "letzteanmeldung", 1.0, Hint::None},
        {TargetField::LastUsedDate, "letzteaktivitat", 0.95, Hint::None},
        {TargetField::LastUsedDate, "derniereconnexion", 1.0, Hint::None},
        {TargetField::LastUsedDate, "ultimoacceso", 1.0, Hint::None},
        {TargetField::LastUsedDate, "ultimoinicio", 0.9, Hint::None},
        // licences
        {TargetField::LicenseName, "license", 1.0, Hint::None},
        {TargetField::LicenseName, "licenses", 1.0, Hint::None},
        {TargetField::LicenseName, "licence", 1.0, Hint::None},
        {TargetField::LicenseName, "licences", 1.0, Hint::None},
        {TargetField::LicenseName, "licensename", 1.0, Hint::None},
        {TargetField::LicenseName, "licensetype", 0.9, Hint::None},
        {TargetField::LicenseName, "assignedlicenses", 1.0, Hint::None},
        {TargetField::LicenseName, "plan", 0.85, Hint::None},
        {TargetField::LicenseName, "planname", 0.85, Hint::None},
        {TargetField::LicenseName, "subscription", 0.8, Hint::None},
        {TargetField::LicenseName, "sku", 0.8, Hint::None},
        {TargetField::LicenseName, "skuname", 0.85, Hint::None},
        {TargetField::LicenseName, "product", 0.7, Hint::None},
        {TargetField::LicenseName, "products", 0.7, Hint::None},
        {TargetField::LicenseName, "seattype", 0.8, Hint::None},
        {TargetField::LicenseName, "seat", 0.8, Hint::None},
        {TargetField::LicenseName, "seats", 0.8, Hint::None},
        {TargetField::LicenseName, "productconfiguration", 0.85, Hint::None},
        {TargetField::LicenseName, "productconfigurations", 0.85, Hint::None},
        {TargetField::LicenseName, "licenseassignmentdetails", 0.6, Hint::None},
        {TargetField::LicenseName, "lizenz", 1.0, Hint::None},
        {TargetField::LicenseName, "lizenzen", 1.0, Hint::None},
        {TargetField::LicenseName, "licencia", 1.0, Hint::None},
        {TargetField::LicenseName, "licencias", 1.0, Hint::None},
        {TargetField::LicenseStatus, "licensestatus", 1.0, Hint::None},
        {TargetField::LicenseStatus, "licencestatus", 1.0, Hint::None},
        {TargetField::LicenseStatus, "seatstatus", 0.9, Hint::None},
    };

    bool hasAny(const QStringList& words, std::initializer_list<const char*> list)
    {
        for (const char* w : list) {
            if (words.contains(QLatin1String(w)))
                return true;
        }
        return false;
    }

    // Rules for headers not in the table, by the words they contain.
    void wordRules(const HeaderNormalizer::Result& h, QList<AliasTable::Candidate>* out)
    {
        const QStringList& w = h.words;
        const bool secondary = AliasTable::namesOtherAddress(h);
        if (!secondary && (hasAny(w, {"email", "mail", "e", "courriel"}) || h.compact.contains(QLatin1String("email"))))
            out->append({TargetField::Email, 0.7, Hint::None, AliasTable::tr("header mentions e-mail")});
        if (hasAny(w, {"last", "latest", "letzte", "derniere", "ultimo", "recent"}) &&
            hasAny(w,
                   {"login", "logon", "signin", "sign", "seen", "active", "activity", "used", "use", "access",
                    "accessed", "logged", "anmeldung", "connexion", "acceso", "interactive"}) &&
            !hasAny(w, {"password", "passwort", "change", "changed", "modified", "updated", "dirsync", "sync"}))
            out->append(
                {TargetField::LastUsedDate, 0.8, Hint::None, AliasTable::tr("header names a last sign-in time")});
        if (hasAny(w, {"user", "account", "member", "employee", "person"}) && w.constLast() == u"id" &&
            !hasAny(w, {"manager", "building"}))
            out->append({TargetField::Id, 0.8, Hint::None, AliasTable::tr("header names a user identifier")});
        if (hasAny(w, {"license", "licenses", "licence", "licences", "lizenz", "lizenzen", "sku", "plan"}) &&
            !hasAny(w, {"new", "status", "count", "date", "expiry", "expiration", "cost", "price"}))
            out->append({TargetField::LicenseName, 0.7, Hint::None, AliasTable::tr("header mentions a licence")});
        if (hasAny(w, {"license", "licence", "lizenz", "seat"}) && hasAny(w, {"status", "state"}))
            out->append({TargetField::LicenseStatus, 0.8, Hint::None, AliasTable::tr("header names a licence status")});
        if (hasAny(w, {"role", "roles", "rolle", "rollen"}) && !hasAny(w, {"new", "date", "id"}))
            out->append({TargetField::Roles, 0.75, Hint::None, AliasTable::tr("header mentions roles")});
        if (hasAny(w, {"status", "state"}) &&
            !hasAny(w,
                    {"new", "license", "licence", "seat", "password", "limit", "sync", "mfa", "2sv", "2fa", "email",
                     "mail", "phone"}))
            out->append({TargetField::Status, 0.7, Hint::None, AliasTable::tr("header mentions a status")});
    }
} // namespace

bool AliasTable::namesOtherAddress(const HeaderNormalizer::Result& header)
{
    return hasAny(header.words, {"manager",    "recovery", "secondary",    "alternate", "alt",        "personal",
                                 "home",       "backup",   "new",          "other",     "forwarding", "assistant",
                                 "supervisor", "sponsor",  "notification", "contact",   "owner",      "private",
                                 "inviter",    "invited",  "approver",     "created",   "modified",   "billing"});
}

QList<AliasTable::Candidate> AliasTable::candidates(const HeaderNormalizer::Result& header)
{
    static const QHash<QString, QList<const Alias*>> index = [] {
        QHash<QString, QList<const Alias*>> h;
        for (const Alias& a : aliases)
            h[QLatin1String(a.compact)].append(&a);
        return h;
    }();
    QList<Candidate> out;
    if (header.compact.isEmpty())
        return out;
    for (const Alias* a : index.value(header.compact))
        out.append({a->field, a->confidence, a->hint,
                    tr("\"%1\" is a known name for %2").arg(header.key, ToriiSchema::info(a->field).label())});
    wordRules(header, &out);
    // Keep the best candidate per field; columns an export leaves empty are a poor choice.
    std::stable_sort(out.begin(), out.end(),
                     [](const Candidate& a, const Candidate& b) { return a.confidence > b.confidence; });
    QList<Candidate> best;
    for (Candidate c : std::as_const(out)) {
        const bool seen =
            std::any_of(best.cbegin(), best.cend(), [&c](const Candidate& b) { return b.field == c.field; });
        if (seen)
            continue;
        if (header.uploadOnly)
            c.confidence *= 0.5;
        best.append(c);
    }
    return best;
}
