#include "common/translations.h"
#include "fieldeditor.h"
#include "guitest.h"
#include "import/table.h"
#include "mainwindow.h"
#include "mappage.h"
#include "mapping/presetstore.h"
#include "mappingmodel.h"
#include "memorysecretstore.h"
#include "presetbar.h"
#include "samples.h"
#include "session.h"
#include "validate/mappeduser.h"
#include "validate/rowmapper.h"
#include "valuemapeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

// Mapping: each sample dropped on the window is auto-mapped (or gets its preset); a changed mapping saved
// as a preset is written and offered again for the same export; undo/redo walk the changes.
class tst_MapPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void autoMapping_data();
    void autoMapping();
    void changeSaveAndReoffer();
    void undoRedo();
    void undoPresetRestoresNameAndLabels();
    void exportImport();
    void columnPickerShowsCells();
    void lowercaseOnlyForTextFields();
    void statusValuesInThePanel();

private:
    void load(MainWindow& window, const QString& file);
    MemorySecretStore m_secrets;
};

void tst_MapPage::initTestCase()
{
    GuiTest::prepare();
    // As main() does: English has a catalogue too (its plural forms: "11 rows", not "11 row(s)").
    QVERIFY(Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)));
    // Start from no user presets so the suggestion comes from what the test saves.
    QDir(PresetStore().directory()).removeRecursively();
}

void tst_MapPage::load(MainWindow& window, const QString& file)
{
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString path = QDir::isAbsolutePath(file) ? file : Samples::path(file);
    QVERIFY(GuiTest::dropFile(window.centralWidget(), path));
    QTRY_VERIFY(window.session()->table() != nullptr);
    QTRY_VERIFY(!window.mapPage()->isBusy());
}

void tst_MapPage::autoMapping_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("emailColumn");
    QTest::addColumn<QString>("statusColumn");
    QTest::newRow("google") << QStringLiteral("google-workspace-users.csv")
                            << QStringLiteral("Email Address [Required]") << QStringLiteral("Status [READ ONLY]");
    QTest::newRow("okta") << QStringLiteral("okta-users.csv") << QStringLiteral("Login") << QStringLiteral("Status");
    QTest::newRow("slack") << QStringLiteral("slack-members.csv") << QStringLiteral("email")
                           << QStringLiteral("status");
    QTest::newRow("zoom") << QStringLiteral("zoom-users.csv") << QStringLiteral("Email")
                          << QStringLiteral("User Status");
    QTest::newRow("google xlsx") << QStringLiteral("google-workspace-users.xlsx")
                                 << QStringLiteral("Email Address [Required]") << QStringLiteral("Status [READ ONLY]");
}

void tst_MapPage::autoMapping()
{
    QFETCH(QString, file);
    QFETCH(QString, emailColumn);
    QFETCH(QString, statusColumn);
    GuiTest::App app(&m_secrets);
    MainWindow& window = app.window;
    load(window, file);
    window.showStep(MainWindow::Step::Map);
    const Mapping& mapping = window.session()->mapping();
    QCOMPARE(mapping.column(TargetField::Email), emailColumn);
    QCOMPARE(mapping.column(TargetField::Status), statusColumn);
    // The grid shows it: the email row's column cell, a confidence and samples before/after.
    MappingModel* model = window.mapPage()->mappingModel();
    const int row = model->rowOf(TargetField::Email);
    QCOMPARE(model->index(row, MappingModel::SourceColumn).data().toString(), emailColumn);
    QVERIFY(!model->index(row, MappingModel::ConfidenceColumn).data().toString().isEmpty());
    QVERIFY(!model->index(row, MappingModel::BeforeColumn).data().toString().isEmpty());
    QTRY_VERIFY(!model->index(row, MappingModel::AfterColumn).data().toString().isEmpty());
    QVERIFY(window.mapPage()->isComplete());
    if (file == QLatin1String("google-workspace-users.csv")) {
        // The status values are in the transform panel while Status is the selected field.
        QTableView* view = window.mapPage()->fieldsView();
        view->setCurrentIndex(model->index(model->rowOf(TargetField::Status), MappingModel::FieldColumn));
        ValueMapEditor* values = window.mapPage()->valueMapEditor();
        QTRY_VERIFY(values->valueCount() > 0);
        QVERIFY(values->isVisibleTo(window.mapPage()));
        // The panel makes room for the values (it scrolls): no choice is squeezed once the layout has settled.
        for (const QWidget* choice : values->choices())
            QTRY_VERIFY(choice->height() >= choice->sizeHint().height());
        GuiTest::screenshot(&window, QStringLiteral("map-status-values"));
        view->setCurrentIndex(model->index(row, MappingModel::FieldColumn));
        QVERIFY(!values->isVisibleTo(window.mapPage()));
        GuiTest::screenshot(&window, QStringLiteral("map"));
    }
}

