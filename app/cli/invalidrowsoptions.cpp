#include "cli/invalidrowsoptions.h"

#include "cli/argumentreader.h"
#include "cli/console.h"
#include "payload/convertresult.h"
#include "run/sourceloader.h"

#include <QStringList>

bool InvalidRowsOptions::take(ArgumentReader& args, QString* problem)
{
    const QString arg = args.current();
    if (arg == u"--policy") {
        InvalidRowPolicy p;
        if (!args.takeValue(&m_policy) || !InvalidRowPolicies::fromName(m_policy, &p))
            *problem = tr("--policy needs limit, block or skip");
        return true;
    }
    if (arg == u"--max-invalid") {
        double percent = 0;
        if (!args.takeValue(&m_maxInvalid) || !InvalidRowPolicies::percentFromText(m_maxInvalid, &percent))
            *problem = tr("--max-invalid needs a percentage from 0 to 100");
        return true;
    }
    return false;
}

bool InvalidRowsOptions::apply(SourceRequest* request, QString* problem) const
{
    InvalidRowPolicy policy = InvalidRowPolicy::SkipWithinLimit;
    if (!m_policy.isEmpty()) {
        if (!InvalidRowPolicies::fromName(m_policy, &policy)) {
            *problem = tr("--policy needs limit, block or skip");
            return false;
        }
        request->policy = policy;
    }
    if (m_maxInvalid.isEmpty())
        return true;
    if (policy != InvalidRowPolicy::SkipWithinLimit) {
        *problem = tr("--max-invalid goes with --policy limit (the default), not with --policy %1").arg(m_policy);
        return false;
    }
    double percent = 0;
    if (!InvalidRowPolicies::percentFromText(m_maxInvalid, &percent)) {
        *problem = tr("--max-invalid needs a percentage from 0 to 100");
        return false;
    }
    request->policy = InvalidRowPolicy::SkipWithinLimit;
    request->maxInvalidPercent = percent;
    return true;
}

QJsonObject InvalidRowsOptions::skippedJson(const ConvertResult& result)
{
    QJsonObject byField;
    for (auto it = result.rejectedByField.begin(); it != result.rejectedByField.end(); ++it)
        byField.insert(it.key().isEmpty() ? QStringLiteral("file") : it.key(), it.value());
    const bool limit = result.policy == InvalidRowPolicy::SkipWithinLimit;
    return {{QStringLiteral("rows"), result.blocked ? 0 : result.rejected},
            {QStringLiteral("invalid"), result.rejected},
            {QStringLiteral("allowed"), result.allowedInvalid >= 0 ? QJsonValue(result.allowedInvalid) : QJsonValue()},
            {QStringLiteral("maxInvalidPercent"), limit ? QJsonValue(result.maxInvalidPercent) : QJsonValue()},
            {QStringLiteral("byField"), byField},
            {QStringLiteral("merged"), result.merged},
            {QStringLiteral("withoutUser"), result.withoutUser}};
}

QString InvalidRowsOptions::skippedText(const ConvertResult& result)
{
    QStringList parts;
    if (result.ok && result.rejected > 0) {
        QStringList why;
        for (auto it = result.rejectedByField.begin(); it != result.rejectedByField.end(); ++it)
            why.append(tr("%1: %2").arg(it.key().isEmpty() ? tr("file") : it.key()).arg(it.value()));
        parts.append(tr("Skipped %n invalid row(s) (errors by field: %1)", nullptr, int(result.rejected))
                         .arg(why.join(QStringLiteral(", "))));
    }
    if (result.merged > 0)
        parts.append(tr("Merged %n row(s) repeating a user already sent", nullptr, int(result.merged)));
    if (result.withoutUser > 0)
        parts.append(tr("Left out %n row(s) without a user", nullptr, int(result.withoutUser)));
    return parts.join(QStringLiteral("\n"));
}

void InvalidRowsOptions::printMatchNotes(Console& console, const LoadedSource& loaded)
{
    if (!loaded.shapeNote.isEmpty())
        console.err() << tr("auto-match: %1").arg(loaded.shapeNote) << '\n';
    for (const QString& w : loaded.mappingWarnings)
        console.err() << tr("warning: %1").arg(w) << '\n';
    for (const QString& c : loaded.conflicts)
        console.err() << tr("auto-match: %1").arg(c) << '\n';
}
