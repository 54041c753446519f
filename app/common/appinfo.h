#pragma once

#include <QString>

// Names and version of the product, taken once from project(VERSION) in the top-level CMakeLists.txt.
// Used by both executables, the keychain service name and the HTTP User-Agent.
namespace AppInfo
{
    [[nodiscard]] QString version();
    [[nodiscard]] QString applicationName();
    [[nodiscard]] QString organizationName();
    // Service name under which secrets live in the OS keychain; changing it orphans stored keys.
    [[nodiscard]] QString keychainService();
    [[nodiscard]] QByteArray userAgent();
    // Sets QCoreApplication's names so QSettings and QStandardPaths agree between the CLI and the window.
    void applyToApplication();
} // namespace AppInfo
