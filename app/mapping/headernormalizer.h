#pragma once

#include <QString>
#include <QStringList>

// Turns a header cell into a comparable key: drops a BOM and invisible characters, annotations such as
// "[Required]", "[READ ONLY]", "(UTC)", splits camelCase, folds case and accents, and turns punctuation into
// spaces. "Email Address [Required]" -> "email address"; "lastSignInDateTime" -> "last sign in date time".
// Used by AutoMatcher and preset fingerprints.
class HeaderNormalizer
{
public:
    struct Result
    {
        QString key;     // words separated by one space
        QString compact; // the key without spaces ("emailaddress")
        QStringList words;
        QStringList annotations; // normalised text of the bracketed parts ("read only", "utc")
        bool uploadOnly = false; // "[UPLOAD ONLY]": a column an export leaves empty
        bool utc = false;        // "(UTC)" / "[UTC]" / "UTC" word: dates are in UTC
    };

    [[nodiscard]] static Result normalize(const QString& header);
    [[nodiscard]] static QString key(const QString& header) { return normalize(header).key; }

private:
    [[nodiscard]] static QString fold(const QString& text);
};
