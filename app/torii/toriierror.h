#pragma once

#include "torii/syncstage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QString>

// The one error value every Torii/S3 call and the pipeline report: which stage, what the server said, and
// one sentence an IT admin can act on. Built only by ToriiError::describe() so wording stays consistent.
struct ToriiError
{
    Q_DECLARE_TR_FUNCTIONS(ToriiError)

public:
    enum class Kind
    {
        None,
        Http,              // the server answered with a non-2xx status
        Timeout,           // no bytes moved for the transfer timeout
        HostNotFound,      // DNS
        ConnectionRefused, // nothing listening
        ConnectionClosed,  // the server dropped the connection before answering
        Tls,               // certificate or handshake failure
        Network,           // any other transport failure
        InvalidResponse,   // 2xx but not the JSON we expected
        InsecureUrl,       // http:// to a non-loopback host, or a redirect we refuse
        Cancelled,         // the user cancelled
        Local              // a local problem (payload file unreadable, formatter failed)
    };

    Kind kind = Kind::None;
    SyncStage stage = SyncStage::None;
    int httpStatus = 0;
    QString toriiMessage;     // the server's "message" (Torii) or "Code: Message" (S3), verbatim
    QString s3Code;           // S3's <Code>, e.g. AccessDenied, SignatureDoesNotMatch
    QString userText;         // what the CLI prints and the GUI shows
    qint64 retryAfterMs = -1; // parsed Retry-After, -1 if absent
    bool requestSent = false; // the request left the machine, so a non-idempotent call may have taken effect

    [[nodiscard]] bool isError() const { return kind != Kind::None; }
    // 401, or 403 from Torii (not from S3): the key is wrong, expired or lacks permissions.
    [[nodiscard]] bool isAuthFailure() const;
    // S3 said the pre-signed URL is past its lifetime.
    [[nodiscard]] bool isUrlExpired() const;

    // Fills userText from kind/stage/status/messages (stage Upload means the message is about S3).
    void describe();
    [[nodiscard]] static ToriiError local(SyncStage stage, const QString& text);
    [[nodiscard]] static ToriiError cancelled(SyncStage stage);
    // The server answered 2xx with something we cannot use; detail goes into toriiMessage.
    [[nodiscard]] static ToriiError invalidResponse(SyncStage stage, const QString& detail);
};

Q_DECLARE_METATYPE(ToriiError)
