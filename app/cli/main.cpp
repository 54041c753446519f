#include "cli/commandline.h"
#include "cli/console.h"
#include "common/appinfo.h"
#include "common/translations.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    AppInfo::applyToApplication();
    Translations::install();
    Console console;
    CommandLine commandLine;
    return commandLine.run(QCoreApplication::arguments(), console);
}
