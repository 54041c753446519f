#include "mapping/columnprofiler.h"

#include "import/table.h"
#include "mapping/dateparser.h"
#include "mapping/statusmap.h"

#include <QHash>
#include <QSet>

#include <array>
#include <vector>

namespace
{
    // Candidate list separators, in order of preference when several fit.
    constexpr std::array<char, 4> Separators = {';', '|', ',', '+'};

    struct ListCount
    {
        int cells = 0;  // non-blank cells containing the separator
        int pieces = 0; // pieces of those cells
        QSet<QByteArray> distinctPieces;
    };

    // What one distinct cell counts as. A column repeats a few words (status, role, licence, first names) over
    // and over: the first one is classified, its repeats only add these counts again.
    struct CellKind
    {
        bool email = false;
        bool boolean = false;
        bool statusWord = false;
        bool userType = false;
        bool date = false;
        bool number = false;
        std::array<int, Separators.size()> pieces {}; // -1: the separator is not in the cell
    };

    // Cells remembered per column: enough for every word of a status or role column, small enough that a column
    // of unique values (e-mail, ids) stops paying for insertions early.
    constexpr qsizetype MemoLimit = 512;

    struct Counter
    {
        ColumnProfile profile;
        QSet<QByteArray> distinct;
        std::array<ListCount, Separators.size()> lists;
        QHash<QByteArray, CellKind> memo; // exact trimmed cell -> what it counts as
    };

    QByteArrayView trimmed(QByteArrayView v)
    {
        while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
            v = v.sliced(1);
        while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r' || v.back() == '\n'))
            v.chop(1);
        return v;
    }

    bool isEmailLike(QByteArrayView v)
    {
        // Syntax is EmailAddress's job; here only "does this column hold addresses": one '@' with text on both
        // sides, a dot in the domain, no spaces. A '+'-joined proxy list ("SMTP:a@x.com+smtp:b@x.com") counts.
        const qsizetype at = v.indexOf('@');
        if (at <= 0 || at + 3 >= v.size())
            return false;
        if (v.indexOf('.', at) < 0)
            return false;
        for (char c : v) {
            if (c == ' ' || c == '\t' || c == ',' || c == ';')
                return false;
        }
        return true;
    }

    QByteArray lower(QByteArrayView v)
    {
        return v.toByteArray().toLower();
    }

    bool isBoolean(const QByteArray& l)
    {
        static const QSet<QByteArray> words = {"true", "false", "yes",    "no", "y",    "n",   "t",   "f", "1",
                                               "0",    "wahr",  "falsch", "ja", "nein", "oui", "non", "si"};
        return words.contains(l);
    }

    bool isUserType(const QByteArray& l)
    {
        static const QSet<QByteArray> words = {"member",
                                               "members",
                                               "guest",
                                               "guests",
                                               "admin",
                                               "administrator",
                                               "owner",
                                               "user",
                                               "users",
                                               "internal",
                                               "external",
                                               "standard",
                                               "viewer",
                                               "editor",
                                               "contributor",
                                               "collaborator",
                                               "outside collaborator",
                                               "billing manager",
                                               "full member",
                                               "multi-channel guest",
                                               "single-channel guest",
                                               "primary owner",
                                               "workspace admin",
                                               "workspace owner",
                                               "org admin",
                                               "agent",
                                               "end-user",
                                               "end user",
                                               "light agent",
                                               "super admin",
                                               "manager",
                                               "employee",
                                               "contractor",
                                               "service account",
                                               "bot",
                                               "app",
                                               "mitglied",
                                               "gast",
                                               "invite",
                                               "invité",
                                               "invitado"};
        return words.contains(l);
    }

    bool isNumber(QByteArrayView v)
    {
        if (v.isEmpty())
            return false;
        for (char c : v) {
            if (!(c >= '0' && c <= '9') && c != '.' && c != '-')
                return false;
        }
        return true;
    }