void tst_MapPage::changeSaveAndReoffer()
{
    const QString file = QStringLiteral("okta-users.csv");
    {
        GuiTest::App app(&m_secrets);
        MainWindow& window = app.window;
        load(window, file);
        window.showStep(MainWindow::Step::Map);
        QVERIFY(window.session()->presetName().isEmpty() ||
                window.session()->presetName().contains(QLatin1String("Okta"), Qt::CaseInsensitive));
        // Change a mapping through the column picker (the real delegate + model path).
        MappingModel* model = window.mapPage()->mappingModel();
        const QModelIndex idCell = model->index(model->rowOf(TargetField::Id), MappingModel::SourceColumn);
        QVERIFY(model->setData(idCell, QStringLiteral("User")));
        QCOMPARE(window.session()->mapping().column(TargetField::Id), QStringLiteral("User"));
        // Save on a built-in preset (or the auto-match) saves a copy: it asks for a name like a user would see.
        QPushButton* save = window.mapPage()->presetBar()->saveButton();
        QVERIFY2(save->text().contains(QLatin1String("Copy")), qPrintable(save->text()));
        save->click();
        QInputDialog* prompt = nullptr;
        QTRY_VERIFY((prompt = window.mapPage()->presetBar()->findChild<QInputDialog*>()) != nullptr);
        prompt->setTextValue(QStringLiteral("Okta with user ids"));
        prompt->accept();
        QTRY_COMPARE(window.session()->presetName(), QStringLiteral("Okta with user ids"));
        QVERIFY(QFile::exists(PresetStore().directory() + QLatin1Char('/') +
                              PresetStore::fileNameFor(QStringLiteral("Okta with user ids"))));
    }
    // The same export again: the saved preset is suggested, selected and applied.
    GuiTest::App app(&m_secrets);
    MainWindow& window = app.window;
    load(window, file);
    QCOMPARE(window.session()->presetName(), QStringLiteral("Okta with user ids"));
    QCOMPARE(window.session()->mapping().column(TargetField::Id), QStringLiteral("User"));
    QComboBox* combo = window.mapPage()->presetBar()->combo();
    QCOMPARE(combo->currentData().toString(), QStringLiteral("Okta with user ids"));
    QVERIFY(combo->currentText().contains(QStringLiteral("suggested")));
    // The saved preset ties with the built-in Okta on this header: the window and `inspect` (which asks the
    // store directly) pick the same one.
    const std::optional<Preset> forInspect = PresetStore().findForHeader(window.session()->table()->columnNames());
    QVERIFY(forInspect);
    QCOMPARE(forInspect->name, window.session()->presetName());
}

void tst_MapPage::undoRedo()
{
    GuiTest::App app(&m_secrets);
    MainWindow& window = app.window;
    load(window, QStringLiteral("zoom-users.csv"));
    window.showStep(MainWindow::Step::Map);
    const Mapping original = window.session()->mapping();
    window.mapPage()->setColumn(TargetField::Email, QString());
    QVERIFY(window.session()->mapping().column(TargetField::Email).isEmpty());
    QVERIFY(!window.mapPage()->isComplete()); // email is required
    window.mapPage()->setColumn(TargetField::Id, QStringLiteral("PMI"));
    QCOMPARE(window.mapPage()->undoStack()->count(), 2);
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(window.session()->mapping() == original);
    QVERIFY(window.mapPage()->isComplete());
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(window.session()->mapping().column(TargetField::Email).isEmpty());
}

void tst_MapPage::undoPresetRestoresNameAndLabels()
{
    // Undoing a preset puts back more than the mapping: the preset's name (the history records it), its
    // invalid-row policy and the Match column's labels.
    GuiTest::App app(&m_secrets);
    MainWindow& window = app.window;
    load(window, QStringLiteral("embedded-newlines.csv")); // no preset fits: auto-matched
    window.showStep(MainWindow::Step::Map);
    MappingModel* model = window.mapPage()->mappingModel();
    const int emailRow = model->rowOf(TargetField::Email);
    const auto matchLabel = [&] { return model->index(emailRow, MappingModel::ConfidenceColumn).data().toString(); };
    const QString autoLabel = matchLabel();
    QVERIFY2(autoLabel.startsWith(QLatin1String("Auto")), qPrintable(autoLabel));
    QVERIFY(window.session()->presetName().isEmpty());
    const Mapping automatic = window.session()->mapping();

    Preset preset;
    preset.name = QStringLiteral("Directory by title");
    preset.mapping = automatic;
    preset.mapping.setColumn(TargetField::FirstName, QStringLiteral("Title"));
    preset.policy = InvalidRowPolicy::SkipInvalidRows;
    window.mapPage()->applyPreset(preset);
    QCOMPARE(window.session()->presetName(), preset.name);
    QCOMPARE(window.session()->policy(), InvalidRowPolicy::SkipInvalidRows);
    QCOMPARE(matchLabel(), QStringLiteral("Preset"));

    window.mapPage()->undoStack()->undo();
    QVERIFY(window.session()->mapping() == automatic);
    QVERIFY(window.session()->presetName().isEmpty());
    QCOMPARE(window.session()->policy(), InvalidRowPolicy::SkipWithinLimit); // the default before the preset
    QCOMPARE(matchLabel(), autoLabel);

    window.mapPage()->undoStack()->redo();
    QCOMPARE(window.session()->presetName(), preset.name);
    QCOMPARE(window.session()->policy(), InvalidRowPolicy::SkipInvalidRows);
    QCOMPARE(matchLabel(), QStringLiteral("Preset"));
}

