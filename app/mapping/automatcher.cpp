#include "mapping/automatcher.h"

#include "import/table.h"
#include "mapping/aliastable.h"
#include "mapping/columnprofiler.h"
#include "mapping/contentevidence.h"
#include "mapping/headernormalizer.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace
{
    using Hint = AliasTable::Hint;

    struct Pair
    {
        int column;
        AliasTable::Candidate candidate;
        bool empty = false; // no data in the sample: ranked after every candidate with data
    };

    // Separators auto-match proposes from headers alone: ';' and ',' for roles; ';' and the M365-safe '+' for
    // licences. With content, only the separator the column's cells use.
    const char* const RoleSeparators = ";,";
    const char* const LicenseSeparators = ";+";

    const char* const TrueWords[] = {"True", "Yes", "1", "WAHR", "Ja", "Y", "T"};
    const char* const FalseWords[] = {"False", "No", "0", "FALSCH", "Nein", "N", "F"};

    QString separatorOf(const ColumnProfile& profile)
    {
        return profile.listSeparator.isNull() ? QString() : QString(profile.listSeparator);
    }

    void setBooleanStatus(FieldMapping* f, bool trueIsActive)
    {
        // The raw word still goes to externalStatus verbatim (RowMapper): only Torii's status is translated.
        for (const char* t : TrueWords)
            f->valueMap.insert(QLatin1String(t), trueIsActive ? QStringLiteral("active") : QStringLiteral("deleted"));
        for (const char* t : FalseWords)
            f->valueMap.insert(QLatin1String(t), trueIsActive ? QStringLiteral("deleted") : QStringLiteral("active"));
    }

    QList<Pair> candidatePairs(const QStringList& columnNames, const QList<HeaderNormalizer::Result>& headers,
                               const QList<bool>& duplicateName, const QList<ColumnProfile>& profiles)
    {
        const bool content = profiles.size() == columnNames.size();
        QList<Pair> pairs;
        for (int i = 0; i < headers.size(); ++i) {
            if (duplicateName.at(i) || columnNames.at(i).trimmed().isEmpty())
                continue;
            bool emailByHeader = false;
            for (AliasTable::Candidate c : AliasTable::candidates(headers.at(i))) {
                bool empty = false;
                if (content) {
                    const ContentEvidence::Verdict v = ContentEvidence::judge(columnNames.at(i), c, profiles.at(i));
                    c.confidence = v.confidence;
                    c.hint = v.hint;
                    empty = v.empty;
                    if (!v.reason.isEmpty())
                        c.reason = v.reason.startsWith(QLatin1String("header"))
                            ? v.reason
                            : c.reason + QStringLiteral("; ") + v.reason;
                }
                emailByHeader = emailByHeader || c.field == TargetField::Email;
                pairs.append({i, c, empty});
            }
            if (content && !emailByHeader && !AliasTable::namesOtherAddress(headers.at(i))) {
                const AliasTable::Candidate c = ContentEvidence::emailByContent(profiles.at(i));
                if (c.confidence > 0)
                    pairs.append({i, c, false});
            }
        }
        std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) {
            if (a.empty != b.empty)
                return !a.empty;
            if (a.candidate.confidence != b.candidate.confidence)
                return a.candidate.confidence > b.candidate.confidence;
            return a.column < b.column;
        });
        return pairs;
    }

    AutoMatchResult deviceList(const QStringList& columnNames, const FileShapeDetector::Result& shape)
    {
        // Nothing but the person: an OS edition is not a licence, a check-in is not the user's last sign-in.
        AutoMatchResult result;
        FieldMapping email;
        email.column = columnNames.at(shape.userColumn);
        email.lowercase = true;
        result.mapping.setField(TargetField::Email, email);
        result.matches.append({TargetField::Email, email.column, 0.9,
                               AutoMatcher::tr("device list: the user of each device; repeated people are merged")});
        if (shape.nameColumn >= 0) {
            FieldMapping name;
            name.column = columnNames.at(shape.nameColumn);
            result.mapping.setField(TargetField::FullName, name);
            result.matches.append(
                {TargetField::FullName, name.column, 0.8, AutoMatcher::tr("device list: the user's name")});
        }
        result.mapping.setMergeRepeatedUsers(true);
        return result;
    }
} // namespace

