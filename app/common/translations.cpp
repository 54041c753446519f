#include "common/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

#include <memory>

namespace
{
    const QString cataloguePrefix = QStringLiteral("torii-sync");

    // Owned by the application object (parent), so nothing outlives it; QPointer notices when it went first.
    QPointer<QTranslator> s_appTranslator;
    QPointer<QTranslator> s_qtTranslator;

    void removeTranslator(QPointer<QTranslator>& translator)
    {
        if (!translator)
            return;
        QCoreApplication::removeTranslator(translator);
        delete translator;
        translator = nullptr;
    }
} // namespace

namespace Translations
{
    QString catalogueDirectory()
    {
        return QStringLiteral(":/i18n");
    }

    bool install(const QLocale& locale)
    {
        uninstall();
        auto* app = QCoreApplication::instance();
        if (!app)
            return false;
        auto appTranslator = std::make_unique<QTranslator>(app);
        // QTranslator::load(QLocale, ...) walks locale.uiLanguages(), which on Unix honours LANGUAGE as well
        // as LC_ALL/LC_MESSAGES/LANG, trying "de_DE" before "de".
        if (!appTranslator->load(locale, cataloguePrefix, QStringLiteral("_"), catalogueDirectory())) {
            // No catalogue for this language: the built-in English, with its plural forms ("1 user", not
            // "1 user(s)") from the English catalogue, which holds nothing else.
            if (appTranslator->load(cataloguePrefix + QStringLiteral("_en"), catalogueDirectory())) {
                QCoreApplication::installTranslator(appTranslator.get());
                s_appTranslator = appTranslator.release();
            }
            return false;
        }
        // Qt's own strings in the language the application actually speaks, not the first one asked for:
        // a German UI with French Qt dialogs would be worse than either.
        auto qtTranslator = std::make_unique<QTranslator>(app);
        if (qtTranslator->load(QLocale(appTranslator->language()), QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qtTranslator.get());
            s_qtTranslator = qtTranslator.release();
        }
        QCoreApplication::installTranslator(appTranslator.get());
        s_appTranslator = appTranslator.release();
        return true;
    }

    void uninstall()
    {
        removeTranslator(s_appTranslator);
        removeTranslator(s_qtTranslator);
    }

    QString currentLanguage()
    {
        if (!s_appTranslator)
            return QStringLiteral("en");
        // language() is the .ts file's language attribute: "de" or "de_DE".
        return s_appTranslator->language().section(QLatin1Char('_'), 0, 0);
    }

    QStringList availableLanguages()
    {
        QStringList languages {QStringLiteral("en")};
        const QStringList files =
            QDir(catalogueDirectory()).entryList({cataloguePrefix + QStringLiteral("_*.qm")}, QDir::Files, QDir::Name);
        for (const QString& file : files) {
            const QString language = file.mid(cataloguePrefix.size() + 1).chopped(3);
            if (!languages.contains(language))
                languages.append(language);
        }
        languages.sort();
        return languages;
    }
} // namespace Translations
