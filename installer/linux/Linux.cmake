# Linux packages: a Debian package (the supported way to install) and a tarball of the same files.
# Neither bundles Qt: both expect Debian 12's Qt 6.4 packages, which the .deb pulls in through Depends.
set(CPACK_GENERATOR "DEB;TGZ")
# One package with every component: an admin installs "torii-sync", not parts of it.
set(CPACK_DEB_COMPONENT_INSTALL OFF)
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# dpkg-shlibdeps finds every library the binaries link (Qt, QtKeychain, QuaZip, FreeXL, libstdc++ ...).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# ...but not what is loaded at run time with dlopen():
#  - libsecret-1-0: QtKeychain opens libsecret-1.so.0 to reach the Secret Service; without it every keychain
#    call fails with "Unknown error" and no API key can be stored.
#  - libqt6sql6-sqlite: Qt SQL's SQLite driver plugin, for the run history.
#  - libqt6svg6: the SVG icon engine and image format plugins; the window's icons are SVG.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6sql6-sqlite, libqt6svg6")
# A Secret Service to talk to (any provider works: GNOME Keyring, KeePassXC, KWallet 5.97+), and Qt's own
# German strings for standard dialogs.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, qt6-translations-l10n")
# Debian policy: the licence goes in /usr/share/doc/<package>/copyright (machine-readable format).
install(FILES ${CMAKE_CURRENT_LIST_DIR}/copyright DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/torii-sync COMPONENT Runtime)