void tst_MapPage::exportImport()
{
    GuiTest::App app(&m_secrets);
    MainWindow& window = app.window;
    load(window, QStringLiteral("slack-members.csv"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("slack.json"));
    QVERIFY(window.mapPage()->presetBar()->exportTo(path));
    QVERIFY(QFile::exists(path));
    QVERIFY(window.mapPage()->presetBar()->importFrom(path));
    QCOMPARE(window.session()->presetName().toLower(), QStringLiteral("slack"));
}

void tst_MapPage::columnPickerShowsCells()
{
    // An export of the repository's own evaluation set: "state" is empty in every row, "mail" holds addresses.
    GuiTest::App app(&m_secrets);
    MainWindow& window = app.window;
    load(window, QStringLiteral(TORIISYNC_SOURCE_DIR "/tests/mapping/exports/entra-id-users.csv"));
    window.showStep(MainWindow::Step::Map);
    QCOMPARE(window.session()->mapping().column(TargetField::Status), QStringLiteral("accountEnabled"));
    MappingModel* model = window.mapPage()->mappingModel();
    const QModelIndex status = model->index(model->rowOf(TargetField::Status), MappingModel::ConfidenceColumn);
    QVERIFY(status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("yes/no")));

    QTableView* view = window.mapPage()->fieldsView();
    const QModelIndex cell = model->index(model->rowOf(TargetField::Status), MappingModel::SourceColumn);
    view->setCurrentIndex(cell);
    view->edit(cell);
    QComboBox* picker = nullptr;
    QTRY_VERIFY((picker = view->findChild<QComboBox*>()) != nullptr);
    QVERIFY(picker->isEditable());
    QCOMPARE(picker->itemText(picker->findData(QStringLiteral("state"))), QStringLiteral("state — empty"));
    QVERIFY(
        picker->itemText(picker->findData(QStringLiteral("mail"))).contains(QStringLiteral("ana.garcia@contoso.com")));
    QVERIFY(picker->itemText(picker->findData(QStringLiteral("mail"))).contains(QStringLiteral("% blank")));

    // The transform panel shows the time zone for a date field, not for e-mail.
    const auto zone = [&window] {
        for (QComboBox* box : window.mapPage()->findChildren<QComboBox*>()) {
            if (box->accessibleName() == QLatin1String("Time zone of dates without one"))
                return box;
        }
        return static_cast<QComboBox*>(nullptr);
    }();
    QVERIFY(zone);
    view->setCurrentIndex(model->index(model->rowOf(TargetField::LastUsedDate), MappingModel::SourceColumn));
    QTRY_VERIFY(zone->isVisibleTo(window.mapPage()));
    view->setCurrentIndex(model->index(model->rowOf(TargetField::Email), MappingModel::SourceColumn));
    QTRY_VERIFY(!zone->isVisibleTo(window.mapPage()));
}

void tst_MapPage::lowercaseOnlyForTextFields()
{
    // The Map page's own editor (as the window builds it).
    GuiTest::App app(&m_secrets);
    FieldEditor& editor = *app.window.mapPage()->findChild<FieldEditor*>();
    QCheckBox* lowercase = nullptr;
    for (QCheckBox* box : editor.findChildren<QCheckBox*>()) {
        if (box->accessibleName() == FieldEditor::tr("Lower-case"))
            lowercase = box;
    }
    QVERIFY(lowercase);
    editor.showField(TargetField::LastUsedDate, FieldMapping());
    QVERIFY(!lowercase->isVisibleTo(&editor)); // a date's case means nothing
    editor.showField(TargetField::UnassignedAmount, FieldMapping());
    QVERIFY(!lowercase->isVisibleTo(&editor));
    editor.showField(TargetField::Roles, FieldMapping());
    QVERIFY(lowercase->isVisibleTo(&editor));
    QVERIFY(lowercase->isEnabled());
    editor.showField(TargetField::Email, FieldMapping());
    QVERIFY(lowercase->isVisibleTo(&editor));
    QVERIFY(lowercase->isChecked() && !lowercase->isEnabled());
}

