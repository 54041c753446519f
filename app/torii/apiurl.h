#pragma once

#include <QString>
#include <QUrl>

// The one spelling of Torii's API address. "https://API.toriihq.com:443//v1.0/#x" and
// "https://api.toriihq.com/v1.0" are the same target: requests are built on normalized(), and the run lock and
// the never-twice check compare key(), so no spelling of one address can sync an app account twice.
namespace ApiUrl
{
    // Lower-case scheme and host (without a trailing dot), the scheme's default port dropped, the path without
    // empty or "." segments ("//", trailing "/"), ".." resolved; no user info, query or fragment. The base of
    // every request (ToriiClient).
    [[nodiscard]] QUrl normalized(const QUrl& url);
    // normalized() with loopback names ("localhost", "*.localhost") resolved to 127.0.0.1 and IP addresses in
    // their canonical form, as text: what identifies a target in the lock and the history.
    [[nodiscard]] QString key(const QUrl& url);
    [[nodiscard]] QString key(const QString& url);
} // namespace ApiUrl
