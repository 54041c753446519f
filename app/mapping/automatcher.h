#pragma once

#include "mapping/columnprofile.h"
#include "mapping/fileshape.h"
#include "mapping/mapping.h"
#include "mapping/toriischema.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class Table;

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
    FileShape shape = FileShape::Users;
    QString shapeNote; // why the file is not a plain user list (device list, no users); empty otherwise
    // Mapped columns blank in most rows ("Licenses is empty in every row: no licences will be sent").
    QStringList warnings;
    QList<ColumnProfile> profiles; // per column, when matched against a table; empty for headers only

    [[nodiscard]] double confidence(TargetField field) const; // 0 when unmatched
    [[nodiscard]] const FieldMatch* match(TargetField field) const;
};

// Proposes a Mapping from header names and, given a table, the content of a sample of its rows: normalises
// each header (case, punctuation, annotations such as "[Required]", "(UTC)"), looks it up in an alias table
// built from real admin-console exports, weighs that against what the cells hold (ContentEvidence), decides
// the file's shape first (FileShapeDetector), and assigns each column to at most one field. Used by the GUI's
// "Auto-match" button, `convert --auto`, `sync --auto` and `inspect`.
class AutoMatcher
{
    Q_DECLARE_TR_FUNCTIONS(AutoMatcher)

public:
    // Matches below this confidence are not used.
    static constexpr double MinimumConfidence = 0.5;

    // Headers and content (a sample of rows; ColumnProfiler).
    [[nodiscard]] static AutoMatchResult match(const Table& table);
    // profiles: one per column (ColumnProfiler), or empty to judge by headers alone.
    [[nodiscard]] static AutoMatchResult match(const QStringList& columnNames,
                                               const QList<ColumnProfile>& profiles = {});
    // Mapped columns that are blank in most rows, as warnings naming the consequence (any mapping: presets too).
    [[nodiscard]] static QStringList blankColumnWarnings(const Mapping& mapping, const QStringList& columnNames,
                                                         const QList<ColumnProfile>& profiles);
};
