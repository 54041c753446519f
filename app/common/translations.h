#pragma once

#include <QLocale>
#include <QStringList>

// Installs the translators for a locale: Torii Sync's own catalogues (embedded under :/i18n by
// resources/CMakeLists.txt) and Qt's qtbase catalogue from the system. Called first thing by both main()s.
namespace Translations
{
    // Loads the catalogue for the first of locale.uiLanguages() that Torii Sync ships (so LANGUAGE=fr:de picks
    // German) and installs it on the application, replacing whatever an earlier call installed. Qt's own
    // strings (dialog buttons, shortcuts) follow in the same language when the system has qtbase for it.
    // Returns false, and leaves the built-in English, when no catalogue matches. English has a catalogue of
    // its own that only holds the plural forms of "%n ..." messages; it is installed for English and as the
    // fallback.
    bool install(const QLocale& locale = QLocale());
    // Removes the translators install() put on the application.
    void uninstall();
    // The language Torii Sync currently speaks ("de"), or "en" for the built-in strings.
    [[nodiscard]] QString currentLanguage();
    // Languages with an embedded catalogue, plus "en"; sorted.
    [[nodiscard]] QStringList availableLanguages();
    // Where install() looks for Torii Sync's catalogues (a Qt resource directory).
    [[nodiscard]] QString catalogueDirectory();
} // namespace Translations
