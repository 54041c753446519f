#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// The one list of user-export file types the readers take (TableReader decides by content; this list is what
// the window offers in its file dialog and what the CLI's help names). Files with other names are still read
// when their content is a CSV, XLSX, ODS or XLS export, so a drop or a command-line path is judged by the reader.
class SupportedFiles
{
    Q_DECLARE_TR_FUNCTIONS(SupportedFiles)

public:
    // Lower-case suffixes without the dot: csv, tsv, txt, xlsx, xlsm, ods, xls, json.
    [[nodiscard]] static QStringList suffixes();
    // "User exports (*.csv …);;All files (*)" for a file dialog, translated.
    [[nodiscard]] static QString dialogFilter();
    // The first URL that names an existing regular local file (what a drop or "Open with" may load), else empty.
    [[nodiscard]] static QString firstLocalFile(const QList<QUrl>& urls);
};
