#include "mappage.h"

#include "columndelegate.h"
#include "fieldeditor.h"
#include "import/previewmodel.h"
#include "import/table.h"
#include "licenseeditor.h"
#include "mapping/columnprofiler.h"
#include "mapping/licenseruleedit.h"
#include "mapping/presetstore.h"
#include "mappingcommand.h"
#include "mappingmodel.h"
#include "presetbar.h"
#include "previewgrid.h"
#include "richtext.h"
#include "session.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

MapPage::MapPage(Session* session, const PresetStore* presets, QWidget* parent)
    : Page(tr("Map"),
           tr("Which column feeds which Torii field. Pick a column with F2 or a double-click; every "
              "change can be undone with Ctrl+Z."),
           parent)
    , m_session(session)
    , m_store(presets)
    , m_undo(new QUndoStack(this))
    , m_model(new MappingModel(this))
    , m_preview(new PreviewModel(this))
    , m_presets(new PresetBar(session, presets, this))
    , m_summary(new QLabel(this))
    , m_fieldsView(new QTableView(this))
    , m_fieldEditor(new FieldEditor(this))
    , m_tabs(new QTabWidget(this))
    , m_previewView(new PreviewGrid(this))
    , m_values(m_fieldEditor->valueMapEditor())
    , m_licenses(new LicenseEditor(this))
{
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);

    m_fieldsView->setObjectName(QStringLiteral("fieldsView"));
    m_fieldsView->setAccessibleName(tr("Torii fields and their columns"));
    m_fieldsView->setModel(m_model);
    m_fieldsView->setItemDelegateForColumn(MappingModel::SourceColumn, new ColumnDelegate(m_fieldsView));
    m_fieldsView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::SelectedClicked);
    m_fieldsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fieldsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fieldsView->verticalHeader()->hide();
    m_fieldsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_fieldsView->verticalHeader()->setDefaultSectionSize(m_fieldsView->fontMetrics().height() + 10);
    m_fieldsView->setAlternatingRowColors(true);
    m_fieldsView->setWordWrap(false);
    QHeaderView* header = m_fieldsView->horizontalHeader();
    // Whole rows are selected, so a highlighting header would draw every title bold, wider than its column.
    header->setHighlightSections(false);
    header->setSectionResizeMode(MappingModel::FieldColumn, QHeaderView::ResizeToContents);
    // The samples share what is left, so "Sample (sent)" is in view at 1024 px; each has its full text as tooltip.
    header->resizeSection(MappingModel::SourceColumn, 130);
    header->setSectionResizeMode(MappingModel::ConfidenceColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MappingModel::BeforeColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(MappingModel::AfterColumn, QHeaderView::Stretch);

    m_previewView->setModel(m_preview);
    m_previewView->setObjectName(QStringLiteral("mapPreviewGrid"));
    m_previewView->setAccessibleName(tr("Preview of the file"));

    m_tabs->setAccessibleName(tr("Mapping details"));
    m_tabs->addTab(m_previewView, tr("Pre&view"));
    m_tabs->addTab(m_licenses, tr("&Licences"));

    auto* top = new QWidget(this);
    auto* topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_fieldsView, 3);
    // The field editor scrolls when the window is short (1024x700): its wrapped hints are never squeezed.
    auto* editorScroll = new QScrollArea(this);
    editorScroll->setWidget(m_fieldEditor);
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);
    editorScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    editorScroll->setMinimumWidth(220);
    topLayout->addWidget(editorScroll, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("mapSplitter"));
    splitter->addWidget(top);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    // Small minimums so the page fits 700 px; each part scrolls inside itself.
    top->setMinimumHeight(130);
    m_tabs->setMinimumHeight(110);
    splitter->restoreState(QSettings().value(QStringLiteral("map/splitter")).toByteArray());
    connect(splitter, &QSplitter::splitterMoved, this,
            [splitter] { QSettings().setValue(QStringLiteral("map/splitter"), splitter->saveState()); });

    contentLayout()->addWidget(m_presets);
    contentLayout()->addWidget(m_summary);
    contentLayout()->addWidget(splitter, 1);

    connect(m_session, &Session::tableChanged, this, &MapPage::onTableChanged);
    connect(m_session, &Session::mappingChanged, this, &MapPage::onMappingChanged);
    connect(m_session, &Session::presetChanged, this, &MapPage::updateSummary);
    connect(m_model, &MappingModel::columnEdited, this, &MapPage::setColumn);
    connect(m_fieldsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MapPage::showSelectedField);
    connect(m_fieldEditor, &FieldEditor::edited, this,
            [this](TargetField field, const FieldMapping& fm, const QString& text) {
                Mapping after = m_session->mapping();
                after.setField(field, fm);
                change(after, text);
            });
    connect(m_values, &ValueMapEditor::mapEdited, this, [this](const QMap<QString, QString>& map) {
        Mapping after = m_session->mapping();
        FieldMapping status = after.field(TargetField::Status);
        status.valueMap = map;
        after.setField(TargetField::Status, status);
        change(after, tr("Status values"));
    });
    connect(m_licenses, &LicenseEditor::ruleEdited, this, [this](const LicenseRule& rule, const QString& text) {
        Mapping after = m_session->mapping();
        after.setLicenseRules(LicenseRuleEdit::withFirst(after.licenseRules(), rule));
        change(after, text);
    });
    connect(m_presets, &PresetBar::presetChosen, this, &MapPage::applyPreset);
    connect(m_presets, &PresetBar::autoMatchChosen, this, &MapPage::autoMatch);
    connect(m_presets, &PresetBar::presetSaved, this, [this](const QString& name) {
        m_basis = m_session->mapping();
        m_savedAs = name; // saving is confirmed in the summary line until the next change
        updateSummary();
    });
    m_samples.onFinished([this](const MappingPreview& preview) {
        m_model->setSamples(preview.before, preview.after);
        emit completeChanged();
    });
    m_statusValues.onFinished([this](const QList<DistinctValue>& values) {
        m_values->setValues(m_statusColumn, values, m_session->mapping().field(TargetField::Status).valueMap);
        orderTabs();
        updateSummary();
    });
    setTabOrder(m_presets, m_fieldsView);
    orderTabs();
    updateSummary();
}

