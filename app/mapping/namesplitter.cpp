#include "mapping/namesplitter.h"

#include <QStringList>

namespace
{
    bool isCjk(const QString& text)
    {
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if ((u >= 0x3040 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7AF))
                return true;
        }
        return false;
    }
} // namespace

NameSplitter::Parts NameSplitter::split(const QString& fullName)
{
    QString name = fullName.simplified();
    // "(Guest)", "(Example Partners)": annotations, not name parts.
    while (name.endsWith(QLatin1Char(')'))) {
        const qsizetype open = name.lastIndexOf(QLatin1Char('('));
        if (open <= 0)
            break;
        name = name.left(open).trimmed();
    }
    Parts parts;
    const qsizetype comma = name.indexOf(QLatin1Char(','));
    if (comma > 0) {
        const QString after = name.mid(comma + 1).trimmed();
        // "Smith, Jr." is a suffix, not "Last, First".
        static const QStringList suffixes = {QStringLiteral("jr"),  QStringLiteral("jr."), QStringLiteral("sr"),
                                             QStringLiteral("sr."), QStringLiteral("ii"),  QStringLiteral("iii"),
                                             QStringLiteral("phd"), QStringLiteral("md")};
        if (!suffixes.contains(after.toLower())) {
            parts.last = name.left(comma).trimmed();
            parts.first = after;
            return parts;
        }
    }
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return parts;
    if (words.size() == 1) {
        parts.first = words.first();
        return parts;
    }
    if (isCjk(name)) {
        parts.last = words.first();
        parts.first = words.mid(1).join(QLatin1Char(' '));
    } else {
        parts.first = words.first();
        parts.last = words.mid(1).join(QLatin1Char(' '));
    }
    return parts;
}
