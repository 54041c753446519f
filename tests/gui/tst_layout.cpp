#include "common/translations.h"
#include "fieldeditor.h"
#include "guitest.h"
#include "jobs/jobstore.h"
#include "mainwindow.h"
#include "mappage.h"
#include "mappingmodel.h"
#include "memorysecretstore.h"
#include "reviewpage.h"
#include "session.h"
#include "syncpage.h"
#include "valuemapeditor.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocument>

// The window on small screens and in German (issue 18): at 1024x700 and 1366x768, in English and German, every
// page with a realistic export fits the window's minimum size, shows its main action without scrolling, and no
// button, label, combo box or table header has its text cut or squeezed. Saves a screenshot of every page
// (<build>/screenshots/layout-<lang>-<page>-<size>.png; tests/gui/update-screenshots.sh copies the 1024x700 ones).
class tst_Layout final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void walkEveryPage_data();
    void walkEveryPage();

private:
    MemorySecretStore m_secrets;
};

namespace
{
    bool shown(const QWidget* w, const QWidget* window)
    {
        return w->isVisibleTo(window) && w->width() > 0 && w->height() > 0;
    }

    // Widgets inside a scroll area's viewport below root (table cell editors, list items) scroll by design.
    bool insideScrolledContent(const QWidget* w, const QWidget* root)
    {
        for (const QWidget* p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
            if (const auto* area = qobject_cast<const QAbstractScrollArea*>(p->parentWidget());
                area && area->viewport() == p)
                return true;
        }
        return false;
    }

    QString describe(const QWidget* w, const QString& text)
    {
        return QStringLiteral("%1 \"%2\" (%3x%4)")
            .arg(QString::fromLatin1(w->metaObject()->className()), text.left(60))
            .arg(w->width())
            .arg(w->height());
    }

