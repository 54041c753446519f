#pragma once

#include <QList>
#include <QString>

// The product's licence and the libraries it ships with or loads, with theirs (SPDX identifiers), for the
// About dialog and `torii-sync-cli --version --verbose`. One list, so the two never disagree.
namespace ThirdPartyNotices
{
    struct Library
    {
        QString name;
        QString version; // as built against, or empty when it is only loaded at run time
        QString licence; // SPDX expression
        QString url;
    };

    [[nodiscard]] QString productLicence(); // "Apache-2.0"
    [[nodiscard]] QList<Library> libraries();
} // namespace ThirdPartyNotices
