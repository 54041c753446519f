#include "cli/noticelist.h"

#include "cli/console.h"

#include <QJsonObject>

QString NoticeList::kindKey(ImportNotice::Kind kind)
{
    switch (kind) {
    case ImportNotice::Kind::RaggedRow:
        return QStringLiteral("raggedRow");
    case ImportNotice::Kind::FooterRow:
        return QStringLiteral("footerRow");
    case ImportNotice::Kind::SkippedTitleRow:
        return QStringLiteral("skippedTitleRow");
    case ImportNotice::Kind::BlankRow:
        return QStringLiteral("blankRow");
    case ImportNotice::Kind::EncodingGuess:
        return QStringLiteral("encodingGuess");
    case ImportNotice::Kind::TextAfterQuote:
        return QStringLiteral("textAfterQuote");
    case ImportNotice::Kind::More:
        return QStringLiteral("more");
    }
    return {};
}

QJsonArray NoticeList::toJson(const QList<ImportNotice>& notices)
{
    QJsonArray array;
    for (const ImportNotice& notice : notices) {
        array.append(QJsonObject {{QStringLiteral("kind"), kindKey(notice.kind)},
                                  {QStringLiteral("line"), notice.line},
                                  {QStringLiteral("message"), notice.message}});
    }
    return array;
}

void NoticeList::print(QTextStream& out, const QList<ImportNotice>& notices)
{
    if (notices.isEmpty())
        return;
    out << tr("Notices:") << '\n';
    for (const ImportNotice& notice : notices) {
        if (notice.line > 0)
            out << tr("  line %1: %2").arg(notice.line).arg(Console::data(notice.message)) << '\n';
        else
            out << QStringLiteral("  ") << Console::data(notice.message) << '\n';
    }
}
