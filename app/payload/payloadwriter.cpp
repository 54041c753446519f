#include "payload/payloadwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cstdio>
#include <filesystem>

namespace
{
    constexpr qsizetype FlushSize = 1 << 20;

    QString tr(const char* text)
    {
        return QCoreApplication::translate("PayloadWriter", text);
    }

    void appendKey(QByteArray* out, const char* key, bool* first)
    {
        if (!*first)
            out->append(',');
        *first = false;
        out->append('"');
        out->append(key);
        out->append("\":");
    }

    void appendNumber(QByteArray* out, qint64 value)
    {
        char buffer[24];
        const int n = std::snprintf(buffer, sizeof buffer, "%lld", static_cast<long long>(value));
        out->append(buffer, n);
    }
} // namespace

PayloadWriter::PayloadWriter(const QString& path)
    : m_path(path)
{ }

PayloadWriter::~PayloadWriter()
{
    abort();
}

void PayloadWriter::appendString(QByteArray* out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out->append('"');
    const char* p = utf8.data();
    const char* end = p + utf8.size();
    const char* run = p;
    for (; p < end; ++p) {
        const unsigned char c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out->append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            out->append("\\\"");
            break;
        case '\\':
            out->append("\\\\");
            break;
        case '\n':
            out->append("\\n");
            break;
        case '\r':
            out->append("\\r");
            break;
        case '\t':
            out->append("\\t");
            break;
        default: {
            const char escaped[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            out->append(escaped, 6);
        }
        }
    }
    out->append(run, p - run);
    out->append('"');
}

bool PayloadWriter::open(QString* error)
{
    const QFileInfo target(m_path);
    // Beside the target, so the final rename stays on one file system and is atomic.
    m_file = std::make_unique<QTemporaryFile>(target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                                              QStringLiteral(".XXXXXX.part"));
    if (!m_file->open()) { // QTemporaryFile creates the file 0600
        if (error)
            *error = tr("cannot create the payload file in %1: %2")
                         .arg(QDir::toNativeSeparators(target.absolutePath()), m_file->errorString());
        m_file.reset();
        return false;
    }
    m_file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_buffer.reserve(FlushSize + 64 * 1024);
    m_buffer.append("{\"users\":[");
    return true;
}

void PayloadWriter::flush()
{
    if (m_buffer.isEmpty() || !m_file)
        return;
    m_hash.addData(m_buffer);
    if (m_file->write(m_buffer) != m_buffer.size() && !m_failed) {
        m_failed = true;
        m_writeError = m_file->errorString();
    }
    m_bytes += m_buffer.size();
    m_buffer.resize(0);
}

void PayloadWriter::writeUser(const MappedUser& user)
{
    // Key order as in Torii's own example; one user per line keeps the file diff- and grep-friendly.
    m_buffer.append(m_users ? ",\n{" : "\n{");
    bool first = true;
    auto field = [&](const char* key, QByteArrayView value) {
        if (value.isEmpty())
            return;
        appendKey(&m_buffer, key, &first);
        appendString(&m_buffer, value);
    };
    field("id", user.id);
    field("email", user.email);
    field("firstName", user.firstName);
    field("lastName", user.lastName);
    field("status", user.status);
    field("externalStatus", user.externalStatus);
    if (!user.roles.empty()) {
        appendKey(&m_buffer, "roles", &first);
        m_buffer.append('[');
        for (size_t i = 0; i < user.roles.size(); ++i) {
            if (i)
                m_buffer.append(',');
            appendString(&m_buffer, user.roles[i]);
        }
        m_buffer.append(']');
    }
    field("lastUsedDate", user.lastUsedDate);
    m_buffer.append('}');
    ++m_users;
    if (m_buffer.size() >= FlushSize)
        flush();
}

void PayloadWriter::closeUsers()
{
    if (m_usersClosed)
        return;
    m_buffer.append(m_users ? "\n],\"licenses\":[" : "],\"licenses\":[");
    m_usersClosed = true;
}

void PayloadWriter::beginLicense(QByteArrayView name, const LicenseConstants& constants)
{
    closeUsers();
    m_buffer.append(m_licenses ? ",\n{\"name\":" : "\n{\"name\":");
    appendString(&m_buffer, name);
    if (constants.unassignedAmount) {
        m_buffer.append(",\"unassignedAmount\":");
        appendNumber(&m_buffer, *constants.unassignedAmount);
    }
    if (constants.pricePerUser) {
        m_buffer.append(",\"pricePerUser\":");
        appendNumber(&m_buffer, *constants.pricePerUser);
    }
    m_buffer.append(",\"users\":[");
    m_licenseUsers = 0;
    ++m_licenses;
}

void PayloadWriter::writeLicenseUser(QByteArrayView email, QByteArrayView licenseStatus)
{
    if (m_licenseUsers++)
        m_buffer.append(',');
    m_buffer.append("{\"email\":");
    appendString(&m_buffer, email);
    if (!licenseStatus.isEmpty()) {
        m_buffer.append(",\"licenseStatus\":");
        appendString(&m_buffer, licenseStatus);
    }
    m_buffer.append('}');
    if (m_buffer.size() >= FlushSize)
        flush();
}

void PayloadWriter::endLicense()
{
    m_buffer.append("]}");
}

bool PayloadWriter::finish(QString* error)
{
    if (!m_file) {
        if (error)
            *error = tr("the payload file is not open");
        return false;
    }
    if (m_users == 0) {
        if (error)
            *error = tr("no valid users to send: Torii needs at least one user in the file");
        abort();
        return false;
    }
    closeUsers();
    m_buffer.append(m_licenses ? "\n]}\n" : "]}\n");
    flush();
    m_sha256Hex = m_hash.hexDigest();
    if (!m_failed && !m_file->flush()) {
        m_failed = true;
        m_writeError = m_file->errorString();
    }
    if (m_failed) {
        if (error)
            *error = tr("cannot write the payload %1: %2").arg(QDir::toNativeSeparators(m_path), m_writeError);
        abort();
        return false;
    }
    m_file->close();
    // rename(2) replaces the target atomically: readers see the old payload or the new one, never a part.
    const QString temporary = m_file->fileName();
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(temporary).toStdString(), QFile::encodeName(m_path).toStdString(), ec);
    if (ec) {
        if (error)
            *error = tr("cannot move the payload into place at %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), QString::fromLocal8Bit(ec.message().c_str()));
        abort();
        return false;
    }
    m_file->setAutoRemove(false);
    m_file.reset();
    return true;
}

void PayloadWriter::abort()
{
    if (m_file) {
        m_file->close();
        m_file->remove();
        m_file.reset();
    }
}
