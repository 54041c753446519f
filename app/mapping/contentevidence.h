#pragma once

#include "mapping/aliastable.h"
#include "mapping/columnprofile.h"
#include "mapping/toriischema.h"

#include <QCoreApplication>
#include <QString>

// Weighs a header's claim (AliasTable) against what the column's cells hold (ColumnProfile): confirms it
// ("98% of its cells are e-mail addresses"), weakens it ("header 'State' looks like Status, but 100% of its
// cells are empty") or refuses it (user types are not licence names). Used by AutoMatcher only.
class ContentEvidence
{
    Q_DECLARE_TR_FUNCTIONS(ContentEvidence)

public:
    struct Verdict
    {
        double confidence = 0.0;
        AliasTable::Hint hint = AliasTable::Hint::None;
        QString reason;     // appended to the header's reason
        bool empty = false; // no cell of the sample holds data
    };

    [[nodiscard]] static Verdict judge(const QString& column, const AliasTable::Candidate& candidate,
                                       const ColumnProfile& profile);
    // A candidate from content alone: a column of addresses nobody named as e-mail ("saml_name_id").
    [[nodiscard]] static AliasTable::Candidate emailByContent(const ColumnProfile& profile);
};
