#include "guitest.h"

#include "common/appinfo.h"
#include "mainwindow.h"
#include "samples.h"
#include "session.h"
#include "syncpage.h"
#include "theme.h"

#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>
#include <QWidget>

namespace GuiTest
{
    void prepare()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppInfo::applyToApplication();
        // One settings file and data folder per test executable: ctest runs them in parallel.
        QCoreApplication::setApplicationName(AppInfo::applicationName() + QLatin1Char('-') +
                                             QFileInfo(QCoreApplication::applicationFilePath()).baseName());
        QSettings().clear();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        Theme::apply();
    }

    QString screenshot(QWidget* widget, const QString& name)
    {
        const QString dir = QStringLiteral(TORIISYNC_BINARY_DIR "/screenshots");
        QDir().mkpath(dir);
        const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
        return widget->grab().save(path) ? path : QString();
    }

    bool dropFile(QWidget* target, const QString& path)
    {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint pos = target->rect().center();
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &drop);
        return drop.isAccepted();
    }

    bool prepareDemoSync(MainWindow& window, const QString& sample)
    {
        const auto step = [](bool done, const char* what) {
            if (!done)
                qWarning("prepareDemoSync: %s did not happen", what);
            return done;
        };
        window.resize(1180, 820);
        window.show();
        if (!step(QTest::qWaitForWindowExposed(&window), "window exposed"))
            return false;
        window.startDemo();
        if (!step(QTest::qWaitFor([&window] { return window.session()->connection().ready(); }),
                  "demo connection ready"))
            return false;
        window.openFile(QFileInfo(sample).isAbsolute() ? sample : Samples::path(sample));
        if (!step(QTest::qWaitFor([&window] { return window.session()->table() != nullptr; }), "sample loaded"))
            return false;
        window.showStep(MainWindow::Step::Review);
        if (!step(QTest::qWaitFor([&window] { return window.session()->hasDryRun(); }), "dry run") ||
            !step(window.session()->dryRun().ok, "dry run ok"))
            return false;
        window.showStep(MainWindow::Step::Sync);
        return step(window.syncPage()->startButton()->isEnabled(), "Start Sync enabled");
    }
} // namespace GuiTest
