#include "mapping/automatcher.h"

#include "mapping/aliastable.h"
#include "mapping/headernormalizer.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace
{
    QString tr(const char* text)
    {
        return QCoreApplication::translate("AutoMatcher", text);
    }

    struct Pair
    {
        int column;
        AliasTable::Candidate candidate;
    };

    // Separators auto-match proposes: ';' and ',' for roles; ';' and the M365-safe '+' for licences.
    const char* const RoleSeparators = ";,";
    const char* const LicenseSeparators = ";+";
} // namespace

double AutoMatchResult::confidence(TargetField field) const
{
    for (const FieldMatch& m : matches) {
        if (m.field == field)
            return m.confidence;
    }
    return 0.0;
}

AutoMatchResult AutoMatcher::match(const QStringList& columnNames)
{
    AutoMatchResult result;
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
            result.conflicts.append(tr("column name \"%1\" appears more than once (columns %2 and %3); only the "
                                       "first is used")
                                        .arg(columnNames.at(i))
                                        .arg(*it + 1)
                                        .arg(i + 1));
        } else {
            firstByName.insert(columnNames.at(i), i);
        }
    }

    QList<Pair> pairs;
    for (int i = 0; i < headers.size(); ++i) {
        if (duplicateName.at(i) || columnNames.at(i).trimmed().isEmpty())
            continue;
        for (const AliasTable::Candidate& c : AliasTable::candidates(headers.at(i)))
            pairs.append({i, c});
    }
    std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) {
        if (a.candidate.confidence != b.candidate.confidence)
            return a.candidate.confidence > b.candidate.confidence;
        return a.column < b.column;
    });

    QHash<TargetField, Pair> chosen;
    QHash<int, TargetField> usedColumns;
    for (const Pair& p : std::as_const(pairs)) {
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
        FieldMapping f = result.mapping.field(info.field);
        f.column = column;
        switch (info.field) {
        case TargetField::Email:
            f.lowercase = true;
            if (it->candidate.hint == AliasTable::Hint::PrimarySmtp) {
                f.extract = EmailExtract::PrimarySmtp;
                // The next-best plain e-mail column (UPN, login) fills rows without a primary address.
                for (const Pair& p : std::as_const(pairs)) {
                    if (p.candidate.field == TargetField::Email && p.column != it->column &&
                        p.candidate.hint == AliasTable::Hint::None && !usedColumns.contains(p.column) &&
                        p.candidate.confidence >= MinimumConfidence) {
                        f.fallbackColumn = columnNames.at(p.column);
                        usedColumns.insert(p.column, TargetField::Email);
                        break;
                    }
                }
            }
            break;
        case TargetField::Status:
            if (it->candidate.hint == AliasTable::Hint::StatusTrueIsActive) {
                for (const char* t : {"True", "Yes", "1", "WAHR", "Ja"})
                    f.valueMap.insert(QLatin1String(t), QStringLiteral("active"));
                for (const char* t : {"False", "No", "0", "FALSCH", "Nein"})
                    f.valueMap.insert(QLatin1String(t), QStringLiteral("deleted"));
            } else if (it->candidate.hint == AliasTable::Hint::StatusTrueIsDeleted) {
                for (const char* t : {"True", "Yes", "1", "WAHR", "Ja"})
                    f.valueMap.insert(QLatin1String(t), QStringLiteral("deleted"));
                for (const char* t : {"False", "No", "0", "FALSCH", "Nein"})
                    f.valueMap.insert(QLatin1String(t), QStringLiteral("active"));
            }
            if (it->candidate.hint != AliasTable::Hint::None) {
                // "True"/"False" mean nothing in Torii's external status: say what they stand for.
                const bool trueIsActive = it->candidate.hint == AliasTable::Hint::StatusTrueIsActive;
                FieldMapping external;
                external.column = column;
                for (const char* t : {"True", "Yes", "1", "WAHR", "Ja"})
                    external.valueMap.insert(QLatin1String(t),
                                             trueIsActive ? QStringLiteral("Enabled") : QStringLiteral("Blocked"));
                for (const char* t : {"False", "No", "0", "FALSCH", "Nein"})
                    external.valueMap.insert(QLatin1String(t),
                                             trueIsActive ? QStringLiteral("Disabled") : QStringLiteral("Enabled"));
                result.mapping.setField(TargetField::ExternalStatus, external);
            }
            break;
        case TargetField::Roles:
            f.separator = QLatin1String(RoleSeparators);
            break;
        case TargetField::LicenseName:
            f.separator = QLatin1String(LicenseSeparators);
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
        result.matches.append({info.field, column, it->candidate.confidence, reason});
    }
    return result;
}
