#include "import/supportedfiles.h"

#include <QFileInfo>

QStringList SupportedFiles::suffixes()
{
    return {QStringLiteral("csv"),  QStringLiteral("tsv"), QStringLiteral("txt"), QStringLiteral("xlsx"),
            QStringLiteral("xlsm"), QStringLiteral("ods"), QStringLiteral("xls"), QStringLiteral("json")};
}

QString SupportedFiles::dialogFilter()
{
    QStringList patterns;
    for (const QString& suffix : suffixes())
        patterns << QStringLiteral("*.") + suffix;
    return tr("User exports (%1)").arg(patterns.join(QLatin1Char(' '))) + QStringLiteral(";;") + tr("All files (*)");
}

QString SupportedFiles::firstLocalFile(const QList<QUrl>& urls)
{
    for (const QUrl& url : urls) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            return url.toLocalFile();
    }
    return {};
}
