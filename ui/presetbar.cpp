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
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>

PresetBar::PresetBar(Session* session, const PresetStore* presets, QWidget* parent)
    : QFrame(parent)
    , m_session(session)
    , m_store(presets)
    , m_combo(new QComboBox(this))
    , m_save(new QPushButton(QIcon(QStringLiteral(":/icons/save.svg")), tr("&Save"), this))
    , m_more(new QPushButton(tr("&More"), this))
    , m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("card"));
    m_combo->setObjectName(QStringLiteral("presetCombo"));
    m_combo->setAccessibleName(tr("Preset"));
    m_combo->setMinimumContentsLength(16);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_save->setShortcut(QKeySequence::Save);
    m_more->setAccessibleName(tr("More preset actions"));
    m_more->setMenu(m_menu);
    m_menu->addAction(tr("Save &As…"), this, &PresetBar::askName);
    m_rename = m_menu->addAction(tr("&Rename…"), this, &PresetBar::askRename);
    m_delete =
        m_menu->addAction(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("&Delete…"), this, &PresetBar::confirmRemove);
    m_menu->addSeparator();
    m_menu->addAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import…"), this, &PresetBar::chooseImport);
    m_menu->addAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("E&xport…"), this, &PresetBar::chooseExport);
    auto* label = new QLabel(tr("&Preset:"), this);
    label->setBuddy(m_combo);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(label);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_save);
    layout->addWidget(m_more);

    connect(m_combo, &QComboBox::activated, this, &PresetBar::onActivated);
    connect(m_save, &QPushButton::clicked, this, &PresetBar::save);
    connect(m_session, &Session::presetChanged, this, &PresetBar::updateButtons);
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
            text = tr("%1 — suggested").arg(text);
        m_combo->addItem(text, p.name);
        m_combo->setItemData(m_combo->count() - 1, text, Qt::ToolTipRole);
    }
    m_combo->setCurrentIndex(qMax(0, m_combo->findData(m_session->presetName())));
    m_combo->setToolTip(m_combo->currentText());
    updateButtons();
}

bool PresetBar::currentIsUserPreset() const
{
    const QString name = m_session->presetName();
    const auto existing = name.isEmpty() ? std::nullopt : m_store->load(name);
    return existing && !existing->bundled;
}

void PresetBar::updateButtons()
{
    const bool hasTable = m_session->table() != nullptr;
    const bool own = currentIsUserPreset();
    // A built-in preset (or the auto-match) is never written over: Save makes a copy under a new name.
    m_save->setText(own ? tr("&Save") : tr("&Save as Copy…"));
    m_save->setAccessibleName(own ? tr("Save preset") : tr("Save the mapping as a new preset"));
    m_save->setToolTip(own ? tr("Save the mapping into the preset “%1” (Ctrl+S)").arg(m_session->presetName())
                           : tr("Built-in presets are read-only: save the mapping as your own preset (Ctrl+S)"));
    m_save->setEnabled(hasTable);
    m_combo->setEnabled(hasTable);
    m_rename->setEnabled(own);
    m_delete->setEnabled(own);
}

QString PresetBar::nameProblem(const QString& name) const
{
    const QList<Preset> builtIn = PresetStore::bundled();
    for (const Preset& b : builtIn) {
        if (b.name.compare(name, Qt::CaseInsensitive) == 0)
            return tr("“%1” is the name of a built-in preset. Choose another name: a copy never hides the "
                      "built-in one.")
                .arg(name);
    }
    return {};
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
    preset.maxInvalidPercent = m_session->maxInvalidPercent();
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
    if (!currentIsUserPreset()) {
        askName();
        return;
    }
    saveAs(m_session->presetName());
}

void PresetBar::askName()
{
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save preset"));
    dialog->setLabelText(tr("Name of the new preset:"));
    QString suggestion = m_session->presetName();
    if (suggestion.isEmpty() && m_session->table())
        suggestion = QFileInfo(m_session->sourcePath()).completeBaseName();
    else if (!currentIsUserPreset() && !suggestion.isEmpty())
        suggestion = tr("%1 (copy)").arg(suggestion);
    dialog->setTextValue(suggestion);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& text) {
        if (!text.trimmed().isEmpty())
            saveAs(text.trimmed());
    });
    dialog->open();
}

bool PresetBar::saveAs(const QString& name)
{
    QString error = nameProblem(name);
    if (error.isEmpty() && m_store->save(currentAsPreset(name), &error)) {
        m_session->setPresetName(name);
        refresh(m_suggested);
        emit presetSaved(name);
        return true;
    }
    MessageBox::warning(this, tr("Preset not saved"), error);
    return false;
}

void PresetBar::askRename()
{
    if (!currentIsUserPreset())
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename preset"));
    dialog->setLabelText(tr("New name for “%1”:").arg(m_session->presetName()));
    dialog->setTextValue(m_session->presetName());
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& text) {
        if (!text.trimmed().isEmpty())
            renameTo(text.trimmed());
    });
    dialog->open();
}

bool PresetBar::renameTo(const QString& name)
{
    const QString old = m_session->presetName();
    if (!currentIsUserPreset() || name == old)
        return false;
    const PresetStore& store = *m_store;
    QString error = nameProblem(name);
    auto preset = error.isEmpty() ? store.load(old, &error) : std::nullopt;
    if (preset) {
        // The stored preset is renamed as stored; the mapping being edited is not saved along with it.
        preset->name = name;
        if (store.save(*preset, &error) && store.remove(old, &error)) {
            m_session->setPresetName(name);
            refresh(m_suggested == old ? name : m_suggested);
            emit presetSaved(name);
            return true;
        }
    }
    MessageBox::warning(this, tr("Preset not renamed"), error);
    return false;
}

void PresetBar::confirmRemove()
{
    if (!currentIsUserPreset())
        return;
    const QString name = m_session->presetName();
    MessageBox::ask(this, QMessageBox::Question, tr("Delete preset"),
                    tr("Delete the preset “%1”? The mapping on this page stays as it is.").arg(name),
                    QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, [this, name](MessageBox::Answer a) {
                        if (a == QMessageBox::Yes && m_session->presetName() == name)
                            removeCurrent();
                    });
}

bool PresetBar::removeCurrent()
{
    if (!currentIsUserPreset())
        return false;
    QString error;
    if (!m_store->remove(m_session->presetName(), &error)) {
        MessageBox::warning(this, tr("Preset not deleted"), error);
        return false;
    }
    m_session->setPresetName({});
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
