#include "common/appinfo.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace AppInfo
{
    QString version()
    {
        return QStringLiteral(TORIISYNC_VERSION);
    }

    QString applicationName()
    {
        return QStringLiteral("torii-sync");
    }

    QString organizationName()
    {
        return QStringLiteral("ToriiSync");
    }

    QString keychainService()
    {
        return QStringLiteral("torii-sync");
    }

    QByteArray userAgent()
    {
        return "ToriiSync/" TORIISYNC_VERSION " (" + QSysInfo::productType().toUtf8() + ')';
    }

    void applyToApplication()
    {
        QCoreApplication::setApplicationName(applicationName());
        QCoreApplication::setOrganizationName(organizationName());
        QCoreApplication::setApplicationVersion(version());
    }
} // namespace AppInfo
