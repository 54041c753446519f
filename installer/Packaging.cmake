# Installers for Torii Sync, all through CPack (included from the top-level CMakeLists.txt).
#
#   Linux:   cpack -G DEB (Debian 12 package) and -G TGZ, built and tested here (tests/installer).
#   Windows: cpack -G WIX (MSI) and ZIP, from installer/windows/. Not built here.
#   macOS:   cpack -G DragNDrop (DMG with Torii Sync.app), from installer/macos/. Not built here.
#
# The version is project(VERSION) in the top-level CMakeLists.txt and nothing else. install() rules put the
# executables in the component Runtime (app/cli, ui) and the desktop entry, AppStream metainfo and icons in
# the component Desktop (resources/).
include(GNUInstallDirs)

set(CPACK_PACKAGE_NAME "torii-sync")
set(CPACK_PACKAGE_VENDOR "Torii Sync")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Sync a SaaS application's user export into Torii")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Torii Sync takes the user export an IT admin downloads from a SaaS admin console (a CSV or Excel file) and "
    "syncs it into Torii as a custom integration: users, their status, roles, last-used dates and licences. It "
    "detects the file's dialect, maps columns to Torii fields automatically or from a preset, validates every row "
    "before upload and runs Torii's five sync stages with retries and resume. The API key stays in the system "
    "keychain. The package holds the desktop application (torii-sync) and the command line (torii-sync-cli).")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "Torii Sync developers <torii-sync@users.noreply.github.com>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Torii Sync")
set(CPACK_PACKAGE_EXECUTABLES "torii-sync" "Torii Sync")
# Release builds carry debug info (RelWithDebInfo); the packages do not need it.
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)
# Apache-2.0: the WiX and DragNDrop installers show it; the .deb carries installer/linux/copyright.
# (WiX wants a .txt or .rtf name.)
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_BINARY_DIR}/LICENSE.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_BINARY_DIR}/LICENSE.txt")

set(CPACK_COMPONENT_RUNTIME_DISPLAY_NAME "Torii Sync")
set(CPACK_COMPONENT_RUNTIME_DESCRIPTION "The desktop application and the torii-sync-cli command line")
set(CPACK_COMPONENT_RUNTIME_REQUIRED ON)
set(CPACK_COMPONENT_DESKTOP_DISPLAY_NAME "Desktop integration")
set(CPACK_COMPONENT_DESKTOP_DESCRIPTION "Menu entry, icons and file associations for CSV and XLSX")

# A source tarball (cpack --config CPackSourceConfig.cmake) without build trees or editor droppings.
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/out/" "\\.swp$" "/\\.cache/")

if(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/Windows.cmake)
elseif(APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/macos/MacOS.cmake)
else()
    include(${CMAKE_CURRENT_LIST_DIR}/linux/Linux.cmake)
endif()

include(CPack)
cpack_add_component(Runtime REQUIRED)
cpack_add_component(Desktop)
