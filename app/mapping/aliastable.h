#pragma once

#include "mapping/headernormalizer.h"
#include "mapping/toriischema.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What real admin consoles call Torii's fields (Google Workspace, Microsoft 365/Entra, Okta, Slack, Zoom,
// Atlassian, Salesforce, German/French/Spanish Excel files...), as normalised compact names with a
// confidence, plus word rules for names not listed. Used by AutoMatcher only.
class AliasTable
{
    Q_DECLARE_TR_FUNCTIONS(AliasTable)

public:
    enum class Hint
    {
        None,
        StatusTrueIsActive,  // a yes/no column whose "true" means the account works ("Enabled", "Active")
        StatusTrueIsDeleted, // a yes/no column whose "true" means it does not ("Block credential")
        PrimarySmtp,         // a '+'-joined proxy address list
    };

    struct Candidate
    {
        TargetField field = TargetField::Email;
        double confidence = 0.0;
        Hint hint = Hint::None;
        QString reason;
    };

    // Every field this header could feed, best first.
    [[nodiscard]] static QList<Candidate> candidates(const HeaderNormalizer::Result& header);
    // The header names someone else's address or a second one ("Manager email", "Recovery email"): never
    // the user's e-mail, whatever its cells hold.
    [[nodiscard]] static bool namesOtherAddress(const HeaderNormalizer::Result& header);
};
