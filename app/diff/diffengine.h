#pragma once

#include "diff/userdiff.h"
#include "diff/userset.h"

// Compares the users a sync would send with the account's users, matched by normalised e-mail, in one pass over
// each side (a million against a million in well under a second). Used before a sync (the preview and the
// removal guard) and after it (verification compares the payload with what Torii lists then).
class DiffEngine
{
public:
    [[nodiscard]] static UserDiff compare(const UserSet& payload, const UserSet& current, UserDiff::Source source);
};