    // Classifies a cell seen for the first time. Also records it among the column's distinct values and its
    // list pieces; a repeat of the same cell would add nothing there (sets, and a full set stays full).
    CellKind classify(Counter& c, QByteArrayView v, const StatusMap& status)
    {
        ColumnProfile& p = c.profile;
        CellKind kind;
        kind.pieces.fill(-1);
        const QByteArray l = lower(v);
        if (c.distinct.size() < ColumnProfiler::MaxDistinct && !c.distinct.contains(l)) {
            c.distinct.insert(l);
            if (p.firstValues.size() < ColumnProfiler::FirstValues)
                p.firstValues.append(QString::fromUtf8(v));
        }
        if (isEmailLike(v)) {
            kind.email = true;
            return kind;
        }
        if (isBoolean(l)) {
            kind.boolean = true;
            return kind;
        }
        kind.statusWord = !status.map(v).isEmpty();
        kind.userType = isUserType(l);
        const DateParser::Result::Kind parsed = DateParser::parse(v).kind;
        if (parsed == DateParser::Result::Ok || parsed == DateParser::Result::Ambiguous ||
            parsed == DateParser::Result::Never)
            kind.date = true;
        else
            kind.number = isNumber(v);
        for (size_t s = 0; s < Separators.size(); ++s) {
            if (!v.contains(Separators[s]))
                continue;
            ListCount& list = c.lists[s];
            int pieces = 0;
            for (QByteArrayView piece : QByteArray::fromRawData(v.data(), v.size()).split(Separators[s])) {
                piece = trimmed(piece);
                if (piece.isEmpty())
                    continue;
                ++pieces;
                if (list.distinctPieces.size() < ColumnProfiler::MaxDistinct)
                    list.distinctPieces.insert(lower(piece));
            }
            kind.pieces[s] = pieces;
        }
        return kind;
    }

    void add(Counter& c, const CellKind& kind)
    {
        ColumnProfile& p = c.profile;
        p.email += kind.email;
        p.boolean += kind.boolean;
        p.statusWord += kind.statusWord;
        p.userType += kind.userType;
        p.date += kind.date;
        p.number += kind.number;
        for (size_t s = 0; s < Separators.size(); ++s) {
            if (kind.pieces[s] < 0)
                continue;
            ++c.lists[s].cells;
            c.lists[s].pieces += kind.pieces[s];
        }
    }

    void count(Counter& c, QByteArrayView raw, const StatusMap& status)
    {
        ColumnProfile& p = c.profile;
        ++p.sampled;
        const QByteArrayView v = trimmed(raw);
        if (v.isEmpty()) {
            ++p.blank;
            return;
        }
        // Looked up without copying the cell; copied only when remembered.
        const auto known = c.memo.constFind(QByteArray::fromRawData(v.data(), v.size()));
        if (known != c.memo.cend()) {
            add(c, *known);
            return;
        }
        const CellKind kind = classify(c, v, status);
        add(c, kind);
        if (c.memo.size() < MemoLimit)
            c.memo.insert(v.toByteArray(), kind);
    }

    QChar listSeparator(const Counter& c)
    {
        // A list column uses one separator across many rows, and its pieces recur ("Admin;Billing",
        // "Billing"); a job title with a comma ("VP Sales, EMEA") is a rare cell with pieces seen nowhere else.
        const int nonBlank = c.profile.nonBlank();
        for (size_t s = 0; s < Separators.size(); ++s) {
            const ListCount& list = c.lists[s];
            if (list.cells < 2)
                continue;
            const bool strong = Separators[s] == ';' || Separators[s] == '|';
            const double minShare = strong ? 0.05 : 0.2;
            if (list.cells < minShare * nonBlank)
                continue;
            if (!strong && list.distinctPieces.size() > 0.6 * list.pieces)
                continue;
            return QLatin1Char(Separators[s]);
        }
        return {};
    }
} // namespace

QList<ColumnProfile> ColumnProfiler::profile(const Table& table, int sampleRows)
{
    const int columns = table.columnCount();
    std::vector<Counter> counters(size_t(std::max(columns, 0)));
    const StatusMap status(StatusMap::Kind::User);
    const qsizetype rows = table.rowCount();
    const qsizetype take = std::min<qsizetype>(rows, std::max(sampleRows, 1));
    std::vector<QByteArrayView> cells(size_t(std::max(columns, 1)));
    for (qsizetype i = 0; i < take; ++i) {
        // Evenly spread: row i * rows / take visits the start, the middle and the end of a large file.
        const qsizetype row = take == rows ? i : qsizetype(double(i) * double(rows) / double(take));
        table.rowUtf8(row, cells.data(), columns);
        for (int column = 0; column < columns; ++column)
            count(counters[size_t(column)], cells[size_t(column)], status);
    }
    QList<ColumnProfile> out;
    out.reserve(columns);
    for (Counter& c : counters) {
        // Booleans and e-mail cells are not status words or numbers; counted apart above.
        c.profile.distinct = int(c.distinct.size());
        c.profile.listSeparator = listSeparator(c);
        out.append(c.profile);
    }
    return out;
}
