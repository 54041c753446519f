#pragma once

#include "common/progress.h"

#include <QByteArray>
#include <QString>

#include <functional>

// Stage 2 ("Format data") as the pipeline sees it: a pure function that writes Torii's JSON to a file and
// reports what it wrote. The mapping engine supplies the real one; a pipeline given an existing payload
// file uses payloadFileFormatter(). It runs in a worker thread (QtConcurrent), so it must not touch QObjects.
struct FormattedPayload
{
    QString path;
    qint64 bytes = 0;
    qint64 users = 0;
    qint64 licenses = 0;
    QByteArray sha256Hex;
    QString error; // non-empty: formatting failed, with a message that names the problem
    bool cancelled = false;
};

using PayloadFormatter = std::function<FormattedPayload(const ProgressCallback&, const CancelFlag&)>;

// A formatter for a payload that is already on disk: hashes it (streaming) and counts nothing more.
// users/licenses are left as given, since the caller usually knows them from the converter.
[[nodiscard]] PayloadFormatter payloadFileFormatter(const QString& path, qint64 users = 0, qint64 licenses = 0);
