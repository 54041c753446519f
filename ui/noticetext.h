#pragma once

#include "import/importresult.h"

#include <QCoreApplication>

// The reader's notices as a few plain lines ("Line 12: ..."), for the Load and Review pages: what the reader
// noticed (e.g. a line that is not valid UTF-8) stays in view up to the sync, not only while loading.
class NoticeText
{
    Q_DECLARE_TR_FUNCTIONS(NoticeText)

public:
    // The first `shown` notices, one per line, then "… and N more"; empty when there is none.
    [[nodiscard]] static QString summary(const QList<ImportNotice>& notices, int shown = 5);
};