    // What is cut: each problem names the widget, its text and its size. window may be a part of the window that
    // scrolls (the Map page's transform panel): its own texts are checked, those in tables inside it only when
    // cellWidgets is set (a cell's combo box sits in the table's viewport).
    QStringList clippedTexts(const QWidget* window, bool cellWidgets = false)
    {
        QStringList problems;
        const auto widgets = window->findChildren<QWidget*>();
        for (const QWidget* w : widgets) {
            if (!shown(w, window) || (!cellWidgets && insideScrolledContent(w, window)))
                continue;
            if (const auto* b = qobject_cast<const QAbstractButton*>(w)) {
                // Buttons do not elide: narrower than their size hint cuts the label.
                if (!b->text().isEmpty() && b->width() + 1 < b->sizeHint().width())
                    problems << describe(w, b->text()) + QStringLiteral(" needs width %1").arg(b->sizeHint().width());
            } else if (const auto* l = qobject_cast<const QLabel*>(w)) {
                if (l->text().isEmpty() || !l->pixmap().isNull())
                    continue;
                const QRect room = l->contentsRect();
                if (l->wordWrap()) {
                    const int needed = l->heightForWidth(l->width());
                    if (needed > l->height() + 1)
                        problems << describe(w, l->text()) + QStringLiteral(" needs height %1").arg(needed);
                } else {
                    QString text = l->text();
                    if (l->buddy()) // a mnemonic's '&' is not drawn
                        text = text.replace(QLatin1String("&&"), QLatin1String("\x01"))
                                   .remove(QLatin1Char('&'))
                                   .replace(QLatin1Char('\x01'), QLatin1Char('&'));
                    QTextDocument doc;
                    doc.setDefaultFont(l->font());
                    doc.setDocumentMargin(0);
                    if (Qt::mightBeRichText(text) && l->textFormat() != Qt::PlainText)
                        doc.setHtml(text);
                    else
                        doc.setPlainText(text);
                    const int needed = qCeil(doc.idealWidth()) - l->margin() * 2;
                    if (needed > room.width() + 2)
                        problems << describe(w, l->text()) + QStringLiteral(" needs width %1").arg(needed);
                }
            } else if (const auto* c = qobject_cast<const QComboBox*>(w)) {
                QStyleOptionComboBox option;
                option.initFrom(c);
                option.editable = c->isEditable();
                const QRect field =
                    c->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, c);
                const int needed = c->fontMetrics().horizontalAdvance(c->currentText()) +
                    (c->itemIcon(c->currentIndex()).isNull() ? 0 : c->iconSize().width() + 4);
                if (needed > field.width() + 1)
                    problems << describe(w, c->currentText()) +
                            QStringLiteral(" needs %1 in %2").arg(needed).arg(field.width());
            } else if (const auto* h = qobject_cast<const QHeaderView*>(w)) {
                // Our own column titles; the preview grids show the export's names, cut with a tooltip by design.
                const auto* table = qobject_cast<const QTableView*>(h->parentWidget());
                if (h->orientation() != Qt::Horizontal || !table || !table->model() ||
                    table->objectName() == QLatin1String("previewGrid") ||
                    table->objectName() == QLatin1String("mapPreviewGrid"))
                    continue;
                for (int s = 0; s < h->count(); ++s) {
                    if (h->isSectionHidden(s))
                        continue;
                    const QString text = table->model()->headerData(s, Qt::Horizontal).toString();
                    // A header that highlights the selection draws its titles bold once a row is selected.
                    QFont font = h->font();
                    font.setBold(font.bold() || h->highlightSections());
                    const int needed = QFontMetrics(font).horizontalAdvance(text) + 12; // the theme's padding
                    if (needed > h->sectionSize(s) + 1)
                        problems << describe(w, text) +
                                QStringLiteral(" header section %1 is %2, needs %3")
                                    .arg(s)
                                    .arg(h->sectionSize(s))
                                    .arg(needed);
                }
            }
        }
        return problems;
    }

    // Every text the admin can read on the window: labels, buttons, combo boxes, table headers and cells.
    QStringList visibleTexts(const QWidget* window)
    {
        QStringList texts;
        const auto widgets = window->findChildren<QWidget*>();
        for (const QWidget* w : widgets) {
            if (!w->isVisibleTo(window))
                continue;
            if (const auto* l = qobject_cast<const QLabel*>(w))
                texts << l->text();
            else if (const auto* b = qobject_cast<const QAbstractButton*>(w))
                texts << b->text();
            else if (const auto* box = qobject_cast<const QComboBox*>(w))
                texts << box->currentText();
            else if (const auto* t = qobject_cast<const QAbstractItemView*>(w); t && t->model()) {
                const QAbstractItemModel* m = t->model();
                for (int column = 0; column < m->columnCount(); ++column)
                    texts << m->headerData(column, Qt::Horizontal).toString();
                for (int r = 0; r < std::min(m->rowCount(), 50); ++r) {
                    for (int column = 0; column < m->columnCount(); ++column)
                        texts << m->index(r, column).data().toString();
                }
            }
        }
        return texts;
    }

    // A widget the admin must reach without scrolling or resizing: shown and wholly inside the window.
    bool inView(const QWidget* w, const QWidget* window)
    {
        if (!w || !w->isVisibleTo(window))
            return false;
        const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
        return window->rect().contains(r);
    }
} // namespace

void tst_Layout::initTestCase()
{
    GuiTest::prepare();
}

void tst_Layout::cleanup()
{
    Translations::uninstall();
    QLocale::setDefault(QLocale::c());
}

void tst_Layout::walkEveryPage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
        for (const QSize size : {QSize(1024, 700), QSize(1366, 768)})
            QTest::addRow("%s-%dx%d", qPrintable(language), size.width(), size.height()) << language << size;
    }
}