MapPage::~MapPage() = default;

bool MapPage::isComplete() const
{
    return m_session->table() != nullptr && m_session->mapping().unmappedRequired().isEmpty();
}

QString MapPage::nextText() const
{
    return tr("Continue to &Review");
}

bool MapPage::isBusy() const
{
    return m_samples.isRunning() || m_statusValues.isRunning();
}

void MapPage::setColumn(TargetField field, const QString& column)
{
    Mapping after = m_session->mapping();
    if (column.isEmpty())
        after.clear(field);
    else
        after.setColumn(field, column);
    MappingCommand::State state = currentState();
    state.mapping = after;
    state.origins.insert(field, {0.0, tr("Manual"), tr("Chosen by you")});
    change(std::move(state),
           column.isEmpty() ? tr("Unmap %1").arg(ToriiSchema::info(field).label())
                            : tr("Map %1 to %2").arg(ToriiSchema::info(field).label(), column));
}

void MapPage::autoMatch()
{
    // Headers and what a sample of the cells holds (profiled when the table arrived).
    const AutoMatchResult result = AutoMatcher::match(m_columns, m_session->columnProfiles());
    m_shapeNote = result.shapeNote;
    MappingCommand::State state = currentState();
    state.mapping = result.mapping;
    state.presetName.clear();
    state.origins.clear();
    for (const FieldMatch& m : result.matches)
        state.origins.insert(m.field, {m.confidence, tr("Auto %1%").arg(qRound(m.confidence * 100)), m.reason});
    m_basis = state.mapping;
    m_savedAs.clear();
    change(std::move(state), tr("Auto-match"));
    m_presets->refresh(m_presets->suggested());
}

void MapPage::applyPreset(const Preset& preset)
{
    MappingCommand::State state = currentState();
    state.mapping = preset.mapping;
    state.presetName = preset.name;
    state.policy = preset.policy;
    state.maxInvalidPercent = preset.maxInvalidPercent;
    state.origins.clear();
    for (const FieldInfo& f : ToriiSchema::fields())
        state.origins.insert(f.field, {0.0, tr("Preset"), tr("From the preset “%1”").arg(preset.name)});
    m_basis = state.mapping;
    m_savedAs.clear();
    change(std::move(state), tr("Preset %1").arg(preset.name));
    m_presets->refresh(m_presets->suggested());
}

MappingCommand::State MapPage::currentState() const
{
    return {m_session->mapping(), m_session->presetName(), m_session->policy(), m_session->maxInvalidPercent(),
            m_model->origins()};
}

void MapPage::change(const Mapping& after, const QString& text)
{
    MappingCommand::State state = currentState();
    state.mapping = after;
    change(std::move(state), text);
}

void MapPage::change(MappingCommand::State after, const QString& text)
{
    if (after.mapping == m_session->mapping()) {
        // Nothing to undo (e.g. a preset identical to the mapping), but its name and labels still apply.
        MappingCommand::apply(m_session, m_model, after);
        return;
    }
    m_undo->push(new MappingCommand(m_session, m_model, currentState(), std::move(after), text));
}

