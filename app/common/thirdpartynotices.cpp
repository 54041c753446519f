#include "common/thirdpartynotices.h"

#include <QtGlobal>

namespace ThirdPartyNotices
{
    QString productLicence()
    {
        return QStringLiteral("Apache-2.0");
    }

    QList<Library> libraries()
    {
        // Every entry comes from Debian 12's archive (installer/deps.sh); the licences are those the Debian
        // packages' copyright files state for the parts Torii Sync uses.
        return {
            {QStringLiteral("Qt"), QStringLiteral(QT_VERSION_STR), QStringLiteral("LGPL-3.0-only"),
             QStringLiteral("https://www.qt.io/")},
            {QStringLiteral("QtKeychain"),
             {},
             QStringLiteral("BSD-3-Clause"),
             QStringLiteral("https://github.com/frankosterfeld/qtkeychain")},
            {QStringLiteral("QuaZip"),
             {},
             QStringLiteral("LGPL-2.1-or-later WITH a static linking exception"),
             QStringLiteral("https://github.com/stachenov/quazip")},
            {QStringLiteral("zlib"), {}, QStringLiteral("Zlib"), QStringLiteral("https://zlib.net/")},
            // Tri-licensed; Torii Sync uses it under the LGPL (dynamically linked).
            {QStringLiteral("FreeXL"),
             {},
             QStringLiteral("MPL-1.1 OR GPL-2.0-or-later OR LGPL-2.1-or-later"),
             QStringLiteral("https://www.gaia-gis.it/fossil/freexl/")},
            {QStringLiteral("SQLite"),
             {},
             QStringLiteral("blessing (public domain)"),
             QStringLiteral("https://sqlite.org/")},
            {QStringLiteral("OpenSSL"), {}, QStringLiteral("Apache-2.0"), QStringLiteral("https://www.openssl.org/")},
            {QStringLiteral("libsecret"),
             {},
             QStringLiteral("LGPL-2.1-or-later"),
             QStringLiteral("https://wiki.gnome.org/Projects/Libsecret")},
        };
    }
} // namespace ThirdPartyNotices
