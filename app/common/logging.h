#pragma once

#include <QLoggingCategory>

// One logging category per engine module (dotted names, so QT_LOGGING_RULES can pick them).
// Nothing logged under these may contain the API key or a signed URL's secrets.
Q_DECLARE_LOGGING_CATEGORY(lcImport)
Q_DECLARE_LOGGING_CATEGORY(lcMapping)
Q_DECLARE_LOGGING_CATEGORY(lcPayload)
Q_DECLARE_LOGGING_CATEGORY(lcTorii)
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcHistory)
Q_DECLARE_LOGGING_CATEGORY(lcProfiles)
