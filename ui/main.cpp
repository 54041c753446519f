#include "appservices.h"
#include "common/appinfo.h"
#include "common/translations.h"
#include "mainwindow.h"
#include "secrets/keychainsecretstore.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    AppInfo::applyToApplication();
    Translations::install();
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Torii Sync"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.torii_sync.ToriiSync"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Sync a SaaS application's user export into Torii."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main", "Start with the built-in sandbox (offline)."));
    parser.addOption(demo);
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("main", "A user export to load (CSV, TSV, XLSX, ODS, XLS, JSON)."),
        QStringLiteral("[FILE]"));
    parser.process(app);

    Theme::apply();
    // Declared in ownership order: the window goes first, then the services it uses, then the keychain.
    KeychainSecretStore secrets;
    AppServices services(&secrets);
    MainWindow window(&services);
    window.show();
    // After show(), so the window is on screen while the sandbox starts and the file is read.
    QTimer::singleShot(0, &window, [&window, &parser, &demo] {
        if (parser.isSet(demo))
            window.startDemo();
        const QStringList files = parser.positionalArguments();
        if (!files.isEmpty())
            window.openFile(files.constFirst());
    });
    return QApplication::exec();
}
