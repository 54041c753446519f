#pragma once

#include "common/backgroundtask.h"
#include "import/distinctvalues.h"
#include "mapping/automatcher.h"
#include "mapping/preset.h"
#include "mappingcommand.h"
#include "page.h"
#include "previewgrid.h"
#include "validate/mappingpreview.h"
#include "valuemapeditor.h"

class FieldEditor;
class LicenseEditor;
class MappingModel;
class PresetBar;
class PresetStore;
class PreviewModel;
class QLabel;
class QTabWidget;
class QTableView;
class QUndoStack;
class Session;
class Table;

// Step 3: which column feeds which Torii field. Auto-match or the suggested preset fill it in when a file is
// loaded; the admin changes columns, transforms, status meanings and licence rules, each change undoable.
class MapPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapPage)

public:
    // presets: the shared store (AppServices); not owned.
    MapPage(Session* session, const PresetStore* presets, QWidget* parent = nullptr);
    ~MapPage() override;

    [[nodiscard]] QUndoStack* undoStack() const { return m_undo; }
    [[nodiscard]] MappingModel* mappingModel() const { return m_model; }
    [[nodiscard]] QTableView* fieldsView() const { return m_fieldsView; }
    [[nodiscard]] PresetBar* presetBar() const { return m_presets; }
    [[nodiscard]] ValueMapEditor* valueMapEditor() const { return m_values; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] QString nextText() const override;
    // True while samples or status values are being computed in the background.
    [[nodiscard]] bool isBusy() const;
    void enter() override;

    // Sets one field's column as an undoable change (what the column picker does).
    void setColumn(TargetField field, const QString& column);
    void autoMatch();
    void applyPreset(const Preset& preset);

private:
    void onTableChanged();
    void onMappingChanged();
    // Every Map page edit goes through change(): one undo step when the mapping changes.
    void change(const Mapping& after, const QString& text);
    void change(MappingCommand::State after, const QString& text);
    [[nodiscard]] MappingCommand::State currentState() const;
    void orderTabs();
    void showSelectedField();
    void startSamples();
    void startStatusValues();
    void updateSummary();

    Session* m_session = nullptr;
    const PresetStore* m_store = nullptr;
    QUndoStack* m_undo = nullptr;
    MappingModel* m_model = nullptr;
    PreviewModel* m_preview = nullptr;
    // The preview grid is reset only when the page is shown: a reset of a 1M-row grid costs ~30 ms on the
    // GUI thread, and the Load page has just done one for the same table.
    bool m_previewStale = false;
    PresetBar* m_presets = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_fieldsView = nullptr;
    FieldEditor* m_fieldEditor = nullptr;
    QTabWidget* m_tabs = nullptr;
    PreviewGrid* m_previewView = nullptr;
    ValueMapEditor* m_values = nullptr; // lives in the transform panel, shown while Status is selected
    LicenseEditor* m_licenses = nullptr;
    QStringList m_columns;
    QString m_savedAs;      // the preset just saved, confirmed in the summary
    Mapping m_basis;        // what the last preset or auto-match produced: the summary tells when it was edited
    QString m_statusColumn; // the column m_values shows
    QString m_shapeNote;    // auto-match's word on the file's shape (a device list, no users)
    BackgroundTask<MappingPreview> m_samples {this};
    BackgroundTask<QList<DistinctValue>> m_statusValues {this};
};
