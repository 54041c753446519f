#pragma once

#include "sandbox/payloadschema.h"

#include <QString>

class QIODevice;

// The payload check as it was before PayloadScanner: a lax top-level walk that cuts out each users[]/licenses[]
// element and parses it with QJsonDocument. Kept unchanged as the oracle for the scanner's tests and benchmark.
namespace ReferencePayloadSchema
{
    [[nodiscard]] PayloadSchema::Result validateFile(const QString& path);
    [[nodiscard]] PayloadSchema::Result validateDevice(QIODevice* device);
    [[nodiscard]] PayloadSchema::Result validateJson(const QByteArray& json);
} // namespace ReferencePayloadSchema
