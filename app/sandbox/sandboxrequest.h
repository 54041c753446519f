#pragma once

#include "sandbox/payloadschema.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// One HTTP request as the sandbox received it. Small bodies are kept in memory; upload bodies are
// streamed to `bodyFile` (schema-checked on the way) so a large payload never sits in memory.
struct SandboxRequest
{
    QByteArray method;
    QByteArray target; // raw request target: path and query exactly as sent (percent-encoding untouched)
    QByteArray path;   // raw path part of target
    QByteArray query;  // raw query without '?'
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString bodyFile;
    qint64 bodySize = 0;
    // An upload's schema check, made by PayloadScanner as the bytes arrived, so the sync can answer at once.
    PayloadSchema::Result bodyCheck;

    // Case-insensitive header lookup; empty when absent.
    [[nodiscard]] QByteArray header(const QByteArray& name) const;
    [[nodiscard]] bool hasHeader(const QByteArray& name) const;
};
