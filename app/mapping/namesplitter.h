#pragma once

#include <QString>

// Splits a full name into first and last name when an export has only one name column (Okta "User", Slack
// "fullname"): "Last, First" is swapped; CJK names are family name first; otherwise the first word is the
// first name and the rest the last name ("Siobhán Ó Briain"). A trailing "(Guest)" is dropped. Lossy by
// nature, so only used when first/last are not mapped or empty. Used by RowMapper.
class NameSplitter
{
public:
    struct Parts
    {
        QString first;
        QString last;
    };
    [[nodiscard]] static Parts split(const QString& fullName);
};
