#pragma once

#include "appservices.h"
#include "mainwindow.h"

#include <QString>

class QWidget;
class QMimeData;
class SecretStore;

// Helpers shared by the GUI tests: a clean settings/data sandbox, screenshots into the build tree, and
// synthetic drag and drop (QTest has no API for it; see TOOLCHAIN.md §4).
namespace GuiTest
{
    // The window with its services, built as main() builds them: the services outlive the window. Destroying
    // it closes everything the window used (network, demo sandbox, history connection).
    struct App
    {
        explicit App(SecretStore* secrets)
            : services(secrets)
            , window(&services)
        { }
        AppServices services;
        MainWindow window;
    };

    // QStandardPaths test mode, empty settings, the app's names and theme; call from initTestCase().
    void prepare();
    // Saves widget->grab() as <build>/screenshots/<name>.png; returns the path (empty on failure).
    QString screenshot(QWidget* widget, const QString& name);
    // Sends DragEnter + Drop of a local file to target; returns whether both were accepted.
    bool dropFile(QWidget* target, const QString& path);
    // Shows the window, selects the demo profile, loads and reviews the sample (a name in tests/data/samples or an
    // absolute path) and shows the Sync page ready to start; false (with a warning naming the step) if a step did
    // not happen.
    bool prepareDemoSync(MainWindow& window, const QString& sample);
} // namespace GuiTest
