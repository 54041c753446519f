#include "cli/commandline.h"
#include "cli/console.h"
#include "common/appinfo.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    AppInfo::applyToApplication();
    Console console;
    CommandLine commandLine;
    return commandLine.run(QCoreApplication::arguments(), console);
}
