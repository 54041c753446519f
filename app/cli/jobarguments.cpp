#include "cli/jobarguments.h"

#include "mapping/invalidrowpolicy.h"
#include "mapping/presetstore.h"
#include "profiles/profilestore.h"

#include <QDir>
#include <QFileInfo>

QString JobArguments::apply(const QStringList& arguments, Job* job, bool* json)
{
    static const QStringList valued = {QStringLiteral("--profile"),        QStringLiteral("--source"),
                                       QStringLiteral("--pattern"),        QStringLiteral("--preset"),
                                       QStringLiteral("--policy"),         QStringLiteral("--max-invalid"),
                                       QStringLiteral("--allow-removals"), QStringLiteral("--webhook")};
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == u"--json") {
            *json = true;
        } else if (arg == u"--auto") {
            job->preset.clear();
        } else if (arg == u"--no-webhook") {
            job->webhook.clear();
            job->notifyOnSuccess = false;
        } else if (arg == u"--notify-success") {
            job->notifyOnSuccess = true;
        } else if (valued.contains(arg)) {
            const QString value = i + 1 < arguments.size() ? arguments.at(++i) : QString();
            if (value.isEmpty() || (value.startsWith(QLatin1String("--")) && arg != u"--pattern"))
                return tr("%1 needs a value").arg(arg);
            bool ok = true;
            if (arg == u"--profile") {
                job->profile = value;
            } else if (arg == u"--source") {
                job->sourcePath = QFileInfo(value).absoluteFilePath();
            } else if (arg == u"--pattern") {
                job->pattern = value;
            } else if (arg == u"--preset") {
                job->preset = value;
            } else if (arg == u"--policy") {
                InvalidRowPolicy policy;
                if (!InvalidRowPolicies::fromName(value, &policy))
                    return tr("--policy needs limit, block or skip");
                job->policy = value;
            } else if (arg == u"--max-invalid") {
                job->maxInvalidPercent = value.toLongLong(&ok);
                if (!ok || job->maxInvalidPercent < 0 || job->maxInvalidPercent > 100)
                    return tr("--max-invalid needs a percentage from 0 to 100");
            } else if (arg == u"--allow-removals") {
                job->allowRemovals = value == u"all" ? Job::AllRemovalsAllowed : value.toLongLong(&ok);
                if (!ok || (job->allowRemovals < 0 && job->allowRemovals != Job::AllRemovalsAllowed))
                    return tr("--allow-removals needs a number of users (0 or more) or \"all\"");
            } else {
                job->webhook = QUrl(value, QUrl::StrictMode);
                if (const QString problem = Job::checkWebhook(job->webhook); !problem.isEmpty())
                    return problem;
            }
        } else {
            return tr("unknown argument '%1' (see job --help)").arg(arg);
        }
    }
    if (job->notifyOnSuccess && job->webhook.isEmpty())
        return tr("--notify-success needs a --webhook URL");
    return job->check();
}

QString JobArguments::checkUsable(const Job& job, const ProfileStore& profiles)
{
    QString problem;
    if (!profiles.resolve(job.profile, &problem))
        return problem;
    const QFileInfo source(job.sourcePath);
    if (job.isFolderSource() && !source.isDir())
        return tr("--pattern needs --source to be a folder; %1 is not one")
            .arg(QDir::toNativeSeparators(job.sourcePath));
    if (!job.isFolderSource() && source.isDir())
        return tr("%1 is a folder: add --pattern GLOB to take its newest matching file (e.g. --pattern "
                  "'okta-*.csv')")
            .arg(QDir::toNativeSeparators(job.sourcePath));
    if (!job.isFolderSource() && !source.isFile())
        return tr("the source file %1 does not exist").arg(QDir::toNativeSeparators(job.sourcePath));
    if (!job.autoMatch() && !PresetStore().resolve(job.preset, &problem))
        return problem;
    return {};
}
