#include "aboutdialog.h"
#include "guitest.h"
#include "headerbar.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "page.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QFontInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>

// The shell: the window shows offscreen with real text, every step has a page, the destination is always
// visible, geometry survives a restart, and everything interactive has an accessible name.
class tst_MainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsWithRealFont();
    void stepsSwitchPages();
    void headerShowsDestinationOnEveryPage();
    void geometryIsRemembered();
    void interactiveWidgetsHaveAccessibleNames();
    void aboutNamesLicenceAndLibraries();

private:
    MemorySecretStore m_secrets;
};

void tst_MainWindow::initTestCase()
{
    GuiTest::prepare();
}

void tst_MainWindow::showsWithRealFont()
{
    GuiTest::App app(&m_secrets);
    MainWindow& window = app.window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Without fonts Qt silently draws boxes; this is the one check that catches it.
    QVERIFY(!QFontInfo(QApplication::font()).family().isEmpty());
    const QString path = GuiTest::screenshot(&window, QStringLiteral("mainwindow"));
    QVERIFY(!path.isEmpty());
    QVERIFY(QFileInfo(path).size() > 1000);
}

void tst_MainWindow::stepsSwitchPages()
{
    GuiTest::App app(&m_secrets);
    MainWindow& window = app.window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* steps = window.findChild<QListWidget*>(QStringLiteral("stepList"));
    QVERIFY(steps);
    QCOMPARE(steps->count(), static_cast<int>(MainWindow::Step::Count));
    for (int i = 0; i < steps->count(); ++i) {
        steps->setCurrentRow(i);
        QCOMPARE(static_cast<int>(window.currentStep()), i);
        QVERIFY(window.page(window.currentStep())->isVisible());
        QCOMPARE(steps->item(i)->text(), window.page(window.currentStep())->title());
    }
    // Keyboard: Ctrl+3 goes to Map.
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentStep(), MainWindow::Step::Map);
}

void tst_MainWindow::headerShowsDestinationOnEveryPage()
{
    GuiTest::App app(&m_secrets);
    MainWindow& window = app.window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (int i = 0; i < static_cast<int>(MainWindow::Step::Count); ++i) {
        window.showStep(static_cast<MainWindow::Step>(i));
        QVERIFY(window.headerBar()->isVisible());
        QVERIFY(!window.headerBar()->orgText().isEmpty());
        QVERIFY(!window.headerBar()->appAccountText().isEmpty());
    }
}

void tst_MainWindow::geometryIsRemembered()
{
    {
        GuiTest::App app(&m_secrets);
        MainWindow& window = app.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(1180, 820);
        QTRY_COMPARE(window.size(), QSize(1180, 820));
        window.close();
    }
    QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));
    GuiTest::App second(&m_secrets);
    MainWindow& again = second.window;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(1180, 820));
}

void tst_MainWindow::interactiveWidgetsHaveAccessibleNames()
{
    GuiTest::App app(&m_secrets);
    MainWindow& window = app.window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList unnamed;
    const QList<QWidget*> widgets = window.findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        const bool interactive = w->focusPolicy() != Qt::NoFocus && w->isEnabled();
        // Internal children of composite widgets (spin box line edits, view viewports, scroll bars) are
        // announced through their owner.
        // Popups (combo box lists) are their own windows, named through their combo box.
        if (!interactive || w->objectName().startsWith(QLatin1String("qt_")) || w->window() != &window)
            continue;
        if (w->inherits("QAbstractButton") || w->inherits("QComboBox") || w->inherits("QAbstractSpinBox") ||
            w->inherits("QLineEdit") || w->inherits("QAbstractItemView") || w->inherits("QPlainTextEdit")) {
            if (w->parentWidget()->inherits("QAbstractSpinBox") || w->parentWidget()->inherits("QComboBox"))
                continue;
            const bool named = !w->accessibleName().isEmpty() ||
                (w->inherits("QAbstractButton") && !w->property("text").toString().isEmpty());
            if (!named)
                unnamed << QStringLiteral("%1 (%2)").arg(QString::fromLatin1(w->metaObject()->className()),
                                                         w->objectName());
        }
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void tst_MainWindow::aboutNamesLicenceAndLibraries()
{
    GuiTest::App app(&m_secrets);
    MainWindow& window = app.window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction* about = nullptr;
    for (QAction* action : window.menuBar()->findChildren<QAction*>())
        if (action->text() == MainWindow::tr("&About Torii Sync"))
            about = action;
    QVERIFY(about);
    about->trigger();
    AboutDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<AboutDialog*>()) != nullptr && dialog->isVisible());
    auto* licence = dialog->findChild<QLabel*>(QStringLiteral("aboutLicence"));
    QVERIFY(licence);
    QVERIFY(licence->text().contains(QLatin1String("Apache-2.0")));
    auto* libraries = dialog->findChild<QTableWidget*>(QStringLiteral("aboutLibraries"));
    QVERIFY(libraries);
    QStringList names;
    for (int row = 0; row < libraries->rowCount(); ++row) {
        names << libraries->item(row, 0)->text();
        QVERIFY(!libraries->item(row, 1)->text().isEmpty()); // every library names its licence
    }
    QVERIFY(names.join(u',').contains(QLatin1String("QtKeychain")));
    QVERIFY(names.join(u',').contains(QLatin1String("QuaZip")));
    dialog->reject();
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
