#pragma once

#include "mapping/invalidrowpolicy.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class ArgumentReader;
class Console;
struct ConvertResult;
struct LoadedSource;
struct SourceRequest;

// What convert and sync share about invalid rows and auto-match's notes: --policy and --max-invalid (over a
// preset's choice or the default "skip up to 10%"), the skipped-rows summary for text and --json, and the
// auto-match notes (file shape, mapped columns that are mostly blank, conflicts) printed to stderr.
class InvalidRowsOptions
{
    Q_DECLARE_TR_FUNCTIONS(InvalidRowsOptions)

public:
    // Takes --policy / --max-invalid (and its value) when it is the current argument; *problem says what is
    // wrong with the value. False when the argument is another one.
    bool take(ArgumentReader& args, QString* problem);
    // Puts what the command line chose into the request (over the preset's choice or the default).
    bool apply(SourceRequest* request, QString* problem) const;

    // {"rows": n, "allowed": n|null, "maxInvalidPercent": p|null, "byField": {"email": n, ...}, "merged": n,
    // "withoutUser": n}
    [[nodiscard]] static QJsonObject skippedJson(const ConvertResult& result);
    // One line for stdout when rows were skipped or merged; empty otherwise.
    [[nodiscard]] static QString skippedText(const ConvertResult& result);
    // The file's shape, mapped columns that are mostly blank, and auto-match's conflicts, on stderr.
    static void printMatchNotes(Console& console, const LoadedSource& loaded);

private:
    QString m_policy;
    QString m_maxInvalid;
};
