#include "mapping/contentevidence.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace
{
    using Hint = AliasTable::Hint;

    int percent(double share)
    {
        return int(std::lround(share * 100));
    }

    bool isBooleanHint(Hint hint)
    {
        return hint == Hint::StatusTrueIsActive || hint == Hint::StatusTrueIsDeleted;
    }

    // What the cells are, when they are clearly something a field cannot hold; empty when nothing stands out.
    QString mismatch(TargetField field, const ColumnProfile& p)
    {
        const bool booleans = p.share(p.boolean) >= 0.8;
        const bool dates = p.share(p.date) >= 0.8;
        const bool addresses = p.share(p.email) >= 0.5;
        const bool numbers = p.share(p.number) >= 0.8;
        switch (field) {
        case TargetField::LicenseName:
            if (p.share(p.userType) >= 0.6)
                return ContentEvidence::tr("its cells are user types or roles, not licence names");
            if (booleans || dates || addresses || numbers)
                return ContentEvidence::tr("its cells are not licence names");
            return {};
        case TargetField::Roles:
        case TargetField::Id:
            if (booleans || (field == TargetField::Roles && (dates || addresses)))
                return ContentEvidence::tr("its cells do not look like %1").arg(ToriiSchema::info(field).label());
            return {};
        case TargetField::FirstName:
        case TargetField::LastName:
        case TargetField::FullName:
            if (addresses)
                return ContentEvidence::tr("its cells are e-mail addresses, not names");
            if (booleans || dates || numbers)
                return ContentEvidence::tr("its cells are not names");
            return {};
        case TargetField::LastUsedDate:
            if (p.share(p.date) < 0.6)
                return ContentEvidence::tr("only %1% of its cells are dates").arg(percent(p.share(p.date)));
            return {};
        default:
            return {};
        }
    }
} // namespace

ContentEvidence::Verdict ContentEvidence::judge(const QString& column, const AliasTable::Candidate& candidate,
                                                const ColumnProfile& p)
{
    Verdict v {candidate.confidence, candidate.hint, {}, false};
    const QString label = ToriiSchema::info(candidate.field).label();
    if (p.sampled == 0)
        return v; // no data rows: the header is all there is
    if (p.isEmpty()) {
        v.empty = true;
        v.confidence *= 0.5;
        v.reason = tr("header \"%1\" looks like %2, but 100% of its cells are empty").arg(column, label);
        return v;
    }
    const double blank = p.blankShare();
    if (blank >= 0.9) {
        v.confidence *= 0.8;
        v.reason = tr("%1% of its cells are empty").arg(percent(blank));
    }
    const auto agree = [&v](double floor, const QString& why) {
        v.confidence = std::max(v.confidence, floor);
        v.reason = v.reason.isEmpty() ? why : v.reason + QStringLiteral("; ") + why;
    };
    const auto refuse = [&v, &column, &label](double factor, const QString& why) {
        v.confidence *= factor;
        v.reason = tr("header \"%1\" looks like %2, but %3").arg(column, label, why);
    };
    switch (candidate.field) {
    case TargetField::Email: {
        const double e = p.share(p.email);
        if (e >= 0.8)
            agree(0.75, tr("%1% of its cells are e-mail addresses").arg(percent(e)));
        else if (e < 0.3)
            refuse(0.4, tr("only %1% of its cells are e-mail addresses").arg(percent(e)));
        else
            v.confidence *= 0.8;
        break;
    }
    case TargetField::Status: {
        const double b = p.share(p.boolean);
        const double words = p.share(p.statusWord);
        if (isBooleanHint(candidate.hint)) {
            if (b >= 0.8)
                agree(0.85, tr("%1% of its cells are yes/no values").arg(percent(b)));
            else if (words >= 0.6)
                v.hint = Hint::None; // "Active" holding status words: read them as words
            else
                refuse(0.4, tr("its cells are not yes/no values (e.g. \"%1\")").arg(p.firstValues.value(0)));
        } else if (words + b >= 0.6) {
            agree(0.9, tr("%1% of its cells are status words").arg(percent(words + b)));
            if (b >= 0.8)
                v.hint = Hint::StatusTrueIsActive;
        } else {
            refuse(0.35, tr("its cells are not status words (e.g. \"%1\")").arg(p.firstValues.value(0)));
        }
        break;
    }
    default: {
        const QString why = mismatch(candidate.field, p);
        if (!why.isEmpty())
            refuse(0.3, why);
        break;
    }
    }
    return v;
}

AliasTable::Candidate ContentEvidence::emailByContent(const ColumnProfile& p)
{
    if (!p.holdsAddresses())
        return {TargetField::Email, 0.0, Hint::None, {}};
    return {TargetField::Email, 0.7, Hint::None,
            tr("%1% of its cells are e-mail addresses").arg(percent(p.share(p.email)))};
}
