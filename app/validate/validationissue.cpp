#include "validate/validationissue.h"

QString ValidationIssue::severityName(Severity severity)
{
    return severity == Error ? QStringLiteral("error") : QStringLiteral("warning");
}

QJsonObject ValidationIssue::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("row"), static_cast<double>(row));
    json.insert(QStringLiteral("column"), column);
    json.insert(QStringLiteral("field"), field);
    json.insert(QStringLiteral("severity"), severityName(severity));
    json.insert(QStringLiteral("message"), message);
    return json;
}
