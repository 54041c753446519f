#pragma once

#include "mapping/preset.h"

#include <QFrame>

#include <optional>

class PresetStore;
class QComboBox;
class QPushButton;
class Session;

// The preset row of the Map page: pick a preset (the one matching this export's header is preselected and
// marked "suggested"), or auto-match; Save, Save as, Import, Export. Presets live in PresetStore.
class PresetBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresetBar)

public:
    // presets: the shared store (AppServices); not owned.
    PresetBar(Session* session, const PresetStore* presets, QWidget* parent = nullptr);
    ~PresetBar() override;

    // Lists the presets again, marking `suggested`, and selects the session's current preset.
    void refresh(const QString& suggested);
    [[nodiscard]] QComboBox* combo() const { return m_combo; }
    [[nodiscard]] QString suggested() const { return m_suggested; }

    // The file-dialog and name-prompt steps end in these (public so tests can drive them without dialogs).
    bool saveAs(const QString& name);
    bool importFrom(const QString& path);
    bool exportTo(const QString& path);

signals:
    void presetChosen(const Preset& preset);
    void autoMatchChosen();

private:
    void onActivated(int index);
    void save();
    void askName();
    void chooseImport();
    void chooseExport();
    [[nodiscard]] Preset currentAsPreset(const QString& name) const;

    Session* m_session = nullptr;
    const PresetStore* m_store = nullptr;
    QComboBox* m_combo = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_saveAs = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_export = nullptr;
    QString m_suggested;
};
