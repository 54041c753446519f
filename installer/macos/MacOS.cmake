# macOS: a DMG holding "Torii Sync.app" (cpack -G DragNDrop), with document types for CSV, TSV and XLSX.
# NOT BUILT OR TESTED HERE (the project's machines are Debian). On macOS with Qt 6.4+, QtKeychain and QuaZip:
#   cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build build && cd build && cpack
# Signing and notarisation belong in a release script outside the build (codesign, notarytool).
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Torii Sync ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_PACKAGE_FILE_NAME "ToriiSync-${PROJECT_VERSION}-macOS")

# The .icns is made from the committed hicolor PNGs by Apple's iconutil at configure time (a plain file, so
# the ui/ target can list it from here).
set(toriisync_iconset "${PROJECT_BINARY_DIR}/installer/torii-sync.iconset")
set(toriisync_icns "${PROJECT_BINARY_DIR}/installer/torii-sync.icns")
file(MAKE_DIRECTORY "${toriisync_iconset}")
foreach(entry IN ITEMS 16:icon_16x16 32:icon_16x16@2x 32:icon_32x32 64:icon_32x32@2x 128:icon_128x128
                       256:icon_128x128@2x 256:icon_256x256 512:icon_256x256@2x 512:icon_512x512)
    string(REPLACE ":" ";" entry "${entry}")
    list(GET entry 0 size)
    list(GET entry 1 name)
    configure_file("${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/torii-sync.png"
        "${toriisync_iconset}/${name}.png" COPYONLY)
endforeach()
find_program(TORIISYNC_ICONUTIL iconutil REQUIRED)
execute_process(COMMAND "${TORIISYNC_ICONUTIL}" -c icns -o "${toriisync_icns}" "${toriisync_iconset}"
    COMMAND_ERROR_IS_FATAL ANY)
target_sources(torii-sync PRIVATE "${toriisync_icns}")
set_source_files_properties("${toriisync_icns}" TARGET_DIRECTORY torii-sync
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

set_target_properties(torii-sync PROPERTIES
    OUTPUT_NAME "Torii Sync"
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_LIST_DIR}/Info.plist.in"
    MACOSX_BUNDLE_BUNDLE_NAME "Torii Sync"
    MACOSX_BUNDLE_GUI_IDENTIFIER "io.github.torii-sync.ToriiSync"
    MACOSX_BUNDLE_ICON_FILE "torii-sync.icns"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_COPYRIGHT "The Torii Sync developers")

# Qt frameworks and plugins into the bundle (macdeployqt, run at install time by Qt's own script).
qt_generate_deploy_app_script(TARGET torii-sync FILENAME_VARIABLE toriisync_deploy_script)
install(SCRIPT ${toriisync_deploy_script} COMPONENT Runtime)
