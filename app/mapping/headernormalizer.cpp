#include "mapping/headernormalizer.h"

QString HeaderNormalizer::fold(const QString& text)
{
    // Accents off (NFD, drop combining marks), case folded, everything not a letter or digit -> space.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    QChar previous;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_Enclosing)
            continue;
        if (c.isLetterOrNumber()) {
            // camelCase boundary: "lastLogin" -> "last login"
            if (c.isUpper() && previous.isLower())
                out.append(QLatin1Char(' '));
            out.append(c.toCaseFolded());
        } else {
            out.append(QLatin1Char(' '));
        }
        previous = c;
    }
    return out.simplified();
}

HeaderNormalizer::Result HeaderNormalizer::normalize(const QString& header)
{
    Result result;
    QString main;
    QString annotation;
    int depth = 0;
    for (const QChar c : header) {
        const char16_t u = c.unicode();
        if (u == 0xFEFF || u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060)
            continue; // BOM and zero-width characters glued to a header
        if (u == u'[' || u == u'(' || u == u'{') {
            if (depth++ == 0)
                annotation.clear();
            continue;
        }
        if ((u == u']' || u == u')' || u == u'}') && depth > 0) {
            if (--depth == 0) {
                const QString a = fold(annotation);
                if (!a.isEmpty())
                    result.annotations.append(a);
                main.append(QLatin1Char(' '));
            }
            continue;
        }
        if (depth > 0)
            annotation.append(c);
        else
            main.append(c);
    }
    if (depth > 0) // unbalanced: keep the text
        main.append(annotation);
    result.key = fold(main);
    if (result.key.isEmpty() && !result.annotations.isEmpty())
        result.key = result.annotations.takeFirst(); // a header that is all brackets
    result.words = result.key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!result.words.isEmpty() && result.words.constLast() == u"utc") {
        result.utc = true;
        result.words.removeLast();
        result.key = result.words.join(QLatin1Char(' '));
    }
    result.compact = result.words.join(QString());
    for (const QString& a : std::as_const(result.annotations)) {
        if (a == u"utc" || a == u"gmt" || a == u"utc 0" || a == u"utc 00 00")
            result.utc = true;
        if (a == u"upload only")
            result.uploadOnly = true;
    }
    return result;
}
