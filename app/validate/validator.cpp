#include "validate/validator.h"

#include "import/table.h"
#include "mapping/emailaddress.h"
#include "validate/rowmapper.h"

#include <cstring>

namespace
{
    // "ana+zoom@example.com" -> "ana@example.com"; empty when there is no tag.
    QByteArray withoutPlusTag(QByteArrayView email)
    {
        const qsizetype at = email.lastIndexOf('@');
        const qsizetype plus = email.indexOf('+');
        if (plus <= 0 || at < 0 || plus > at)
            return QByteArray();
        QByteArray base = email.first(plus).toByteArray();
        base.append(email.sliced(at));
        return base;
    }
} // namespace

Validator::Validator(const Table& table, const Mapping& mapping, const CancelFlag* cancel)
    : m_table(table)
    , m_mapper(std::make_unique<RowMapper>(table, mapping))
    , m_merge(mapping.mergeRepeatedUsers())
{
    m_report.fatal = m_mapper->fatal();
    // Only a valid row asks for its earlier duplicate, so invalid addresses need no key (one-letter rows made
    // 25M keys and repeats, issue #21); a device list merges repeats before validating, so it keys them all.
    if (m_report.fatal.isEmpty()) {
        m_validPlain.assign(size_t(table.rowCount() + 63) / 64, 0);
        // Two readers of the same keys, each with a buffer of its own, so the index reads on two threads (on
        // rows DuplicateIndex splits at a multiple of 64: the two never write the same word of bits).
        const auto keyOf = [this](qsizetype r, QByteArray* buffer) {
            bool plain = false;
            const QByteArrayView key = std::as_const(*m_mapper).emailKey(r, buffer, &plain);
            if (m_merge)
                return key;
            if (!EmailAddress::isValidNormalized(key))
                return QByteArrayView();
            if (plain)
                m_validPlain[size_t(r) >> 6] |= quint64(1) << (r & 63);
            return key;
        };
        m_duplicates.build(
            table.rowCount(), [keyOf, buffer = QByteArray()](qsizetype r) mutable { return keyOf(r, &buffer); }, cancel,
            [keyOf, buffer = QByteArray()](qsizetype r) mutable { return keyOf(r, &buffer); });
    }
    for (const ValidationIssue& issue : m_mapper->setupIssues())
        record(issue);
}

Validator::~Validator() = default;

const QStringList& Validator::fatal() const
{
    return m_mapper->fatal();
}

RowMapper& Validator::rowMapper()
{
    return *m_mapper;
}

void Validator::record(const ValidationIssue& issue)
{
    if (issue.severity == ValidationIssue::Error)
        ++m_report.errors;
    else
        ++m_report.warnings;
    if (m_report.issues.size() < ValidationReport::MaxIssues)
        m_report.issues.append(issue);
    else
        ++m_report.issuesOmitted;
}

bool Validator::check(qsizetype row, MappedUser* user, QList<ValidationIssue>* rowIssues)
{
    rowIssues->clear();
    m_lastMerged = false;
    if (m_merge) {
        // One row per device: a device without a user, or another device of a person already sent.
        const bool noUser = m_mapper->emailKey(row).isEmpty();
        if (noUser || m_duplicates.earlierDuplicate(row) >= 0) {
            ++(noUser ? m_report.withoutUser : m_report.merged);
            ++m_report.rows;
            m_lastMerged = true;
            return false;
        }
    }
    m_mapper->setMessages(m_allMessages || m_report.issues.size() < ValidationReport::MaxIssues);
    bool ok = m_mapper->map(row, user, rowIssues, !m_validPlain.empty() && validPlain(row));
    if (ok) {
        const qsizetype earlier = m_duplicates.earlierDuplicate(row);
        if (earlier >= 0) {
            ok = false;
            ++m_report.duplicates;
            rowIssues->append({m_table.sourceLine(row), m_mapper->columnName(m_mapper->emailColumn()),
                               QStringLiteral("email"), ValidationIssue::Error,
                               tr("duplicate e-mail \"%1\": same address as line %2 (compared ignoring case and "
                                  "spaces); only the first is sent")
                                   .arg(QString::fromUtf8(user->email))
                                   .arg(m_table.sourceLine(earlier))});
        } else if (std::memchr(user->email.data(), '+', size_t(user->email.size()))) {
            // A +tag is usually the same person signing up twice: worth a look, not an error.
            const QByteArray base = withoutPlusTag(user->email);
            const qsizetype other = base.isEmpty()
                ? -1
                : m_duplicates.findOther(base, row, [this](qsizetype r) { return m_mapper->emailKey(r); });
            if (other >= 0)
                rowIssues->append({m_table.sourceLine(row), m_mapper->columnName(m_mapper->emailColumn()),
                                   QStringLiteral("email"), ValidationIssue::Warning,
                                   tr("\"%1\" differs from line %2 only by a +tag: the same person twice?")
                                       .arg(QString::fromUtf8(user->email))
                                       .arg(m_table.sourceLine(other))});
        }
    }
    for (const ValidationIssue& issue : std::as_const(*rowIssues))
        record(issue);
    ++m_report.rows;
    if (ok)
        ++m_report.validRows;
    else
        ++m_report.invalidRows;
    if (!ok) {
        for (const ValidationIssue& issue : std::as_const(*rowIssues)) {
            if (issue.severity == ValidationIssue::Error) {
                ++m_report.invalidByField[issue.field];
                break;
            }
        }
    }
    return ok;
}

ValidationReport Validator::report() const
{
    ValidationReport r = m_report;
    r.unknownStatusWords = m_mapper->unknownStatusWords();
    return r;
}

ValidationReport Validator::run(const Table& table, const Mapping& mapping, const ProgressCallback& progress,
                                const CancelFlag* cancel)
{
    Validator validator(table, mapping, cancel);
    if (!validator.fatal().isEmpty())
        return validator.report();
    MappedUser user;
    QList<ValidationIssue> rowIssues;
    const qsizetype rows = table.rowCount();
    for (qsizetype row = 0; row < rows; ++row) {
        if ((row & 0xFFFF) == 0) {
            if (cancel && cancel->load())
                break;
            if (progress)
                progress(row, rows);
        }
        validator.check(row, &user, &rowIssues);
    }
    if (progress)
        progress(rows, rows);
    return validator.report();
}
