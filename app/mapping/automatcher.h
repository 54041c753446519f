#pragma once

#include "mapping/mapping.h"
#include "mapping/toriischema.h"

#include <QList>
#include <QString>
#include <QStringList>

// One field's auto-match outcome: which column, how sure (0..1), and why (for the GUI's tooltip).
struct FieldMatch
{
    TargetField field = TargetField::Email;
    QString column;
    double confidence = 0.0;
    QString reason;
};

struct AutoMatchResult
{
    Mapping mapping;
    QList<FieldMatch> matches; // one per matched field, in schema order
    // Human-readable notes that need a look: one column fitting two fields, a header name appearing twice.
    QStringList conflicts;

    [[nodiscard]] double confidence(TargetField field) const; // 0 when unmatched
};

// Proposes a Mapping from header names alone: normalises each header (case, punctuation, annotations such as
// "[Required]", "(UTC)"), looks it up in an alias table built from real admin-console exports, and assigns
// each column to at most one field. Used by the GUI's "Auto-match" button, `convert --auto` and `inspect`.
class AutoMatcher
{
public:
    // Matches below this confidence are not used.
    static constexpr double MinimumConfidence = 0.5;

    [[nodiscard]] static AutoMatchResult match(const QStringList& columnNames);
};