void MapPage::onTableChanged()
{
    const auto table = m_session->table();
    m_previewStale = true;
    if (isVisible())
        enter();
    const QStringList columns = table ? table->columnNames() : QStringList();
    // The cells of at most ColumnProfiler::SampleRows rows (a few ms on 1M rows): the column picker shows
    // them, auto-match weighs them, the warnings about blank mapped columns use them.
    m_session->setColumnProfiles(table ? ColumnProfiler::profile(*table) : QList<ColumnProfile>());
    m_model->setProfiles(m_session->columnProfiles());
    if (columns == m_columns) {
        startSamples(); // same header re-read (dialect change): keep the mapping, refresh the samples
        startStatusValues();
        return;
    }
    m_columns = columns;
    m_shapeNote.clear();
    m_model->setColumns(columns);
    m_fieldEditor->setColumns(columns);
    m_licenses->setColumns(columns);
    m_undo->clear();
    // A new export: the preset made for this header, when there is one, else auto-match.
    const std::optional<Preset> suggested = m_store->findForHeader(columns);
    m_presets->refresh(suggested ? suggested->name : QString());
    if (suggested)
        applyPreset(*suggested);
    else
        autoMatch();
    m_undo->clear(); // the starting point is not an edit to undo
    onMappingChanged();
    m_fieldsView->setCurrentIndex(m_model->index(0, MappingModel::SourceColumn));
    // A new export starts with the "Torii field" column in view, not where the last file's grid was left.
    m_fieldsView->horizontalScrollBar()->setValue(0);
    m_fieldsView->verticalScrollBar()->setValue(0);
    emit completeChanged();
}

void MapPage::enter()
{
    if (m_previewStale) {
        m_previewStale = false;
        m_preview->setTable(m_session->table());
        m_previewView->scrollHome();
    }
}

void MapPage::onMappingChanged()
{
    const Mapping& mapping = m_session->mapping();
    m_model->setMapping(mapping);
    showSelectedField();
    m_licenses->showRule(mapping.licenseRules().value(0));
    m_values->setMap(mapping.field(TargetField::Status).valueMap);
    startSamples();
    if (mapping.column(TargetField::Status) != m_statusColumn)
        startStatusValues();
    updateSummary();
    emit completeChanged();
}

void MapPage::orderTabs()
{
    // The fields, then the transform panel as drawn (its status choices are made anew for every status column,
    // and a new widget lands at the end of the window's order), then the tabs below.
    QWidget* previous = m_fieldsView;
    for (QWidget* w : m_fieldEditor->tabOrder()) {
        setTabOrder(previous, w);
        previous = w;
    }
    setTabOrder(previous, m_tabs);
}

void MapPage::showSelectedField()
{
    const QModelIndex current = m_fieldsView->currentIndex();
    if (!current.isValid())
        return;
    const TargetField field = m_model->fieldAt(current.row());
    m_fieldEditor->showField(field, m_session->mapping().field(field));
}

void MapPage::startSamples()
{
    const auto table = m_session->table();
    if (!table)
        return;
    // RowMapper decides date orders over the whole column: off the GUI thread for big files.
    m_samples.start(
        [table, mapping = m_session->mapping()](const auto&) { return MappingPreview::of(*table, mapping); });
}

void MapPage::startStatusValues()
{
    const auto table = m_session->table();
    m_statusColumn = m_session->mapping().column(TargetField::Status);
    if (!table || m_statusColumn.isEmpty()) {
        m_values->setValues({}, {}, {});
        return;
    }
    const int column = static_cast<int>(table->columnNames().indexOf(m_statusColumn));
    m_statusValues.start([table, column](const auto&) { return DistinctValues::of(*table, column); });
}

QString MapPage::summaryText() const
{
    return m_summary->text();
}

void MapPage::updateSummary()
{
    if (!m_session->table()) {
        m_summary->setText(tr("Load an export first: its columns appear here."));
        return;
    }
    const QStringList missing = m_session->mapping().unmappedRequired();
    const QString preset = m_session->presetName();
    // Edited: the mapping is no longer the one the preset or auto-match produced.
    const bool edited = m_session->mapping() != m_basis;
    QString origin;
    if (preset.isEmpty())
        origin = edited ? tr("Auto-matched, then changed by you") : tr("Mapped by auto-match");
    else if (edited)
        origin = tr("Preset “%1”, changed by you (not saved)").arg(preset);
    else if (m_savedAs == preset)
        origin = tr("✓ Saved as preset “%1”").arg(preset);
    else
        origin = tr("Preset “%1”").arg(preset);
    QStringList parts {origin.toHtmlEscaped()};
    const auto tone = [](const QString& text, const char* colour) {
        return QStringLiteral("<span style='color:%1'>%2</span>").arg(QLatin1String(colour), text.toHtmlEscaped());
    };
    if (!missing.isEmpty())
        parts << tone(tr("Required and not mapped: %1").arg(missing.join(QStringLiteral(", "))), "#b3261e");
    const int unknown = m_values->unknownCount();
    if (unknown > 0)
        parts << tone(tr("%n unknown status value(s)", nullptr, unknown), "#8a5a08");
    // What auto-match saw in the cells: a device list, no users, mapped columns that are mostly blank.
    QStringList notes;
    if (m_session->presetName().isEmpty() && !m_shapeNote.isEmpty())
        notes << m_shapeNote;
    notes += AutoMatcher::blankColumnWarnings(m_session->mapping(), m_columns, m_session->columnProfiles());
    QString text = parts.join(QStringLiteral(" · "));
    for (const QString& note : std::as_const(notes))
        text += QStringLiteral("<br>") + note.toHtmlEscaped();
    m_summary->setText(text);
}
