#pragma once

#include <QCoreApplication>
#include <QString>

// One injected fault for a sandbox route, parsed from the CLI's --fault ROUTE=SPEC:
//   429:2        the next 2 requests answer 429 (with Retry-After) — any status 400..599 works
//   drop:1       close the connection without answering
//   delay:3000   hold the next request 3000 ms, then handle it normally ("delay:3000:2" for two)
//   hang:1       never answer (the client's timeout fires)
//   expired:1    (upload) answer S3's 403 "Request has expired"
//   lost:1       handle the request, then close the connection instead of answering (the answer is lost)
// Routes: orgs, files/url, upload, files, sync, apps (GET /apps), users (GET /apps/{idApp}/users).
struct SandboxFault
{
    Q_DECLARE_TR_FUNCTIONS(SandboxFault)

public:
    enum class Kind
    {
        Status,
        Drop,
        Delay,
        Hang,
        Expired,
        Lost
    };

    QString route;
    Kind kind = Kind::Status;
    int status = 500;
    int delayMs = 0;
    int count = 1;

    // Parses "ROUTE=SPEC"; on failure returns false and sets *error to a usage message.
    [[nodiscard]] static bool parse(const QString& text, SandboxFault* fault, QString* error);
    [[nodiscard]] static QStringList routes();
};
