#include "payload/converter.h"

#include "common/logging.h"
#include "diff/userset.h"
#include "import/table.h"
#include "payload/payloadwriter.h"
#include "validate/rejectswriter.h"
#include "validate/rowmapper.h"
#include "validate/validator.h"

#include <QCoreApplication>
#include <QHash>

#include <cstring>
#include <vector>

namespace
{
    constexpr size_t ScannedBuckets = 8;
    constexpr size_t PrefetchAhead = 16;

    // One licence of licenses[]: who holds it, in row order (e-mails are re-read from the table when the
    // licences are written, so a million holders cost 5 bytes each, not a QString each).
    struct Bucket
    {
        QByteArray name;
        LicenseConstants constants;
        std::vector<qint32> rows;
        std::vector<quint8> statuses; // 0 none, 1 active, 2 inactive, 3 deleted
    };

    quint8 statusCode(QByteArrayView status)
    {
        // The views are StatusMap's literals; compare by content all the same (cheap: first letter + size).
        if (status.size() == 6 && status.front() == 'a')
            return 1;
        if (status.size() == 8 && status.front() == 'i')
            return 2;
        if (status.size() == 7 && status.front() == 'd')
            return 3;
        return 0;
    }

    QByteArrayView statusText(quint8 code)
    {
        switch (code) {
        case 1:
            return "active";
        case 2:
            return "inactive";
        case 3:
            return "deleted";
        default:
            return {};
        }
    }

    // What the safe-sync diff needs of a written user: its address, status and the licences it holds (a
    // licence whose own status is inactive or deleted is not held; none given follows the user's status).
    void collect(UserSet* users, const MappedUser& user)
    {
        const UserSet::Status status = UserSet::statusFromWord(user.status);
        const qsizetype index = users->addNormalized(user.email, status);
        for (const MappedUser::License& l : user.licenses) {
            if (statusCode(l.status) <= 1)
                users->addLicenseAt(index, l.name);
        }
    }

    QString reasonOf(const QList<ValidationIssue>& issues)
    {
        QStringList reasons;
        for (const ValidationIssue& issue : issues) {
            if (issue.severity == ValidationIssue::Error)
                reasons.append(issue.column.isEmpty() ? issue.message
                                                      : issue.column + QStringLiteral(": ") + issue.message);
        }
        return reasons.join(QStringLiteral("; "));
    }
} // namespace

