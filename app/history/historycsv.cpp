#include "history/historycsv.h"

#include "validate/rejectswriter.h"

#include <QStringList>

QByteArray HistoryCsv::toCsv(const QList<HistoryRecord>& runs)
{
    // Column names are a file format (scripts read them), so they stay English.
    static const QList<QByteArray> header = {"id",      "started",     "finished",    "job",           "profile",
                                             "api_url", "app_account", "source_file", "source_sha256", "preset",
                                             "users",   "licenses",    "rejected",    "warnings",      "torii_file_id",
                                             "outcome", "stages",      "error"};
    QByteArray csv("\xEF\xBB\xBF");
    const auto row = [&csv](const QList<QByteArray>& fields) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                csv.append(',');
            RejectsWriter::appendField(&csv, fields.at(i));
        }
        csv.append("\r\n");
    };
    row(header);
    const auto time = [](const QDateTime& t) {
        return t.isValid() ? t.toUTC().toString(Qt::ISODate).toUtf8() : QByteArray();
    };
    for (const HistoryRecord& run : runs) {
        QStringList stages;
        for (const HistoryRecord::Stage& stage : run.stages)
            stages << stage.key + u'=' + RunStates::key(stage.result);
        row({QByteArray::number(run.id), time(run.started), time(run.finished), run.job.toUtf8(), run.profile.toUtf8(),
             run.apiUrl.toUtf8(), QByteArray::number(run.appAccountId), run.sourceFile.toUtf8(), run.sourceSha256Hex,
             run.preset.toUtf8(), QByteArray::number(run.users), QByteArray::number(run.licenses),
             QByteArray::number(run.rejected), QByteArray::number(run.warnings),
             run.fileId >= 0 ? QByteArray::number(run.fileId) : QByteArray(), RunStates::key(run.outcome).toUtf8(),
             stages.join(u' ').toUtf8(), run.error.toUtf8()});
    }
    return csv;
}
