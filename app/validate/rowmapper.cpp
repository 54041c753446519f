#include "validate/rowmapper.h"

#include "import/table.h"
#include "mapping/canonicaldate.h"
#include "mapping/dateorderdetector.h"
#include "mapping/emailaddress.h"
#include "mapping/namesplitter.h"

#include <algorithm>
#include <cstring>

namespace
{
    inline bool isSpace(char c)
    {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    inline QByteArrayView trimmed(QByteArrayView v)
    {
        const char* b = v.data();
        const char* e = b + v.size();
        while (b < e && isSpace(*b))
            ++b;
        while (e > b && isSpace(e[-1]))
            --e;
        return QByteArrayView(b, e - b);
    }

    bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b)
    {
        return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
    }

    const char* const noLicenseWords[] = {"unlicensed",   "none",  "no license", "no licence", "n/a",         "-",
                                          "not licensed", "keine", "aucune",     "ninguna",    "sin licencia"};
    const char* const truthyWords[] = {"1",   "true", "yes",    "y",    "x",        "wahr",     "ja",
                                       "oui", "si",   "active", "paid", "billable", "licensed", "on"};

    bool isTruthy(QByteArrayView v)
    {
        for (const char* w : truthyWords) {
            if (equalsIgnoreCase(v, QByteArrayView(w)))
                return true;
        }
        return false;
    }

    QString shown(QByteArrayView v)
    {
        QString s = QString::fromUtf8(v);
        if (s.size() > 80)
            s = s.left(77) + QStringLiteral("...");
        return s;
    }

    QHash<QByteArray, QByteArray> compileMap(const QMap<QString, QString>& map)
    {
        QHash<QByteArray, QByteArray> h;
        for (auto it = map.begin(); it != map.end(); ++it)
            h.insert(it.key().trimmed().toUtf8(), it.value().toUtf8());
        return h;
    }
} // namespace

RowMapper::RowMapper(const Table& table, const Mapping& mapping)
    : m_table(table)
    , m_columnNames(table.columnNames())
{
    m_email = resolve(mapping, TargetField::Email);
    m_email.mapping.lowercase = true;
    m_id = resolve(mapping, TargetField::Id);
    m_first = resolve(mapping, TargetField::FirstName);
    m_last = resolve(mapping, TargetField::LastName);
    m_full = resolve(mapping, TargetField::FullName);
    m_status = resolve(mapping, TargetField::Status);
    m_external = resolve(mapping, TargetField::ExternalStatus);
    m_roles = resolve(mapping, TargetField::Roles);
    m_date = resolve(mapping, TargetField::LastUsedDate);

    if (m_email.column < 0 && m_email.fallback < 0) {
        const FieldMapping f = mapping.field(TargetField::Email);
        if (f.column.isEmpty() && f.fallbackColumn.isEmpty())
            m_fatal.append(tr("no column is mapped to Email, which Torii requires"));
        else
            m_fatal.append(tr("the column \"%1\" mapped to Email is not in the file")
                               .arg(f.column.isEmpty() ? f.fallbackColumn : f.column));
    }
    m_statusMap = std::make_unique<StatusMap>(StatusMap::Kind::User, m_status.mapping.valueMap);
    m_roleSplitter = ListSplitter(m_roles.mapping.separator);

    if (m_date.column >= 0) {
        m_dateOrder = m_date.mapping.dateOrder;
        if (m_dateOrder == DateOrder::Auto) {
            const DateOrderDetector::Result detected = DateOrderDetector::detect(table, m_date.column);
            m_dateOrder = detected.order;
            if (detected.conflicting())
                m_setupIssues.append(
                    {0, columnName(m_date.column), ToriiSchema::key(TargetField::LastUsedDate),
                     ValidationIssue::Warning,
                     tr("the column mixes day-first (e.g. 13/04) and month-first (e.g. 04/13) dates, so values "
                        "like 03/04/2024 cannot be decided; choose the order (DMY or MDY) in the mapping")});
        }
        const QString zone = m_date.mapping.timeZone.trimmed();
        if (!zone.isEmpty() && zone.compare(QStringLiteral("UTC"), Qt::CaseInsensitive) != 0) {
            QTimeZone tz(zone.toUtf8());
            if (tz.isValid())
                m_zone = tz;
            else
                m_setupIssues.append(
                    {0, columnName(m_date.column), ToriiSchema::key(TargetField::LastUsedDate),
                     ValidationIssue::Warning,
                     tr("unknown time zone \"%1\"; dates without an offset are read as UTC").arg(zone)});
        }
    }

    for (const LicenseRule& lr : mapping.licenseRules()) {
        Rule r;
        r.rule = lr;
        if (!lr.column.isEmpty()) {
            r.column = columnIndex(lr.column);
            if (r.column < 0) {
                m_setupIssues.append(
                    {0, lr.column, ToriiSchema::key(TargetField::LicenseName), ValidationIssue::Warning,
                     tr("the licence column \"%1\" is not in the file; no licences from it").arg(lr.column)});
                continue;
            }
        }
        if (!lr.statusColumn.isEmpty()) {
            r.statusColumn = columnIndex(lr.statusColumn);
            if (r.statusColumn < 0)
                m_setupIssues.append({0, lr.statusColumn, ToriiSchema::key(TargetField::LicenseStatus),
                                      ValidationIssue::Warning,
                                      tr("the licence status column \"%1\" is not in the file; the user's status is "
                                         "used instead")
                                          .arg(lr.statusColumn)});
        }
        if (r.column < 0 && lr.constantName.isEmpty())
            continue;
        r.splitter = ListSplitter(lr.separator);
        r.statusMap = std::make_unique<StatusMap>(StatusMap::Kind::License, lr.statusMap);
        r.nameMap = compileMap(lr.nameMap);
        for (const QString& v : lr.ignoreValues)
            r.ignore.push_back(v.trimmed().toUtf8());
        for (const char* w : noLicenseWords)
            r.ignore.push_back(QByteArray(w));
        for (const QByteArray& w : r.ignore) {
            const size_t length = std::min<size_t>(size_t(w.size()), r.ignoreFilter.size() - 1);
            r.ignoreFilter[length] |=
                w.isEmpty() ? ~quint32(0) : quint32(1) << (static_cast<unsigned char>(w.front()) & 31);
        }
        r.constantName = lr.constantName.toUtf8();
        m_rules.push_back(std::move(r));
    }
    m_arena.reserve(4096);
    m_row.resize(size_t(std::max(table.columnCount(), 0)));
}

