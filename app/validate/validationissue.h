#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// One problem found in the data, pointing at the cell: shown in the GUI's Review list (linked to the cell),
// printed by `convert --json`, and written into the rejects CSV's reason column.
struct ValidationIssue
{
    enum Severity
    {
        Error,   // the row is invalid: it blocks the sync or is skipped, by policy
        Warning, // the row is sent; the value was left out or changed as the message says
    };

    qint64 row = 0; // 1-based source line (Table::sourceLine); 0 = the whole file
    QString column; // source column name; empty when not about one cell
    QString field;  // Torii field key ("email"); empty when not about one field
    Severity severity = Error;
    QString message;

    [[nodiscard]] static QString severityName(Severity severity); // "error" | "warning"
    // {row, column, field, severity, message} as `convert --json` prints it.
    [[nodiscard]] QJsonObject toJson() const;
};