void tst_MapPage::statusValuesInThePanel()
{
    // Google's export with a word no built-in knows ("On leave"): the admin decides it in the transform panel,
    // one undo step; the raw word still goes to Torii as the external status.
    GuiTest::App app(&m_secrets);
    MainWindow& window = app.window;
    load(window, QStringLiteral(TORIISYNC_SOURCE_DIR "/tests/gui/data/layout-users.csv"));
    window.showStep(MainWindow::Step::Map);
    MapPage* page = window.mapPage();
    MappingModel* model = page->mappingModel();
    page->fieldsView()->setCurrentIndex(model->index(model->rowOf(TargetField::Status), MappingModel::SourceColumn));
    ValueMapEditor* values = page->valueMapEditor();
    QVERIFY(values->isVisibleTo(page));
    QCOMPARE(values->parentWidget(), page->findChild<FieldEditor*>()); // in the panel, not in a tab of its own
    QTRY_COMPARE(values->valueCount(), 4);                             // Active, Suspended, Archived, On leave
    QCOMPARE(values->unknownCount(), 1);
    QVERIFY(page->summaryText().contains(QStringLiteral("1 unknown status value")));
    QComboBox* onLeave = values->choiceFor(QStringLiteral("On leave"));
    QVERIFY(onLeave);
    QCOMPARE(onLeave->accessibleName(), QStringLiteral("Meaning of On leave"));
    QCOMPARE(onLeave->currentText(), ValueMapEditor::tr("Unknown — choose"));
    // Tab reaches the choices as they are drawn: under the hint, before Trim spaces.
    QList<QWidget*> chain;
    for (QWidget* w = page->fieldsView()->nextInFocusChain(); w && chain.size() < 400; w = w->nextInFocusChain())
        chain << w;
    auto* trim = page->findChild<FieldEditor*>()->findChild<QCheckBox*>();
    QVERIFY(chain.contains(onLeave) && chain.contains(trim));
    QVERIFY(chain.indexOf(onLeave) < chain.indexOf(trim));
    const int before = page->undoStack()->count();
    const int deleted = onLeave->findData(QStringLiteral("deleted"));
    onLeave->setCurrentIndex(deleted);
    emit onLeave->activated(deleted); // what a choice in the list does

    const auto valueMap = [&window] { return window.session()->mapping().field(TargetField::Status).valueMap; };
    QCOMPARE(valueMap().value(QStringLiteral("On leave")), QStringLiteral("deleted"));
    QCOMPARE(page->undoStack()->count(), before + 1);
    QTRY_COMPARE(values->unknownCount(), 0);
    QVERIFY(!page->summaryText().contains(QStringLiteral("unknown status")));
    QCOMPARE(values->choiceFor(QStringLiteral("On leave")), onLeave); // the same choice, still in focus if it was
    QCOMPARE(onLeave->currentData().toString(), QStringLiteral("deleted"));
    // What the payload gets for such a row: status deleted, the raw word kept as the external status.
    const Table& table = *window.session()->table();
    const int statusColumn = static_cast<int>(table.columnNames().indexOf(QStringLiteral("Status [READ ONLY]")));
    qsizetype row = -1;
    for (qsizetype r = 0; r < table.rowCount() && row < 0; ++r) {
        if (table.cell(r, statusColumn) == QLatin1String("On leave"))
            row = r;
    }
    QVERIFY(row >= 0);
    RowMapper mapper(table, window.session()->mapping());
    QVERIFY(mapper.fatal().isEmpty());
    MappedUser user;
    QList<ValidationIssue> issues;
    QVERIFY(mapper.map(row, &user, &issues));
    QCOMPARE(user.status, QByteArrayView("deleted"));
    QCOMPARE(user.externalStatus, QByteArrayView("On leave"));

    // Undo gives the word back to the admin.
    page->undoStack()->undo();
    QVERIFY(!valueMap().contains(QStringLiteral("On leave")));
    QTRY_COMPARE(values->unknownCount(), 1);
    QCOMPARE(onLeave->currentText(), ValueMapEditor::tr("Unknown — choose"));
    // Another field selected: the value map leaves the panel.
    page->fieldsView()->setCurrentIndex(model->index(model->rowOf(TargetField::Email), MappingModel::SourceColumn));
    QVERIFY(!values->isVisibleTo(page));
}

QTEST_MAIN(tst_MapPage)
#include "tst_mappage.moc"
