#pragma once

#include "cli/command.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

struct ImportResult;
class Table;

// torii-sync-cli inspect: show how a file is read: dialect, columns, rows, mapping
class InspectCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InspectCommand)

public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString usage() const override;
    int run(const QStringList& arguments, Console& console) override;

private:
    // What auto-match and the preset store make of the table: filled by the mapping module (one call site).
    struct MappingSummary
    {
        QJsonObject mapping;                  // Torii field -> column name
        QJsonValue preset = QJsonValue::Null; // name of the matching preset
        QJsonArray matches;                   // [{field, column, confidence, reason}]
        QString shape;                        // "users" | "devices" | "noUsers"
        QString shapeNote;                    // why the file is not a plain user list
        QStringList warnings;                 // mapped columns blank in most rows
    };
    [[nodiscard]] static MappingSummary describeMapping(const Table& table);

    [[nodiscard]] static QJsonObject toJson(const ImportResult& result, const MappingSummary& mapping, int previewRows);
    static void printText(Console& console, const ImportResult& result, const MappingSummary& mapping, int previewRows);
};