double AutoMatchResult::confidence(TargetField field) const
{
    const FieldMatch* m = match(field);
    return m ? m->confidence : 0.0;
}

const FieldMatch* AutoMatchResult::match(TargetField field) const
{
    for (const FieldMatch& m : matches) {
        if (m.field == field)
            return &m;
    }
    return nullptr;
}

AutoMatchResult AutoMatcher::match(const Table& table)
{
    return match(table.columnNames(), ColumnProfiler::profile(table));
}

AutoMatchResult AutoMatcher::match(const QStringList& columnNames, const QList<ColumnProfile>& profiles)
{
    QStringList conflicts;
    QList<HeaderNormalizer::Result> headers;
    headers.reserve(columnNames.size());
    QHash<QString, int> firstByName;
    QList<bool> duplicateName(columnNames.size(), false);
    for (int i = 0; i < columnNames.size(); ++i) {
        headers.append(HeaderNormalizer::normalize(columnNames.at(i)));
        // The mapping refers to columns by name, so a repeated name can only ever mean its first column.
        const auto it = firstByName.constFind(columnNames.at(i));
        if (it != firstByName.constEnd()) {
            duplicateName[i] = true;
            conflicts.append(tr("column name \"%1\" appears more than once (columns %2 and %3); only the "
                                "first is used")
                                 .arg(columnNames.at(i))
                                 .arg(*it + 1)
                                 .arg(i + 1));
        } else {
            firstByName.insert(columnNames.at(i), i);
        }
    }
    const bool content = profiles.size() == columnNames.size();
    const QList<Pair> pairs = candidatePairs(columnNames, headers, duplicateName, profiles);

    const bool anyEmail = std::any_of(pairs.cbegin(), pairs.cend(), [](const Pair& p) {
        return p.candidate.field == TargetField::Email && p.candidate.confidence >= MinimumConfidence;
    });
    const FileShapeDetector::Result shape =
        content ? FileShapeDetector::detect(columnNames, headers, profiles, anyEmail) : FileShapeDetector::Result();
    AutoMatchResult result;
    if (shape.shape == FileShape::Devices)
        result = deviceList(columnNames, shape);
    result.conflicts = conflicts;
    result.shape = shape.shape;
    result.shapeNote = shape.note;
    result.profiles = profiles;
    if (shape.shape != FileShape::Users)
        return result;

    QHash<TargetField, Pair> chosen;
    QHash<int, TargetField> usedColumns;
    for (const Pair& p : pairs) {
        if (p.candidate.confidence < MinimumConfidence)
            continue;
        if (chosen.contains(p.candidate.field))
            continue;
        const auto used = usedColumns.constFind(p.column);
        if (used != usedColumns.constEnd()) {
            // Never one column for two fields silently: say which field got it.
            if (p.candidate.confidence >= 0.8)
                result.conflicts.append(tr("column \"%1\" also fits %2; it is used for %3 only")
                                            .arg(columnNames.at(p.column), ToriiSchema::info(p.candidate.field).label(),
                                                 ToriiSchema::info(*used).label()));
            continue;
        }
        chosen.insert(p.candidate.field, p);
        usedColumns.insert(p.column, p.candidate.field);
    }

    for (const FieldInfo& info : ToriiSchema::fields()) {
        const auto it = chosen.constFind(info.field);
        if (it == chosen.constEnd())
            continue;
        const QString column = columnNames.at(it->column);
        const ColumnProfile profile = content ? profiles.at(it->column) : ColumnProfile();
        FieldMapping f = result.mapping.field(info.field);
        f.column = column;
        switch (info.field) {
        case TargetField::Email:
            f.lowercase = true;
            if (it->candidate.hint == Hint::PrimarySmtp)
                f.extract = EmailExtract::PrimarySmtp;
            // The next-best address column (UPN, login, a second mail column) fills rows where this one is
            // empty: from headers alone only behind a proxy-address list, with content whenever one holds data.
            if (f.extract == EmailExtract::PrimarySmtp || content) {
                for (const Pair& p : pairs) {
                    if (p.candidate.field != TargetField::Email || p.column == it->column || p.empty ||
                        usedColumns.contains(p.column) || p.candidate.confidence < MinimumConfidence ||
                        (!content && p.candidate.hint != Hint::None) ||
                        (content && !profiles.at(p.column).holdsAddresses()))
                        continue;
                    f.fallbackColumn = columnNames.at(p.column);
                    usedColumns.insert(p.column, TargetField::Email);
                    break;
                }
            }
            break;
        case TargetField::Status:
            if (it->candidate.hint == Hint::StatusTrueIsActive || it->candidate.hint == Hint::StatusTrueIsDeleted)
                setBooleanStatus(&f, it->candidate.hint == Hint::StatusTrueIsActive);
            break;
        case TargetField::Roles:
            f.separator = content ? separatorOf(profile) : QLatin1String(RoleSeparators);
            break;
        case TargetField::LicenseName:
            f.separator = content ? separatorOf(profile) : QLatin1String(LicenseSeparators);
            break;
        case TargetField::LastUsedDate:
            if (headers.at(it->column).utc)
                f.timeZone = QStringLiteral("UTC");
            break;
        default:
            break;
        }
        result.mapping.setField(info.field, f);
        QString reason = it->candidate.reason;
        if (!f.fallbackColumn.isEmpty())
            reason += tr("; \"%1\" when empty").arg(f.fallbackColumn);
        result.matches.append({info.field, column, std::min(1.0, it->candidate.confidence), reason});
    }
    result.warnings = blankColumnWarnings(result.mapping, columnNames, profiles);
    return result;
}

