#pragma once

#include "mapping/dateparser.h"
#include "mapping/listsplitter.h"
#include "mapping/mapping.h"
#include "mapping/statusmap.h"
#include "validate/mappeduser.h"
#include "validate/validationissue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class Table;

// A Mapping compiled against one Table: columns resolved to indexes, transforms prepared, date orders decided
// per column. map() turns one row into a MappedUser plus that row's issues, on UTF-8 views without per-cell
// QStrings (the 1M-row path). Used by Validator and Converter; the GUI's preview uses it for "after" samples.
class RowMapper
{
    Q_DECLARE_TR_FUNCTIONS(RowMapper)

public:
    RowMapper(const Table& table, const Mapping& mapping);
    ~RowMapper();
    Q_DISABLE_COPY_MOVE(RowMapper)

    // Problems that make the mapping unusable on this table (no e-mail column...). map() must not be called.
    [[nodiscard]] const QStringList& fatal() const { return m_fatal; }
    // File-level notes (a mapped optional column missing, a date column with mixed day/month orders).
    [[nodiscard]] const QList<ValidationIssue>& setupIssues() const { return m_setupIssues; }

    // Maps row (0-based data row). Issues found are appended to *issues (not cleared). Returns false when the
    // row has an error (it must not be sent). emailValidPlain: emailKey() said plain for this row and
    // EmailAddress::isValidNormalized() accepted its key, so the address's syntax is not checked again.
    bool map(qsizetype row, MappedUser* user, QList<ValidationIssue>* issues, bool emailValidPlain = false);
    // Only the normalised e-mail of a row (for licence lists written after the users); empty when invalid.
    QByteArrayView email(qsizetype row);
    // The normalised address without the validity check (duplicate keys, licence lists of valid rows).
    QByteArrayView emailKey(qsizetype row);
    // The same into the caller's buffer: safe on several threads at once (each with its own buffer) while no
    // thread calls map(), as DuplicateIndex::build does. *plain (when given): EmailAddress::Result::plain.
    QByteArrayView emailKey(qsizetype row, QByteArray* buffer, bool* plain = nullptr) const;
    // A hint that emailKey(row) comes soon (Table::prefetch of the e-mail cell).
    void prefetchEmail(qsizetype row) const;
    // The step before: the e-mail cell's entry in the table's index (Table::prefetchIndex).
    void prefetchEmailIndex(qsizetype row) const;

    // Whether issues carry their message (default). Off, they keep row, column, field and severity with an
    // empty text: for rows past the report's cap that no rejects file needs, where only the counts matter.
    void setMessages(bool on) { m_messages = on; }

    [[nodiscard]] int emailColumn() const { return m_email.column; }
    [[nodiscard]] QString columnName(int column) const;
    [[nodiscard]] const QStringList& unknownStatusWords() const { return m_unknownStatusWords; }

private:
    struct Column
    {
        int column = -1;
        int fallback = -1;
        FieldMapping mapping;
        QHash<QByteArray, QByteArray> valueMap; // exact trimmed raw -> replacement
        QByteArray constant;
        [[nodiscard]] bool active() const { return column >= 0 || !constant.isEmpty(); }
    };
    struct Rule
    {
        LicenseRule rule;
        int column = -1;
        int statusColumn = -1;
        ListSplitter splitter;
        std::unique_ptr<StatusMap> statusMap;
        QHash<QByteArray, QByteArray> nameMap;
        std::vector<QByteArray> ignore; // lower-case
        // A filter before the case-insensitive comparisons with ignore: bit (b & 31) of entry min(size, 63) for
        // each word of size `size` starting with byte b. Case folding (ASCII and Latin-1) only flips 0x20, so
        // the bit is the same for every spelling; a piece whose bit is clear matches no word.
        std::array<quint32, 64> ignoreFilter {};
        [[nodiscard]] bool mayBeIgnored(QByteArrayView piece) const
        {
            const size_t length = std::min<size_t>(size_t(piece.size()), ignoreFilter.size() - 1);
            return piece.isEmpty() || (ignoreFilter[length] >> (static_cast<unsigned char>(piece.front()) & 31) & 1);
        }
        QByteArray constantName;
    };
    // A value either points into the table / a constant, or into m_arena (by offset: the arena may grow).
    struct Ref
    {
        const char* data = nullptr;
        qsizetype offset = -1;
        qsizetype size = 0;
    };

    Column resolve(const Mapping& mapping, TargetField field);
    int columnIndex(const QString& name) const;
    // Inline: map() reads ten cells a row, most from m_row.
    [[nodiscard]] QByteArrayView cell(qsizetype row, int column) const
    {
        if (row == m_rowIndex && size_t(column) < m_row.size()) // a column < 0 is out of range too
            return m_row[size_t(column)];
        return otherCell(row, column);
    }
    [[nodiscard]] QByteArrayView otherCell(qsizetype row, int column) const;
    Ref text(qsizetype row, const Column& c, TargetField field, QList<ValidationIssue>* issues);
    Ref toArena(QByteArrayView v);
    // Inline: eight values and every role and licence of a row are turned into views.
    QByteArrayView view(const Ref& r) const
    {
        if (r.data)
            return QByteArrayView(r.data, r.size);
        if (r.offset < 0 || r.size == 0)
            return QByteArrayView();
        return QByteArrayView(m_arena.data() + r.offset, r.size);
    }
    // message: a callable giving the text, called only while messages are wanted (see setMessages).
    template<typename Message>
    void addIssue(QList<ValidationIssue>* issues, qsizetype row, int column, TargetField field,
                  ValidationIssue::Severity severity, const Message& message) const;
    // Only a value starting with = + - @ or a tab/CR can be a formula: the test inline, the rest out of line.
    void checkFormula(qsizetype row, int column, TargetField field, QByteArrayView value,
                      QList<ValidationIssue>* issues) const
    {
        if (!value.isEmpty() && issues && mayBeFormula(value.front()))
            checkFormulaText(row, column, field, value, issues);
    }
    [[nodiscard]] static bool mayBeFormula(char c)
    {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
    void checkFormulaText(qsizetype row, int column, TargetField field, QByteArrayView value,
                          QList<ValidationIssue>* issues) const;
    [[nodiscard]] QByteArrayView emailSource(qsizetype row, int* column) const;
    bool mapEmail(qsizetype row, QList<ValidationIssue>* issues, QByteArray* out, bool validPlain = false);
    void mapLicenses(qsizetype row, QByteArrayView userStatus, QList<ValidationIssue>* issues);

    const Table& m_table;
    QStringList m_columnNames;
    QStringList m_fatal;
    QList<ValidationIssue> m_setupIssues;
    QStringList m_unknownStatusWords;

    Column m_email, m_id, m_first, m_last, m_full, m_status, m_external, m_roles, m_date;
    ListSplitter m_roleSplitter;
    std::unique_ptr<StatusMap> m_statusMap;
    DateOrder m_dateOrder = DateOrder::Auto;
    std::optional<QTimeZone> m_zone;
    std::vector<Rule> m_rules;

    // The cells of the row map() works on, fetched in one call (cell() reads them from here).
    std::vector<QByteArrayView> m_row;
    qsizetype m_rowIndex = -1;
    bool m_messages = true;
    QByteArray m_emailBuffer;
    QByteArray m_lookupBuffer;
    std::string m_arena;
    std::vector<QByteArrayView> m_pieces;
    std::vector<Ref> m_roleRefs;
    struct LicenseRef
    {
        int rule;
        Ref name;
        Ref status;
    };
    std::vector<LicenseRef> m_licenseRefs;
};
