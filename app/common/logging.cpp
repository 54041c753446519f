#include "common/logging.h"

Q_LOGGING_CATEGORY(lcImport, "toriisync.import", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMapping, "toriisync.mapping", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPayload, "toriisync.payload", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTorii, "toriisync.torii", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "toriisync.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "toriisync.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHistory, "toriisync.history", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProfiles, "toriisync.profiles", QtInfoMsg)