RowMapper::~RowMapper() = default;

int RowMapper::columnIndex(const QString& name) const
{
    if (name.isEmpty())
        return -1;
    const qsizetype exact = m_columnNames.indexOf(name);
    if (exact >= 0)
        return static_cast<int>(exact);
    // Tolerate what a re-export changes: case and surrounding spaces.
    for (int i = 0; i < m_columnNames.size(); ++i) {
        if (m_columnNames.at(i).trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString RowMapper::columnName(int column) const
{
    return column >= 0 && column < m_columnNames.size() ? m_columnNames.at(column) : QString();
}

RowMapper::Column RowMapper::resolve(const Mapping& mapping, TargetField field)
{
    Column c;
    c.mapping = mapping.field(field);
    c.constant = c.mapping.constant.toUtf8();
    c.valueMap = compileMap(c.mapping.valueMap);
    if (field == TargetField::Status)
        c.valueMap.clear(); // the status value map goes to StatusMap
    const FieldInfo& info = ToriiSchema::info(field);
    for (const QString* name : {&c.mapping.column, &c.mapping.fallbackColumn}) {
        if (name->isEmpty())
            continue;
        const int index = columnIndex(*name);
        if (index < 0 && field != TargetField::Email)
            m_setupIssues.append(
                {0, *name, info.key, ValidationIssue::Warning,
                 tr("the column \"%1\" mapped to %2 is not in the file; %2 is left out").arg(*name, info.label())});
        if (name == &c.mapping.column)
            c.column = index;
        else
            c.fallback = index;
    }
    return c;
}

QByteArrayView RowMapper::otherCell(qsizetype row, int column) const
{
    if (column < 0)
        return QByteArrayView();
    return m_table.cellUtf8(row, column);
}

RowMapper::Ref RowMapper::toArena(QByteArrayView v)
{
    Ref r;
    r.offset = static_cast<qsizetype>(m_arena.size());
    r.size = v.size();
    m_arena.append(v.data(), static_cast<size_t>(v.size()));
    return r;
}

template<typename Message>
void RowMapper::addIssue(QList<ValidationIssue>* issues, qsizetype row, int column, TargetField field,
                         ValidationIssue::Severity severity, const Message& message) const
{
    if (!issues)
        return;
    // The text only when someone reads it: a file of 25M invalid rows built 25M messages to keep 10,000.
    issues->append({m_table.sourceLine(row), columnName(column), ToriiSchema::key(field), severity,
                    m_messages ? message() : QString()});
}

void RowMapper::checkFormulaText(qsizetype row, int column, TargetField field, QByteArrayView value,
                                 QList<ValidationIssue>* issues) const
{
    const char c = value.front();
    // "+34 600 000 101", "-5": numbers are not formulas.
    bool numeric = value.size() > 1;
    for (qsizetype i = 1; i < value.size() && numeric; ++i) {
        const char d = value[i];
        numeric = (d >= '0' && d <= '9') || d == ' ' || d == '.' || d == ',' || d == '(' || d == ')' || d == '-';
    }
    if (numeric)
        return;
    addIssue(issues, row, column, field, ValidationIssue::Warning, [&] {
        return tr("\"%1\" starts with '%2': spreadsheet apps may run it as a formula (sent as text; escaped in the "
                  "rejects file)")
            .arg(shown(value), QString(QLatin1Char(c == '\t' ? ' ' : c)));
    });
}

RowMapper::Ref RowMapper::text(qsizetype row, const Column& c, TargetField field, QList<ValidationIssue>* issues)
{
    int column = c.column;
    QByteArrayView v = cell(row, c.column);
    if (c.mapping.trim)
        v = trimmed(v);
    if (v.isEmpty() && c.fallback >= 0) {
        column = c.fallback;
        v = cell(row, c.fallback);
        if (c.mapping.trim)
            v = trimmed(v);
    }
    if (v.isEmpty())
        v = QByteArrayView(c.constant);
    if (!c.valueMap.isEmpty()) {
        const auto it = c.valueMap.constFind(QByteArray::fromRawData(v.data(), v.size()));
        if (it != c.valueMap.constEnd())
            v = QByteArrayView(*it);
    }
    if (v.isEmpty())
        return Ref();
    checkFormula(row, column, field, v, issues);
    if (c.mapping.lowercase) {
        Ref r = toArena(v);
        for (qsizetype i = 0; i < r.size; ++i) {
            char& ch = m_arena[static_cast<size_t>(r.offset + i)];
            if (ch >= 'A' && ch <= 'Z')
                ch = static_cast<char>(ch + ('a' - 'A'));
        }
        return r;
    }
    Ref r;
    r.data = v.data();
    r.size = v.size();
    return r;
}

QByteArrayView RowMapper::emailSource(qsizetype row, int* column) const
{
    *column = m_email.column;
    QByteArrayView v = cell(row, m_email.column);
    if (m_email.mapping.extract == EmailExtract::PrimarySmtp) {
        // The primary address is the one written "SMTP:" in upper case; "smtp:" ones are aliases.
        QByteArrayView primary;
        qsizetype at = 0;
        while (at < v.size()) {
            qsizetype end = v.indexOf('+', at);
            if (end < 0)
                end = v.size();
            const QByteArrayView item = trimmed(v.sliced(at, end - at));
            if (item.startsWith(QByteArrayView("SMTP:", 5))) {
                primary = item.sliced(5);
                break;
            }
            at = end + 1;
        }
        v = primary;
    }
    if (trimmed(v).isEmpty() && m_email.fallback >= 0) {
        *column = m_email.fallback;
        v = cell(row, m_email.fallback);
    }
    if (*column < 0)
        *column = m_email.column >= 0 ? m_email.column : m_email.fallback;
    return v;
}

bool RowMapper::mapEmail(qsizetype row, QList<ValidationIssue>* issues, QByteArray* out, bool validPlain)
{
    int column = -1;
    const QByteArrayView v = emailSource(row, &column);
    const EmailAddress::Result result =
        validPlain ? EmailAddress::normalizeValidPlain(v, out) : EmailAddress::normalize(v, out);
    if (!result.valid) {
        if (result.empty)
            addIssue(issues, row, column, TargetField::Email, ValidationIssue::Error,
                     [&] { return tr("no e-mail address"); });
        else
            addIssue(issues, row, column, TargetField::Email, ValidationIssue::Error,
                     [&] { return tr("invalid e-mail address \"%1\": %2").arg(shown(v), result.problem); });
        return false;
    }
    if (!result.note.isEmpty())
        addIssue(issues, row, column, TargetField::Email, ValidationIssue::Warning,
                 [&] { return tr("e-mail \"%1\" normalised: %2").arg(shown(trimmed(v)), result.note); });
    return true;
}

QByteArrayView RowMapper::emailKey(qsizetype row)
{
    return emailKey(row, &m_lookupBuffer);
}

QByteArrayView RowMapper::emailKey(qsizetype row, QByteArray* buffer, bool* plain) const
{
    if (!m_fatal.isEmpty())
        return QByteArrayView();
    int column = -1;
    const EmailAddress::Result result = EmailAddress::normalizeOnly(emailSource(row, &column), buffer);
    if (plain)
        *plain = result.plain;
    return QByteArrayView(*buffer);
}

void RowMapper::prefetchEmail(qsizetype row) const
{
    if (m_email.column >= 0)
        m_table.prefetch(row, m_email.column);
}

void RowMapper::prefetchEmailIndex(qsizetype row) const
{
    if (m_email.column >= 0)
        m_table.prefetchIndex(row, m_email.column);
}

QByteArrayView RowMapper::email(qsizetype row)
{
    // A buffer of its own: called while the current row's views (into m_emailBuffer) are still in use.
    if (!m_fatal.isEmpty() || !mapEmail(row, nullptr, &m_lookupBuffer))
        return QByteArrayView();
    return QByteArrayView(m_lookupBuffer);
}

bool RowMapper::map(qsizetype row, MappedUser* user, QList<ValidationIssue>* issues, bool emailValidPlain)
{
    m_table.rowUtf8(row, m_row.data(), int(m_row.size()));
    m_rowIndex = row;
    m_arena.clear();
    m_roleRefs.clear();
    m_licenseRefs.clear();
    const bool ok = mapEmail(row, issues, &m_emailBuffer, emailValidPlain);

    const Ref id = text(row, m_id, TargetField::Id, issues);
    Ref first = text(row, m_first, TargetField::FirstName, issues);
    Ref last = text(row, m_last, TargetField::LastName, issues);
    if (first.size == 0 && last.size == 0 && m_full.active()) {
        const Ref full = text(row, m_full, TargetField::FullName, issues);
        if (full.size > 0) {
            const NameSplitter::Parts parts = NameSplitter::split(QString::fromUtf8(view(full)));
            first = toArena(parts.first.toUtf8());
            last = toArena(parts.last.toUtf8());
        }
    }

    QByteArrayView status;
    Ref external;
    if (m_status.active()) {
        QByteArrayView raw = trimmed(cell(row, m_status.column));
        if (raw.isEmpty())
            raw = QByteArrayView(m_status.constant);
        if (!raw.isEmpty()) {
            status = m_statusMap->map(raw);
            if (status.isEmpty()) {
                const QString word = QString::fromUtf8(raw);
                if (!m_unknownStatusWords.contains(word) && m_unknownStatusWords.size() < 1000)
                    m_unknownStatusWords.append(word);
                addIssue(issues, row, m_status.column, TargetField::Status, ValidationIssue::Warning, [&] {
                    return tr("unknown status \"%1\": status left out (Torii then treats the user as active); map it "
                              "to active or deleted")
                        .arg(shown(raw));
                });
            }
            external.data = raw.data();
            external.size = raw.size();
        }
    }
    if (m_external.active())
        external = text(row, m_external, TargetField::ExternalStatus, issues);

    if (m_roles.active()) {
        QByteArrayView raw = trimmed(cell(row, m_roles.column));
        if (raw.isEmpty())
            raw = QByteArrayView(m_roles.constant);
        if (m_roleSplitter.isEmpty()) {
            m_pieces.clear();
            if (!raw.isEmpty())
                m_pieces.push_back(raw);
        } else {
            m_roleSplitter.split(raw, &m_pieces);
        }
        for (QByteArrayView piece : m_pieces) {
            if (!m_roles.valueMap.isEmpty()) {
                const auto it = m_roles.valueMap.constFind(QByteArray::fromRawData(piece.data(), piece.size()));
                if (it != m_roles.valueMap.constEnd())
                    piece = QByteArrayView(*it);
            }
            if (piece.isEmpty())
                continue;
            const bool seen = std::any_of(m_roleRefs.cbegin(), m_roleRefs.cend(), [&](const Ref& r) {
                const QByteArrayView v = view(r);
                return v.size() == piece.size() && std::memcmp(v.data(), piece.data(), piece.size()) == 0;
            });
            if (seen)
                continue;
            checkFormula(row, m_roles.column, TargetField::Roles, piece, issues);
            Ref r;
            r.data = piece.data();
            r.size = piece.size();
            m_roleRefs.push_back(r);
        }
    }

    Ref date;
    if (m_date.column >= 0 && CanonicalDate::matches(cell(row, m_date.column))) {
        // Already as format() writes it (most dates of a machine export): sent as it is.
        const QByteArrayView raw = cell(row, m_date.column);
        date.data = raw.data();
        date.size = raw.size();
    } else if (m_date.column >= 0 && !m_zone && CanonicalDate::matchesWithoutZone(cell(row, m_date.column))) {
        // A workbook's date-time cell in UTC: format() would append the 'Z' and nothing else.
        char buffer[20];
        std::memcpy(buffer, cell(row, m_date.column).data(), 19);
        buffer[19] = 'Z';
        date = toArena(QByteArrayView(buffer, 20));
    } else if (m_date.column >= 0) {
        const QByteArrayView raw = cell(row, m_date.column);
        const DateParser::Result parsed = DateParser::parse(raw, m_dateOrder, m_zone ? &*m_zone : nullptr);
        switch (parsed.kind) {
        case DateParser::Result::Ok: {
            char buffer[24];
            const int n = DateParser::format(parsed, buffer);
            date = toArena(QByteArrayView(buffer, n));
            break;
        }
        case DateParser::Result::Ambiguous:
            addIssue(issues, row, m_date.column, TargetField::LastUsedDate, ValidationIssue::Warning, [&] {
                return tr("ambiguous date \"%1\" (day/month or month/day?): left out; choose DMY or MDY in the mapping")
                    .arg(shown(trimmed(raw)));
            });
            break;
        case DateParser::Result::Invalid:
            addIssue(issues, row, m_date.column, TargetField::LastUsedDate, ValidationIssue::Warning,
                     [&] { return tr("unreadable date \"%1\": left out").arg(shown(trimmed(raw))); });
            break;
        case DateParser::Result::Empty:
        case DateParser::Result::Never:
            break;
        }
    }

    mapLicenses(row, status, issues);

    // The arena is final now: turn references into views.
    user->email = ok ? QByteArrayView(m_emailBuffer) : QByteArrayView();
    user->id = view(id);
    user->firstName = view(first);
    user->lastName = view(last);
    user->status = status;
    user->externalStatus = view(external);
    user->lastUsedDate = view(date);
    user->roles.clear();
    for (const Ref& r : m_roleRefs)
        user->roles.push_back(view(r));
    user->licenses.clear();
    for (const LicenseRef& l : m_licenseRefs)
        user->licenses.push_back({l.rule, view(l.name), view(l.status)});
    return ok;
}

void RowMapper::mapLicenses(qsizetype row, QByteArrayView userStatus, QList<ValidationIssue>* issues)
{
    for (int index = 0; index < static_cast<int>(m_rules.size()); ++index) {
        Rule& r = m_rules[static_cast<size_t>(index)];
        m_pieces.clear();
        if (r.constantName.isEmpty()) {
            const QByteArrayView raw = trimmed(cell(row, r.column));
            if (r.splitter.isEmpty()) {
                if (!raw.isEmpty())
                    m_pieces.push_back(raw);
            } else {
                r.splitter.split(raw, &m_pieces);
            }
        } else if (r.column < 0 || isTruthy(trimmed(cell(row, r.column)))) {
            m_pieces.push_back(QByteArrayView(r.constantName));
        }
        if (m_pieces.empty())
            continue;
        Ref status;
        if (r.statusColumn >= 0) {
            const QByteArrayView raw = trimmed(cell(row, r.statusColumn));
            if (!raw.isEmpty()) {
                const QByteArrayView mapped = r.statusMap->map(raw);
                if (mapped.isEmpty())
                    addIssue(issues, row, r.statusColumn, TargetField::LicenseStatus, ValidationIssue::Warning, [&] {
                        return tr("unknown licence status \"%1\": left out (Torii then uses the user's status)")
                            .arg(shown(raw));
                    });
                status.data = mapped.data();
                status.size = mapped.size();
            }
        } else if (!userStatus.isEmpty()) {
            status.data = userStatus.data();
            status.size = userStatus.size();
        }
        const size_t firstOfRule = m_licenseRefs.size();
        for (QByteArrayView piece : m_pieces) {
            const bool ignored = r.mayBeIgnored(piece) &&
                std::any_of(r.ignore.cbegin(), r.ignore.cend(),
                            [&](const QByteArray& w) { return equalsIgnoreCase(piece, w); });
            if (ignored)
                continue;
            if (!r.nameMap.isEmpty()) {
                const auto it = r.nameMap.constFind(QByteArray::fromRawData(piece.data(), piece.size()));
                if (it != r.nameMap.constEnd())
                    piece = QByteArrayView(*it);
                if (piece.isEmpty())
                    continue;
            }
            bool seen = false;
            for (size_t i = firstOfRule; i < m_licenseRefs.size() && !seen; ++i) {
                const QByteArrayView v = view(m_licenseRefs[i].name);
                seen = v.size() == piece.size() && std::memcmp(v.data(), piece.data(), piece.size()) == 0;
            }
            if (seen)
                continue;
            checkFormula(row, r.column, TargetField::LicenseName, piece, issues);
            Ref name;
            name.data = piece.data();
            name.size = piece.size();
            m_licenseRefs.push_back({index, name, status});
        }
    }
}