QStringList AutoMatcher::blankColumnWarnings(const Mapping& mapping, const QStringList& columnNames,
                                             const QList<ColumnProfile>& profiles)
{
    QStringList out;
    if (profiles.size() != columnNames.size())
        return out;
    const auto profileOf = [&](const QString& column) -> const ColumnProfile* {
        const qsizetype i = columnNames.indexOf(column);
        return i >= 0 ? &profiles.at(i) : nullptr;
    };
    const auto check = [&](TargetField field, const QString& column, const QString& fallback) {
        const ColumnProfile* p = profileOf(column);
        if (!p || p->sampled == 0 || p->blankShare() <= 0.5) // "most rows": more than half
            return;
        if (const ColumnProfile* f = fallback.isEmpty() ? nullptr : profileOf(fallback); f && !f->isEmpty())
            return;
        QString consequence;
        switch (field) {
        case TargetField::Email:
            consequence = tr("rows without an address cannot be sent");
            break;
        case TargetField::LicenseName:
            consequence = tr("no licences will be sent for those rows");
            break;
        case TargetField::Status:
            consequence = tr("Torii treats users without a status as active");
            break;
        default:
            consequence = tr("%1 stays empty for those rows").arg(ToriiSchema::info(field).label());
            break;
        }
        if (p->isEmpty()) {
            if (field == TargetField::LicenseName)
                consequence = tr("no licences will be sent");
            out.append(tr("%1 is empty in every row: %2").arg(column, consequence));
        } else {
            out.append(tr("%1 is empty in %2% of the rows: %3")
                           .arg(column)
                           .arg(int(std::lround(p->blankShare() * 100)))
                           .arg(consequence));
        }
    };
    for (const TargetField field : ToriiSchema::userFields()) {
        const FieldMapping f = mapping.field(field);
        if (!f.column.isEmpty() && f.constant.isEmpty())
            check(field, f.column, f.fallbackColumn);
    }
    for (const LicenseRule& rule : mapping.licenseRules()) {
        if (!rule.column.isEmpty() && rule.constantName.isEmpty())
            check(TargetField::LicenseName, rule.column, {});
    }
    return out;
}