ConvertResult Converter::run(const Table& table, const Mapping& mapping, const ConvertOptions& options,
                             const ProgressCallback& progress, const CancelFlag* cancel)
{
    ConvertResult result;
    result.rows = table.rowCount();
    if (table.rowCount() > std::numeric_limits<qint32>::max()) {
        result.error = tr("the file has too many rows");
        return result;
    }
    Validator validator(table, mapping, cancel);
    if (!validator.fatal().isEmpty()) {
        result.error = validator.fatal().join(QLatin1Char('\n'));
        return result;
    }
    validator.setAllMessages(!options.rejectsPath.isEmpty());
    const QList<LicenseRule> rules = mapping.licenseRules();

    PayloadWriter writer(options.payloadPath);
    if (!writer.open(&result.error)) {
        result.writeFailed = true;
        return result;
    }
    RejectsWriter rejects(table);
    if (!options.rejectsPath.isEmpty() && !rejects.open(options.rejectsPath, &result.error)) {
        result.writeFailed = true;
        return result;
    }

    std::vector<Bucket> buckets;
    QHash<QByteArray, int> bucketIndex;
    MappedUser user;
    QList<ValidationIssue> rowIssues;
    std::shared_ptr<UserSet> users = options.collectUsers ? std::make_shared<UserSet>() : nullptr;
    if (users)
        users->reserve(table.rowCount());
    const qsizetype rows = table.rowCount();
    // Block lets no invalid row through, skip any number, the default a share of the data rows.
    const qint64 allowed = InvalidRowPolicies::allowedInvalid(options.policy, options.maxInvalidPercent, rows);
    result.allowedInvalid = allowed;
    result.policy = options.policy;
    result.maxInvalidPercent = options.maxInvalidPercent;
    bool writing = true; // stops (validation goes on) once the invalid rows are more than the policy allows
    for (qsizetype row = 0; row < rows; ++row) {
        if ((row & 0x3FFF) == 0) {
            if (cancel && cancel->load()) {
                result.cancelled = true;
                break;
            }
            if (progress)
                progress(row, rows);
        }
        if (!validator.check(row, &user, &rowIssues)) {
            if (validator.lastRowMerged())
                continue; // a device list's repeat of a person already written: counted by the report
            ++result.rejected;
            if (!options.rejectsPath.isEmpty())
                rejects.addRow(row, reasonOf(rowIssues));
            if (allowed >= 0 && result.rejected > allowed)
                writing = false;
            continue;
        }
        if (!writing)
            continue;
        writer.writeUser(user);
        if (users)
            collect(users.get(), user);
        for (const MappedUser::License& l : user.licenses) {
            int index = -1;
            // Exports name a handful of licences: a scan of those beats hashing the name on every row.
            if (buckets.size() <= ScannedBuckets) {
                for (size_t i = 0; i < buckets.size() && index < 0; ++i) {
                    if (buckets[i].name.size() == l.name.size() &&
                        std::memcmp(buckets[i].name.constData(), l.name.data(), size_t(l.name.size())) == 0)
                        index = static_cast<int>(i);
                }
            } else {
                const auto it = bucketIndex.constFind(QByteArray::fromRawData(l.name.data(), l.name.size()));
                if (it != bucketIndex.constEnd())
                    index = *it;
            }
            if (index < 0) {
                Bucket b;
                b.name = l.name.toByteArray();
                b.constants = rules.at(l.rule).constantsFor(QString::fromUtf8(l.name));
                buckets.push_back(std::move(b));
                index = static_cast<int>(buckets.size() - 1);
                bucketIndex.insert(buckets.back().name, index);
            }
            Bucket& b = buckets[static_cast<size_t>(index)];
            b.rows.push_back(static_cast<qint32>(row));
            b.statuses.push_back(statusCode(l.status));
        }
    }

    const ValidationReport report = validator.report();
    result.issues = report.issues;
    result.issuesOmitted = report.issuesOmitted;
    result.errors = report.errors;
    result.warnings = report.warnings;
    result.unknownStatusWords = report.unknownStatusWords;
    result.merged = report.merged;
    result.withoutUser = report.withoutUser;
    result.rejectedByField = report.invalidByField;

    if (result.cancelled) {
        writer.abort();
        rejects.cancel();
        return result;
    }
    if (!options.rejectsPath.isEmpty()) {
        if (!rejects.commit(&result.error)) {
            result.writeFailed = true;
            writer.abort();
            return result;
        }
        result.rejectsPath = options.rejectsPath;
    }
    if (allowed >= 0 && result.rejected > allowed) {
        result.blocked = true;
        writer.abort();
        return result;
    }

    RowMapper& mapper = validator.rowMapper();
    for (const Bucket& b : buckets) {
        writer.beginLicense(b.name, b.constants);
        for (size_t i = 0; i < b.rows.size(); ++i) {
            // The holders of one licence are scattered rows: fetch their index entry, then their e-mail, a few
            // rows ahead (measured: this pass waited on memory for ~90 ms of its ~120 ms on the 1M-row file).
            if (i + 2 * PrefetchAhead < b.rows.size())
                mapper.prefetchEmailIndex(b.rows[i + 2 * PrefetchAhead]);
            if (i + PrefetchAhead < b.rows.size())
                mapper.prefetchEmail(b.rows[i + PrefetchAhead]);
            writer.writeLicenseUser(mapper.emailKey(b.rows[i]), statusText(b.statuses[i]));
        }
        writer.endLicense();
    }
    if (!writer.finish(&result.error)) {
        result.writeFailed = writer.users() > 0; // else there was nothing to send (a data problem)
        return result;
    }
    if (users) {
        users->finalize();
        result.userSet = std::move(users);
    }
    if (progress)
        progress(rows, rows);
    result.ok = true;
    result.users = writer.users();
    result.licenses = writer.licenses();
    for (const Bucket& b : buckets)
        result.licenseAssignments += static_cast<qint64>(b.rows.size());
    result.payloadPath = options.payloadPath;
    result.payloadBytes = writer.bytes();
    result.sha256Hex = writer.sha256Hex();
    qCDebug(lcPayload) << "payload written:" << result.users << "users," << result.licenses << "licences,"
                       << result.payloadBytes << "bytes";
    return result;
}
