#pragma once

#include "import/importresult.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTextStream>

// How the CLI shows what the reader noticed (title/footer rows, ragged rows, bytes that are not UTF-8...):
// the same lines and JSON in `inspect`, `convert` and `sync`, so no command hides a reading notice.
class NoticeList
{
    Q_DECLARE_TR_FUNCTIONS(NoticeList)

public:
    // "raggedRow", "encodingGuess", ...: the stable key in JSON.
    [[nodiscard]] static QString kindKey(ImportNotice::Kind kind);
    [[nodiscard]] static QJsonArray toJson(const QList<ImportNotice>& notices);
    // One line per notice ("  line 12: ..."), data escaped for the terminal; nothing when there is none.
    static void print(QTextStream& out, const QList<ImportNotice>& notices);
};
