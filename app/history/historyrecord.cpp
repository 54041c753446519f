#include "history/historyrecord.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace
{
    QJsonArray stagesArray(const QList<HistoryRecord::Stage>& stages)
    {
        QJsonArray array;
        for (const HistoryRecord::Stage& stage : stages) {
            array.append(QJsonObject {{QStringLiteral("stage"), stage.key},
                                      {QStringLiteral("result"), RunStates::key(stage.result)},
                                      {QStringLiteral("elapsedMs"), stage.elapsedMs},
                                      {QStringLiteral("attempts"), stage.attempts}});
        }
        return array;
    }
} // namespace

StageResult HistoryRecord::stageResult(QStringView key) const
{
    for (const Stage& stage : stages) {
        if (stage.key == key)
            return stage.result;
    }
    return StageResult::Pending;
}

QJsonObject HistoryRecord::toJson() const
{
    QJsonObject object {{QStringLiteral("id"), id},
                        {QStringLiteral("started"), started.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("finished"), finished.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("profile"), profile},
                        {QStringLiteral("apiUrl"), apiUrl},
                        {QStringLiteral("appAccountId"), appAccountId},
                        {QStringLiteral("sourceFile"), sourceFile},
                        {QStringLiteral("sourceSha256"), QString::fromLatin1(sourceSha256Hex)},
                        {QStringLiteral("preset"), preset},
                        {QStringLiteral("users"), users},
                        {QStringLiteral("licenses"), licenses},
                        {QStringLiteral("rejected"), rejected},
                        {QStringLiteral("warnings"), warnings},
                        {QStringLiteral("stages"), stagesArray(stages)},
                        {QStringLiteral("outcome"), RunStates::key(outcome)},
                        {QStringLiteral("error"), error},
                        {QStringLiteral("dryRun"), dryRun},
                        {QStringLiteral("payloadSha256"), QString::fromLatin1(payloadSha256Hex)}};
    object.insert(QStringLiteral("fileId"), fileId >= 0 ? QJsonValue(fileId) : QJsonValue());
    object.insert(QStringLiteral("job"), job.isEmpty() ? QJsonValue() : QJsonValue(job));
    object.insert(QStringLiteral("payloadPath"), payloadPath.isEmpty() ? QJsonValue() : QJsonValue(payloadPath));
    object.insert(QStringLiteral("verification"), verification.isEmpty() ? QJsonValue() : QJsonValue(verification));
    return object;
}

QByteArray HistoryRecord::stagesToJson(const QList<Stage>& stages)
{
    return QJsonDocument(stagesArray(stages)).toJson(QJsonDocument::Compact);
}

QList<HistoryRecord::Stage> HistoryRecord::stagesFromJson(const QByteArray& json)
{
    QList<Stage> stages;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        stages.append({object.value(QLatin1String("stage")).toString(),
                       RunStates::stageResultFromKey(object.value(QLatin1String("result")).toString()),
                       object.value(QLatin1String("elapsedMs")).toInteger(),
                       int(object.value(QLatin1String("attempts")).toInteger())});
    }
    return stages;
}
