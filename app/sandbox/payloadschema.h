#pragma once

#include <QString>

class QIODevice;

// The sandbox's check of an uploaded file against Torii's custom-integration schema (torii-api.md §3), with
// the message a 400 would carry. It runs PayloadScanner over the bytes (1 MiB reads): JSON syntax as
// QJsonDocument takes it plus the schema rules, in constant memory, so a million-user payload never sits in
// memory. The sandbox can also feed a PayloadScanner itself while the upload arrives.
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
