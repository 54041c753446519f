#pragma once

#include <QStringList>

// The recently opened exports and the last folder, kept in QSettings (paths only, never contents).
namespace RecentFiles
{
    inline constexpr int MaxEntries = 8;
    [[nodiscard]] QStringList list();
    void add(const QString& path);
    void clear();
    [[nodiscard]] QString lastDirectory();
} // namespace RecentFiles
