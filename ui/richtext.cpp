#include "richtext.h"

#include <QStringList>

namespace RichText
{
    QString colour(Tone tone)
    {
        switch (tone) {
        case Tone::Good:
            return QStringLiteral("#1e7a44");
        case Tone::Warning:
            return QStringLiteral("#8a5a08");
        case Tone::Error:
            return QStringLiteral("#b3261e");
        case Tone::Plain:
            break;
        }
        return {};
    }

    QString text(const QString& plain)
    {
        return plain.toHtmlEscaped();
    }

    QString bold(const QString& plain, Tone tone)
    {
        const QString c = colour(tone);
        return c.isEmpty() ? QStringLiteral("<b>%1</b>").arg(text(plain))
                           : QStringLiteral("<b style='color:%1'>%2</b>").arg(c, text(plain));
    }

    QString tinted(const QString& plain, Tone tone)
    {
        const QString c = colour(tone);
        return c.isEmpty() ? text(plain) : QStringLiteral("<span style='color:%1'>%2</span>").arg(c, text(plain));
    }

    QString paragraphs(const QStringList& parts)
    {
        return parts.join(QStringLiteral("<br><br>"));
    }

    QString lines(const QStringList& parts)
    {
        return parts.join(QStringLiteral("<br>"));
    }
} // namespace RichText
