#pragma once

#include <QString>

// The window's rich-text labels: translated text stays plain (translators never see markup or colours), and
// this one place escapes it and adds the emphasis and the theme's state colours around it.
namespace RichText
{
    enum class Tone
    {
        Plain,
        Good,    // done, ready
        Warning, // needs a decision
        Error    // blocked, failed
    };

    // The colour a tone is shown in ("" for Plain).
    [[nodiscard]] QString colour(Tone tone);
    // plain, escaped.
    [[nodiscard]] QString text(const QString& plain);
    // plain, escaped, in bold (and the tone's colour).
    [[nodiscard]] QString bold(const QString& plain, Tone tone = Tone::Plain);
    // plain, escaped, in the tone's colour.
    [[nodiscard]] QString tinted(const QString& plain, Tone tone);
    // Joins already rich-text parts into paragraphs separated by a blank line.
    [[nodiscard]] QString paragraphs(const QStringList& parts);
    // Joins already rich-text parts as lines.
    [[nodiscard]] QString lines(const QStringList& parts);
} // namespace RichText
