#pragma once

#include "common/progress.h"
#include "mapping/mapping.h"
#include "validate/duplicateindex.h"
#include "validate/mappeduser.h"
#include "validate/validationreport.h"

#include <QCoreApplication>
#include <QList>

#include <memory>
#include <vector>

class Table;
class RowMapper;

// Checks every row of a Table against a Mapping: per-cell issues, duplicates (compared after trimming,
// lower-casing and NFC, so "Ana.Garcia@Example.com " repeats "ana.garcia@example.com"), unknown status words,
// formula-like cells. run() checks a whole table for the GUI's Review page; Converter drives check() row by
// row while it writes the payload, so both report the same issues.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    // Reads every row's e-mail once to find duplicates (cancellable), so check() can tell them at once.
    Validator(const Table& table, const Mapping& mapping, const CancelFlag* cancel = nullptr);
    ~Validator();
    Q_DISABLE_COPY_MOVE(Validator)

    // Mapping problems that stop everything (no e-mail column...); check() must not be called then.
    [[nodiscard]] const QStringList& fatal() const;
    // Maps and checks one data row. The row's own issues replace *rowIssues; they are also added to the
    // report. Returns false when the row has an error. *user stays valid until the next call.
    bool check(qsizetype row, MappedUser* user, QList<ValidationIssue>* rowIssues);
    // Whether every row's issues keep their message (the rejects file's reason column needs them); otherwise
    // only issues the report still keeps do, and the rows past its cap are counted without building text.
    void setAllMessages(bool all) { m_allMessages = all; }
    // The last check() returned false without an error: a repeat of a user merged into an earlier row, or a
    // row without a user, in a mapping that merges repeated users (a device list). Not an invalid row.
    [[nodiscard]] bool lastRowMerged() const { return m_lastMerged; }
    // The report so far (complete after the last row).
    [[nodiscard]] ValidationReport report() const;
    RowMapper& rowMapper();

    [[nodiscard]] static ValidationReport run(const Table& table, const Mapping& mapping,
                                              const ProgressCallback& progress = {},
                                              const CancelFlag* cancel = nullptr);

private:
    void record(const ValidationIssue& issue);
    [[nodiscard]] bool validPlain(qsizetype row) const { return (m_validPlain[size_t(row) >> 6] >> (row & 63)) & 1; }

    const Table& m_table;
    std::unique_ptr<RowMapper> m_mapper;
    DuplicateIndex m_duplicates;
    // A bit a row: the duplicate index found the row's address plain and valid, so RowMapper::map does not
    // check its syntax a second time. Bits, not bytes: 25M one-letter rows must stay within a few times the
    // file (issue #21).
    std::vector<quint64> m_validPlain;
    ValidationReport m_report;
    bool m_merge = false;
    bool m_lastMerged = false;
    bool m_allMessages = false;
};
