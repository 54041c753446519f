#pragma once

#include "mapping/licenserule.h"
#include "payload/chunksink.h"
#include "validate/mappeduser.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QTemporaryFile;

// Streams Torii's custom-integration JSON ({"users":[...],"licenses":[...]}, torii-api.md §3) to a 0600
// temporary file beside the target, then renames it into place atomically. No DOM: one buffer, flushed in
// 1 MiB writes and hashed (SHA-256) on the way. Fixed key order and no floating point, so the same input
// gives the same bytes. Absent values are left out, never written as "". Used by Converter.
class PayloadWriter
{
    Q_DECLARE_TR_FUNCTIONS(PayloadWriter)

public:
    explicit PayloadWriter(const QString& path);
    ~PayloadWriter(); // removes the temporary file unless finish() succeeded
    Q_DISABLE_COPY_MOVE(PayloadWriter)

    bool open(QString* error);
    void writeUser(const MappedUser& user);
    // After the last user: licences follow, each with its users.
    void beginLicense(QByteArrayView name, const LicenseConstants& constants);
    void writeLicenseUser(QByteArrayView email, QByteArrayView licenseStatus);
    void endLicense();
    // Closes the JSON, flushes, renames into place. Refuses a payload without users (Torii needs at least one).
    bool finish(QString* error);
    void abort();

    [[nodiscard]] qint64 users() const { return m_users; }
    [[nodiscard]] qint64 licenses() const { return m_licenses; }
    [[nodiscard]] qint64 bytes() const { return m_bytes; }
    [[nodiscard]] QByteArray sha256Hex() const { return m_sha256Hex; }

    // Writes utf8 as a JSON string at out (room for 2 + 6 * size bytes needed); returns the end.
    static char* putString(char* out, QByteArrayView utf8);

private:
    void flush();
    void closeUsers();
    // Room for n more bytes (flushing first when the buffer is full); write there, then commit(end).
    char* reserve(size_t n);
    void commit(char* end) { m_buffer.length = static_cast<size_t>(end - m_buffer.data.get()); }
    void put(const char* literal);

    QString m_path;
    std::unique_ptr<QTemporaryFile> m_file;
    std::unique_ptr<ChunkSink> m_sink;
    // A plain byte buffer written through pointers: per-byte QByteArray/std::string appends cost more than
    // the rest of the conversion on a million users (measured). Filled here, hashed and written by m_sink.
    ChunkSink::Buffer m_buffer;
    qint64 m_users = 0;
    qint64 m_licenses = 0;
    qint64 m_licenseUsers = 0;
    qint64 m_bytes = 0;
    bool m_usersClosed = false;
    bool m_failed = false;
    QString m_writeError;
    QByteArray m_sha256Hex;
};
