#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// The auto-match evaluation set: exports written from vendors' documented export columns
// (tests/mapping/exports/NAME.csv), each with its expected mapping and user count (NAME.json). Shared by
// tst_automatchevaluation (holds auto-match to every expectation) and mapping_score (prints the table).
struct EvalCase
{
    QString name;
    QString vendor;
    QString shape;                 // "users" | "devices" | "noUsers"
    qint64 users = 0;              // users in the payload with the default invalid-row policy
    qint64 skipped = 0;            // invalid rows left out
    QMap<QString, QString> fields; // Torii field key (or "email.fallback", "roles.separator"...) -> column
};

struct EvalOutcome
{
    int fieldsRight = 0;
    int fieldsTotal = 0;
    qint64 users = 0;
    qint64 skipped = 0;
    QString shape;
    QStringList mismatches; // "status: expected accountEnabled, got state"
    QString error;

    [[nodiscard]] bool passed() const { return mismatches.isEmpty() && error.isEmpty(); }
};

namespace EvalSet
{
    [[nodiscard]] QString directory();
    [[nodiscard]] QList<EvalCase> load(QString* error);
    [[nodiscard]] EvalOutcome evaluate(const EvalCase& c);
} // namespace EvalSet
