#pragma once

#include <QString>

// The sandbox's check of an uploaded file against Torii's custom-integration schema (torii-api.md §3), with
// the message a 400 would carry. Files above `maxBytes` are refused rather than loaded, to bound memory.
namespace PayloadSchema
{
    struct Result
    {
        bool ok = false;
        QString message;
        qint64 users = 0;
        qint64 licenses = 0;
    };

    [[nodiscard]] Result validateFile(const QString& path, qint64 maxBytes);
    [[nodiscard]] Result validateJson(const QByteArray& json);
} // namespace PayloadSchema
