#include "presetbar.h"

#include "import/table.h"
#include "mapping/presetstore.h"
#include "messagebox.h"
#include "recentfiles.h"
#include "session.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>

PresetBar::PresetBar(Session* session, const PresetStore* presets, QWidget* parent)
    : QFrame(parent)
    , m_session(session)
    , m_store(presets)
    , m_combo(new QComboBox(this))
    , m_save(new QPushButton(QIcon(QStringLiteral(":/icons/save.svg")), tr("&Save"), this))
    , m_saveAs(new QPushButton(tr("Save &As…"), this))
    , m_import(new QPushButton(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import…"), this))
    , m_export(new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), tr("E&xport…"), this))
{
    setObjectName(QStringLiteral("card"));
    m_combo->setObjectName(QStringLiteral("presetCombo"));
    m_combo->setAccessibleName(tr("Preset"));
    m_combo->setMinimumContentsLength(28);
    m_save->setAccessibleName(tr("Save preset"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the mapping into the selected preset (Ctrl+S)"));
    m_saveAs->setAccessibleName(tr("Save preset as"));
    m_import->setAccessibleName(tr("Import preset"));
    m_export->setAccessibleName(tr("Export preset"));
    auto* label = new QLabel(tr("&Preset:"), this);
    label->setBuddy(m_combo);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(label);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_save);
    layout->addWidget(m_saveAs);
    layout->addSpacing(12);
    layout->addWidget(m_import);
    layout->addWidget(m_export);

    connect(m_combo, &QComboBox::activated, this, &PresetBar::onActivated);
    connect(m_save, &QPushButton::clicked, this, &PresetBar::save);
    connect(m_saveAs, &QPushButton::clicked, this, &PresetBar::askName);
    connect(m_import, &QPushButton::clicked, this, &PresetBar::chooseImport);
    connect(m_export, &QPushButton::clicked, this, &PresetBar::chooseExport);
    refresh({});
}

PresetBar::~PresetBar() = default;

void PresetBar::refresh(const QString& suggested)
{
    m_suggested = suggested;
    const QSignalBlocker block(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("Auto-match (no preset)"), QString());
    QStringList warnings;
    const QList<Preset> presets = m_store->list(&warnings);
    for (const Preset& p : presets) {
        QString text = p.bundled ? tr("%1 (built-in)").arg(p.name) : p.name;
        if (p.name == suggested)
            text = tr("%1 — suggested for this file").arg(text);
        m_combo->addItem(text, p.name);
    }
    m_combo->setCurrentIndex(qMax(0, m_combo->findData(m_session->presetName())));
    const bool hasTable = m_session->table() != nullptr;
    for (QWidget* w : {static_cast<QWidget*>(m_combo), static_cast<QWidget*>(m_save), static_cast<QWidget*>(m_saveAs),
                       static_cast<QWidget*>(m_export)})
        w->setEnabled(hasTable);
}

void PresetBar::onActivated(int index)
{
    const QString name = m_combo->itemData(index).toString();
    if (name.isEmpty()) {
        emit autoMatchChosen();
        return;
    }
    QString error;
    const auto preset = m_store->load(name, &error);
    if (!preset) {
        MessageBox::warning(this, tr("Preset not loaded"), error);
        return;
    }
    emit presetChosen(*preset);
}

Preset PresetBar::currentAsPreset(const QString& name) const
{
    Preset preset;
    if (const auto existing = m_store->load(name))
        preset = *existing; // keep its description and vendor
    preset.name = name;
    preset.bundled = false;
    preset.mapping = m_session->mapping();
    preset.policy = m_session->policy();
    if (const auto table = m_session->table())
        preset.fingerprint = Preset::fingerprintOf(table->columnNames());
    const ImportOptions options = m_session->importOptions();
    preset.dialect = {};
    if (options.encoding)
        preset.dialect.encoding = Dialect::encodingName(*options.encoding);
    if (options.delimiter)
        preset.dialect.delimiter = Dialect::delimiterName(*options.delimiter);
    preset.dialect.headerRow = options.headerRow.value_or(0);
    preset.dialect.sheet = options.sheet;
    return preset;
}

void PresetBar::save()
{
    const QString name = m_session->presetName();
    const auto existing = name.isEmpty() ? std::nullopt : m_store->load(name);
    // Built-in presets are read-only: saving one means saving a copy under a new name.
    if (name.isEmpty() || !existing || existing->bundled) {
        askName();
        return;
    }
    saveAs(name);
}

void PresetBar::askName()
{
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save preset"));
    dialog->setLabelText(tr("Preset name:"));
    QString suggestion = m_session->presetName();
    if (suggestion.isEmpty() && m_session->table())
        suggestion = QFileInfo(m_session->sourcePath()).completeBaseName();
    dialog->setTextValue(suggestion);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& text) {
        if (!text.trimmed().isEmpty())
            saveAs(text.trimmed());
    });
    dialog->open();
}

bool PresetBar::saveAs(const QString& name)
{
    QString error;
    if (!m_store->save(currentAsPreset(name), &error)) {
        MessageBox::warning(this, tr("Preset not saved"), error);
        return false;
    }
    m_session->setPresetName(name);
    refresh(m_suggested);
    return true;
}

void PresetBar::chooseImport()
{
    auto* dialog = new QFileDialog(this, tr("Import a preset"), RecentFiles::lastDirectory(),
                                   tr("Torii Sync presets (*.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { importFrom(path); });
    dialog->open();
}

bool PresetBar::importFrom(const QString& path)
{
    QString error;
    const auto preset = m_store->importFile(path, &error);
    if (!preset) {
        MessageBox::warning(this, tr("Preset not imported"), error);
        return false;
    }
    m_session->setPresetName(preset->name);
    refresh(m_suggested);
    emit presetChosen(*preset);
    return true;
}

void PresetBar::chooseExport()
{
    const QString name = m_session->presetName();
    auto* dialog = new QFileDialog(this, tr("Export the preset"),
                                   RecentFiles::lastDirectory() + QLatin1Char('/') +
                                       PresetStore::fileNameFor(name.isEmpty() ? tr("mapping") : name),
                                   tr("Torii Sync presets (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { exportTo(path); });
    dialog->open();
}

bool PresetBar::exportTo(const QString& path)
{
    QString error;
    QString name = m_session->presetName();
    // An unsaved mapping is exported as what it is now: save it first under its name.
    const auto stored = name.isEmpty() ? std::nullopt : m_store->load(name);
    if (name.isEmpty() || !stored || stored->mapping != m_session->mapping()) {
        if (name.isEmpty() || (stored && stored->bundled))
            name = QFileInfo(path).completeBaseName();
        if (!saveAs(name))
            return false;
    }
    if (!m_store->exportTo(name, path, &error)) {
        MessageBox::warning(this, tr("Preset not exported"), error);
        return false;
    }
    return true;
}
