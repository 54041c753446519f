#pragma once

#include <QString>
#include <QStringList>

// Scrubs secrets from anything that is about to be logged or shown: the API key becomes "***" and the
// pre-signed URL's X-Amz-Signature / X-Amz-Credential / X-Amz-Security-Token values become "REDACTED".
// Used by ToriiClient's request log and by every SyncPipeline log line.
class Redactor
{
public:
    Redactor() = default;
    explicit Redactor(const QString& secret);

    void addSecret(const QString& secret);
    [[nodiscard]] QString redact(const QString& text) const;
    // URL-only scrub (no secret list needed): the signed query values.
    [[nodiscard]] static QString redactUrl(const QString& url);

private:
    QStringList m_secrets;
};
