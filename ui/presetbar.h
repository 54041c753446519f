#pragma once

#include "mapping/preset.h"

#include <QFrame>

#include <optional>

class PresetStore;
class QAction;
class QComboBox;
class QMenu;
class QPushButton;
class Session;

// The preset row of the Map page: pick a preset (the one matching this export's header is preselected and
// marked "suggested"), or auto-match; Save (a built-in preset is read-only: "Save as Copy…"), and under
// "More" Save As, Rename, Delete, Import, Export. Presets live in PresetStore; a user preset never takes a
// built-in one's name, so nothing is shadowed silently.
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
    bool renameTo(const QString& name);
    bool removeCurrent();
    bool importFrom(const QString& path);
    bool exportTo(const QString& path);
    // Whether the session's preset is one of the admin's own (only those can be saved over, renamed, deleted).
    [[nodiscard]] bool currentIsUserPreset() const;
    [[nodiscard]] QPushButton* saveButton() const { return m_save; }
    [[nodiscard]] QMenu* moreMenu() const { return m_menu; }

signals:
    void presetChosen(const Preset& preset);
    void autoMatchChosen();
    // The mapping was written as the preset `name` (Save, Save As, Rename, or Export of an unsaved mapping).
    void presetSaved(const QString& name);

private:
    void onActivated(int index);
    void save();
    void askName();
    void askRename();
    void confirmRemove();
    void updateButtons();
    // Why `name` cannot be used for a new user preset (a built-in's name), or empty.
    [[nodiscard]] QString nameProblem(const QString& name) const;
    void chooseImport();
    void chooseExport();
    [[nodiscard]] Preset currentAsPreset(const QString& name) const;

    Session* m_session = nullptr;
    const PresetStore* m_store = nullptr;
    QComboBox* m_combo = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_more = nullptr;
    QMenu* m_menu = nullptr;
    QAction* m_rename = nullptr;
    QAction* m_delete = nullptr;
    QString m_suggested;
};
