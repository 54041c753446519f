#include "syncjob.h"

#include "session.h"
#include "validate/invalidrowpolicy.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

namespace SyncJob
{
    QString nameFor(const QString& path)
    {
        QString name = QFileInfo(path).completeBaseName().toLower();
        name.replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]+")), QStringLiteral("-"));
        name.remove(QRegularExpression(QStringLiteral("^[-.]+|-+$")));
        return name;
    }

    Job fromSession(const Session& session)
    {
        Job job;
        job.name = nameFor(session.sourcePath());
        job.profile = session.connection().profileName;
        job.sourcePath = session.sourcePath();
        job.preset = session.presetName();
        switch (session.policy()) {
        case InvalidRowPolicy::Block:
            job.policy = InvalidRowPolicies::name(InvalidRowPolicy::Block);
            break;
        case InvalidRowPolicy::SkipInvalidRows:
            job.policy = InvalidRowPolicies::name(InvalidRowPolicy::SkipInvalidRows);
            break;
        case InvalidRowPolicy::SkipWithinLimit: // a job says the limit as its guard
            job.maxInvalidPercent = qint64(std::lround(session.maxInvalidPercent()));
            break;
        }
        return job;
    }
} // namespace SyncJob
