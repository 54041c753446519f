#include "torii/toriierror.h"

#include <QCoreApplication>

namespace
{
    QString withServerMessage(const QString& text, const QString& message, bool fromServer)
    {
        if (message.isEmpty())
            return text;
        return text + u' ' +
            (fromServer ? ToriiError::tr("Server message: %1").arg(message)
                        : ToriiError::tr("Details: %1").arg(message));
    }
} // namespace

bool ToriiError::isAuthFailure() const
{
    if (kind != Kind::Http)
        return false;
    return httpStatus == 401 || (httpStatus == 403 && stage != SyncStage::Upload);
}

bool ToriiError::isUrlExpired() const
{
    return kind == Kind::Http && httpStatus == 403 && s3Code == u"AccessDenied" &&
        toriiMessage.contains(QLatin1String("expired"), Qt::CaseInsensitive);
}

ToriiError ToriiError::invalidResponse(SyncStage stage, const QString& detail)
{
    ToriiError error;
    error.kind = Kind::InvalidResponse;
    error.stage = stage;
    error.toriiMessage = detail;
    error.describe();
    return error;
}

ToriiError ToriiError::local(SyncStage stage, const QString& text)
{
    ToriiError error;
    error.kind = Kind::Local;
    error.stage = stage;
    error.userText = text;
    return error;
}

ToriiError ToriiError::cancelled(SyncStage stage)
{
    ToriiError error;
    error.kind = Kind::Cancelled;
    error.stage = stage;
    error.describe();
    return error;
}

void ToriiError::describe()
{
    const bool s3 = stage == SyncStage::Upload;
    QString text;
    switch (kind) {
    case Kind::None:
        userText.clear();
        return;
    case Kind::Local:
        return; // set by local()
    case Kind::Cancelled:
        text = tr("Cancelled.");
        break;
    case Kind::Timeout:
        text = s3 ? tr("The upload timed out: the storage service stopped responding.")
                  : tr("Torii did not respond in time (timeout). Check the network or try again later.");
        break;
    case Kind::HostNotFound:
        text = tr("The server name could not be resolved (DNS). Check the API URL and the network connection.");
        break;
    case Kind::ConnectionRefused:
        text = tr("The connection was refused. Check the API URL and that the service is reachable.");
        break;
    case Kind::ConnectionClosed:
        text = tr("The server closed the connection before answering.");
        break;
    case Kind::Tls:
        text = tr("The secure connection failed (TLS/certificate error). Check the API URL, proxy and system "
                  "certificates.");
        break;
    case Kind::Network:
        text = tr("A network error occurred.");
        break;
    case Kind::InvalidResponse:
        text = tr("The server answered with an unexpected response.");
        break;
    case Kind::InsecureUrl:
        text = tr("Refused an insecure address: the API URL must use https:// (http:// is only allowed for "
                  "this computer, e.g. the sandbox).");
        break;
    case Kind::Http:
        if (s3) {
            if (isUrlExpired())
                text = tr("The upload link expired before the upload started.");
            else if (s3Code == u"SignatureDoesNotMatch")
                text = tr("The storage service rejected the upload link's signature (the link was altered or "
                          "a signed header did not match).");
            else if (httpStatus == 400)
                text = tr("The storage service rejected the upload request.");
            else if (httpStatus >= 500)
                text = tr("The storage service is having problems (HTTP %1).").arg(httpStatus);
            else
                text = tr("The storage service refused the upload (HTTP %1).").arg(httpStatus);
        } else if (httpStatus == 400) {
            text = tr("Torii rejected the request as invalid (400).");
        } else if (httpStatus == 401) {
            // Read in the window and on the command line: the advice names both ways to store a new key.
            text = tr("Torii rejected the API key (401). It is wrong, expired or revoked: generate a new key "
                      "under Settings > API Access in Torii and save it in Torii Sync (window: Connect page; "
                      "command line: 'key set').");
        } else if (httpStatus == 403) {
            text = tr("The API key is not allowed to do this (403). Use a key with full access.");
        } else if (httpStatus == 404) {
            text = stage == SyncStage::Sync
                ? tr("Torii does not know this file or app account (404). Check the app account ID.")
                : tr("Torii could not find what was requested (404). Check the API URL.");
        } else if (httpStatus == 409) {
            text = tr("Another sync is already running for this integration (409). Wait for it to finish.");
        } else if (httpStatus == 429) {
            text = tr("Torii's rate limit was reached (429). Try again in a minute.");
        } else if (httpStatus >= 500) {
            text = tr("Torii is having problems (HTTP %1). Try again later.").arg(httpStatus);
        } else {
            text = tr("Torii answered HTTP %1.").arg(httpStatus);
        }
        break;
    }
    userText = withServerMessage(text, toriiMessage, kind == Kind::Http);
}
