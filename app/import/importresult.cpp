#include "import/importresult.h"

#include <QCoreApplication>
#include <QFileInfo>

QString ImportError::toString() const
{
    if (cancelled && message.isEmpty())
        return tr("Reading was cancelled");
    QString text;
    if (!file.isEmpty())
        text += QFileInfo(file).fileName();
    if (line > 0)
        text += QLatin1Char(':') + QString::number(line);
    if (!text.isEmpty())
        text += QStringLiteral(": ");
    text += message;
    if (byteOffset >= 0)
        text += tr(" (byte offset %1)").arg(byteOffset);
    return text;
}
