#include "noticetext.h"

#include <algorithm>
#include <limits>

QString NoticeText::summary(const QList<ImportNotice>& notices, int shown)
{
    // In file order, as the admin reads the file; the reader groups them by kind ("and N more" stays last).
    QList<ImportNotice> sorted = notices;
    const auto order = [](const ImportNotice& n) {
        return n.kind == ImportNotice::Kind::More ? std::numeric_limits<qint64>::max() : n.line;
    };
    std::stable_sort(sorted.begin(), sorted.end(),
                     [&order](const ImportNotice& a, const ImportNotice& b) { return order(a) < order(b); });
    QStringList lines;
    for (const ImportNotice& n : std::as_const(sorted)) {
        if (lines.size() == shown) {
            lines << tr("… and %Ln more", nullptr, static_cast<int>(sorted.size() - shown));
            break;
        }
        lines << (n.line > 0 ? tr("Line %1: %2").arg(n.line).arg(n.message) : n.message);
    }
    return lines.join(QLatin1Char('\n'));
}
