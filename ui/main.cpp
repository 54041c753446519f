#include "common/appinfo.h"
#include "mainwindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    AppInfo::applyToApplication();
    QApplication::setApplicationDisplayName(QObject::tr("Torii Sync"));
    MainWindow window;
    window.show();
    return QApplication::exec();
}
