#include "noticetext.h"

QString NoticeText::summary(const QList<ImportNotice>& notices, int shown)
{
    QStringList lines;
    for (const ImportNotice& n : notices) {
        if (lines.size() == shown) {
            lines << tr("… and %1 more").arg(notices.size() - shown);
            break;
        }
        lines << (n.line > 0 ? tr("Line %1: %2").arg(n.line).arg(n.message) : n.message);
    }
    return lines.join(QLatin1Char('\n'));
}
