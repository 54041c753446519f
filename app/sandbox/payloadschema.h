#pragma once

#include <QString>

class QIODevice;

// The sandbox's check of an uploaded file against Torii's custom-integration schema (torii-api.md §3), with
// the message a 400 would carry. It streams: the top level is scanned incrementally and only one user or
// licence object is parsed at a time, so a million-user payload never sits in memory.
namespace PayloadSchema
{
    struct Result
    {
        bool ok = false;
        QString message;
        qint64 users = 0;
        qint64 licenses = 0;
    };

    [[nodiscard]] Result validateFile(const QString& path);
    [[nodiscard]] Result validateDevice(QIODevice* device);
    [[nodiscard]] Result validateJson(const QByteArray& json);
} // namespace PayloadSchema