void tst_Layout::walkEveryPage()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    const QLocale locale(language == QLatin1String("de") ? QLocale::German : QLocale::English,
                         language == QLatin1String("de") ? QLocale::Germany : QLocale::UnitedStates);
    QLocale::setDefault(locale);
    // As main() does: English too has a catalogue (its plural forms).
    QVERIFY(Translations::install(locale));

    GuiTest::App app(&m_secrets);
    MainWindow& window = app.window;
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.startDemo();
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->connection().ready(), 20000);
    window.openFile(QStringLiteral(TORIISYNC_SOURCE_DIR "/tests/gui/data/layout-users.csv"));
    QTRY_VERIFY(window.session()->table() != nullptr);

    const QList<std::pair<MainWindow::Step, QString>> steps {{MainWindow::Step::Connect, QStringLiteral("1-connect")},
                                                             {MainWindow::Step::Load, QStringLiteral("2-load")},
                                                             {MainWindow::Step::Map, QStringLiteral("3-map")},
                                                             {MainWindow::Step::Review, QStringLiteral("4-review")},
                                                             {MainWindow::Step::Sync, QStringLiteral("5-sync")},
                                                             {MainWindow::Step::History, QStringLiteral("6-history")},
                                                             {MainWindow::Step::Jobs, QStringLiteral("7-jobs")}};
    // A saved job, so the Jobs page shows a row (the weekly schedule is the widest text).
    Job job;
    job.name = QStringLiteral("okta-nightly");
    job.profile = QStringLiteral("production");
    job.sourcePath = QStringLiteral(TORIISYNC_SOURCE_DIR "/tests/gui/data");
    job.pattern = QStringLiteral("layout-*.csv");
    job.schedule.kind = JobSchedule::Kind::Weekly;
    job.schedule.time = QTime(2, 30);
    QString error;
    QVERIFY2(JobStore().save(job, &error), qPrintable(error));
    auto* nav = window.findChild<QFrame*>(QStringLiteral("navBar"));
    QVERIFY(nav);
    auto* next = nav->findChild<QPushButton*>(QStringLiteral("primaryButton"));
    QVERIFY(next);
    for (const auto& [step, name] : steps) {
        window.showStep(step);
        if (step == MainWindow::Step::Map) {
            // Status selected: the transform panel holds the value map, the widest thing it shows.
            MappingModel* model = window.mapPage()->mappingModel();
            window.mapPage()->fieldsView()->setCurrentIndex(
                model->index(model->rowOf(TargetField::Status), MappingModel::FieldColumn));
        }
        QTRY_VERIFY(!window.mapPage()->isBusy());
        if (step == MainWindow::Step::Review || step == MainWindow::Step::Sync)
            QTRY_VERIFY(window.session()->hasDryRun());
        QTest::qWait(20); // layouts settle
        const QString where =
            QStringLiteral("%1 at %2x%3 in %4").arg(name).arg(size.width()).arg(size.height()).arg(language);
        // The window fits: its minimum size is within the screen size, and showing the page did not grow it.
        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        if (qEnvironmentVariableIsSet("TORIISYNC_LAYOUT_DEBUG") && minimum.width() > 1024)
            for (QWidget* w : window.findChildren<QWidget*>())
                if (w->minimumSizeHint().width() > 800 && !w->isWindow())
                    qWarning() << w->metaObject()->className() << w->objectName() << w->minimumSizeHint()
                               << (w->parentWidget() ? w->parentWidget()->metaObject()->className() : "");
        QVERIFY2(
            minimum.width() <= 1024 && minimum.height() <= 700,
            qPrintable(QStringLiteral("%1: minimum size %2x%3").arg(where).arg(minimum.width()).arg(minimum.height())));
        QVERIFY2(
            window.size() == size,
            qPrintable(QStringLiteral("%1: window grew to %2x%3").arg(where).arg(window.width()).arg(window.height())));
        // English says "1 row" and "2 rows", never "row(s)".
        QStringList plurals = visibleTexts(&window).filter(QStringLiteral("(s)"));
        plurals.removeDuplicates();
        QVERIFY2(plurals.isEmpty(), qPrintable(where + QStringLiteral(": ") + plurals.join(QStringLiteral("\n  "))));
        const QStringList clipped = clippedTexts(&window);
        QVERIFY2(clipped.isEmpty(), qPrintable(where + QStringLiteral(": ") + clipped.join(QStringLiteral("\n  "))));
        // The main action of the page is on screen without scrolling.
        if (step != MainWindow::Step::History && step != MainWindow::Step::Jobs)
            QVERIFY2(inView(next, &window), qPrintable(where + QStringLiteral(": Continue not in view")));
        if (step == MainWindow::Step::Review) {
            const auto* exportButton = window.reviewPage()->findChild<QPushButton*>(QStringLiteral("exportRejects"));
            QVERIFY(exportButton);
            QVERIFY2(inView(exportButton, &window), qPrintable(where + QStringLiteral(": Export not in view")));
            // The "Changes in Torii" tab fits too, then back to the issues for the screenshot.
            window.reviewPage()->tabs()->setCurrentIndex(1);
            QTest::qWait(20);
            const QSize withDiff = window.minimumSizeHint().expandedTo(window.minimumSize());
            QVERIFY2(
                withDiff.width() <= 1024 && withDiff.height() <= 700 && window.size() == size,
                qPrintable(where +
                           QStringLiteral(": changes tab needs %1x%2").arg(withDiff.width()).arg(withDiff.height())));
            const QStringList diffClipped = clippedTexts(&window);
            QVERIFY2(diffClipped.isEmpty(),
                     qPrintable(where + QStringLiteral(": ") + diffClipped.join(QStringLiteral("\n  "))));
            window.reviewPage()->tabs()->setCurrentIndex(0);
        }
        if (step == MainWindow::Step::Sync)
            QVERIFY2(inView(window.syncPage()->startButton(), &window),
                     qPrintable(where + QStringLiteral(": Start Sync")));
        if (step == MainWindow::Step::Map) {
            // The last column ("Sample (sent)") starts inside the grid without scrolling sideways.
            QTableView* fields = window.mapPage()->fieldsView();
            const int x = fields->columnViewportPosition(MappingModel::AfterColumn);
            QVERIFY2(
                x >= 0 && x + 40 < fields->viewport()->width(),
                qPrintable(where +
                           QStringLiteral(": Sample (sent) at x=%1 of %2").arg(x).arg(fields->viewport()->width())));
            // The transform panel scrolls up and down only: its content fits its width, and nothing in it (the
            // value map's titles and choices included) is cut.
            const auto* panel = window.mapPage()->findChild<FieldEditor*>();
            QVERIFY(panel);
            const ValueMapEditor* values = window.mapPage()->valueMapEditor();
            QVERIFY2(values->isVisibleTo(panel) && values->valueCount() > 1,
                     qPrintable(where + QStringLiteral(": no status values in the transform panel")));
            const auto* area = qobject_cast<const QScrollArea*>(panel->parentWidget()->parentWidget());
            QVERIFY(area);
            if (qEnvironmentVariableIsSet("TORIISYNC_LAYOUT_DEBUG"))
                for (QWidget* w : panel->findChildren<QWidget*>())
                    if (w->isVisibleTo(panel))
                        qWarning() << w->metaObject()->className() << w->minimumSizeHint() << w->sizeHint();
            QVERIFY2(panel->minimumSizeHint().width() <= area->viewport()->width() &&
                         panel->width() <= area->viewport()->width(),
                     qPrintable(where +
                                QStringLiteral(": transform panel needs %1, has %2")
                                    .arg(panel->minimumSizeHint().width())
                                    .arg(area->viewport()->width())));
            const QStringList panelClipped = clippedTexts(panel, true);
            QVERIFY2(panelClipped.isEmpty(),
                     qPrintable(where + QStringLiteral(": ") + panelClipped.join(QStringLiteral("\n  "))));
            // Short words ("On leave") are shown whole beside their row counts, not elided.
            for (const QLabel* label : values->findChildren<QLabel*>()) {
                QVERIFY2(!label->isVisibleTo(panel) || !label->text().contains(QChar(0x2026)),
                         qPrintable(where + QStringLiteral(": value elided to \"%1\"").arg(label->text())));
            }
        }
        QVERIFY(
            !GuiTest::screenshot(
                 &window, QStringLiteral("layout-%1-%2-%3x%4").arg(language, name).arg(size.width()).arg(size.height()))
                 .isEmpty());
    }
}

QTEST_MAIN(tst_Layout)
#include "tst_layout.moc"
