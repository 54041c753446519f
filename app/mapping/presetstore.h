#pragma once

#include "mapping/preset.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The presets the user can pick: the bundled ones (":/presets", read-only) plus the user's own, saved
// atomically as <AppDataLocation>/presets/<name>.json. Used by the GUI's preset picker and `presets`/`convert`.
class PresetStore
{
    Q_DECLARE_TR_FUNCTIONS(PresetStore)

public:
    // directory: where user presets live; empty = QStandardPaths::AppDataLocation + "/presets".
    explicit PresetStore(const QString& directory = QString());

    [[nodiscard]] QString directory() const { return m_directory; }
    // Bundled first (sorted by name), then the user's; a user preset with a bundled name hides the bundled one.
    [[nodiscard]] QList<Preset> list(QStringList* warnings = nullptr) const;
    [[nodiscard]] QStringList names() const;
    [[nodiscard]] std::optional<Preset> load(const QString& name, QString* error = nullptr) const;
    // Atomic (QSaveFile); refuses an empty name.
    bool save(const Preset& preset, QString* error = nullptr) const;
    // Only user presets can be removed.
    bool remove(const QString& name, QString* error = nullptr) const;
    // Validates the file and saves it as a user preset; returns the imported preset.
    std::optional<Preset> importFile(const QString& path, QString* error = nullptr) const;
    bool exportTo(const QString& name, const QString& path, QString* error = nullptr) const;
    // The best-fitting preset for a header (score >= MinimumScore), or nullopt.
    [[nodiscard]] std::optional<Preset> findForHeader(const QStringList& columns) const;

    // A preset given as a path (contains '/' or ends in .json and exists) or as a stored name.
    [[nodiscard]] std::optional<Preset> resolve(const QString& nameOrPath, QString* error = nullptr) const;

    static constexpr double MinimumScore = 0.75;
    [[nodiscard]] static QList<Preset> bundled();
    [[nodiscard]] static QString fileNameFor(const QString& presetName);

private:
    QString m_directory;
};
