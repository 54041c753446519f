# Windows: an MSI through WiX Toolset 3 (cpack -G WIX) and a ZIP of the same files.
# NOT BUILT OR TESTED HERE (the project's machines are Debian). On Windows with Qt 6.4+ (MSVC), QtKeychain,
# QuaZip and WiX 3.x on PATH:
#   cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build build && cd build && cpack -G WIX
set(CPACK_GENERATOR "WIX;ZIP")
# Fixed for the life of the product: Windows Installer finds the installed version by this code and
# upgrades it in place. Never change it (a new code would install side by side).
set(CPACK_WIX_UPGRADE_GUID "0432EF27-57EE-4019-9012-04AF41665181")
set(CPACK_WIX_PRODUCT_ICON "${CMAKE_CURRENT_LIST_DIR}/torii-sync.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Torii Sync")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}/issues")
# "Open with > Torii Sync" for .csv, .tsv, .xlsx, .xls, .ods and .json (without taking the default away from Excel).
set(CPACK_WIX_PATCH_FILE "${CMAKE_CURRENT_LIST_DIR}/file-associations.xml")
# Start menu: CPACK_PACKAGE_EXECUTABLES (installer/Packaging.cmake) makes the "Torii Sync" shortcut in
# CPACK_WIX_PROGRAM_MENU_FOLDER; the command line needs none.
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)

# Version resources: Explorer's "Details" tab, and the icon of the .exe itself.
set(TORIISYNC_RC_ICON "${CMAKE_CURRENT_LIST_DIR}/torii-sync.ico")
foreach(exe IN ITEMS torii-sync torii-sync-cli)
    if(exe STREQUAL "torii-sync")
        set(TORIISYNC_RC_DESCRIPTION "Torii Sync")
    else()
        set(TORIISYNC_RC_DESCRIPTION "Torii Sync command line")
    endif()
    set(TORIISYNC_RC_EXE "${exe}")
    configure_file(${CMAKE_CURRENT_LIST_DIR}/version.rc.in ${PROJECT_BINARY_DIR}/installer/${exe}.rc @ONLY)
    target_sources(${exe} PRIVATE ${PROJECT_BINARY_DIR}/installer/${exe}.rc)
endforeach()

# Qt's DLLs and plugins next to the executables (windeployqt, run at install time by Qt's own script), then
# the non-Qt DLLs they need (QtKeychain, QuaZip, zlib) found from the imported targets' locations.
qt_generate_deploy_app_script(TARGET torii-sync FILENAME_VARIABLE toriisync_deploy_script)
install(SCRIPT ${toriisync_deploy_script} COMPONENT Runtime)
set(toriisync_dll_dirs "")
foreach(dep IN ITEMS Qt6Keychain::Qt6Keychain QuaZip::QuaZip)
    if(TARGET ${dep})
        get_target_property(location ${dep} IMPORTED_LOCATION_RELEASE)
        if(NOT location)
            get_target_property(location ${dep} IMPORTED_LOCATION)
        endif()
        if(location)
            get_filename_component(dir "${location}" DIRECTORY)
            string(APPEND toriisync_dll_dirs " \"${dir}\"")
        endif()
    endif()
endforeach()
install(CODE "
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES \"$<TARGET_FILE:torii-sync>\" \"$<TARGET_FILE:torii-sync-cli>\"
        RESOLVED_DEPENDENCIES_VAR deps
        UNRESOLVED_DEPENDENCIES_VAR missing
        DIRECTORIES ${toriisync_dll_dirs}
        PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\" \"^Qt6\"
        POST_EXCLUDE_REGEXES \".*[Ss]ystem32/.*\")
    if(missing)
        message(WARNING \"DLLs not found, not packaged: \${missing}\")
    endif()
    file(INSTALL \${deps} DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    " COMPONENT Runtime)
