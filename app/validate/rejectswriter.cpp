#include "validate/rejectswriter.h"

#include "common/devicewriter.h"
#include "import/table.h"

#include <QCoreApplication>
#include <QDir>

RejectsWriter::RejectsWriter(const Table& table)
    : m_table(table)
{ }

RejectsWriter::~RejectsWriter()
{
    cancel();
}

void RejectsWriter::appendField(QByteArray* out, QByteArrayView value)
{
    const bool formula = !value.isEmpty() &&
        (value.front() == '=' || value.front() == '+' || value.front() == '-' || value.front() == '@' ||
         value.front() == '\t' || value.front() == '\r');
    bool quote = formula;
    for (const char c : value) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out->append(value.data(), value.size());
        return;
    }
    out->append('"');
    if (formula)
        out->append('\''); // OWASP's CSV-injection advice: make it text for Excel and LibreOffice
    for (const char c : value) {
        if (c == '"')
            out->append('"');
        out->append(c);
    }
    out->append('"');
}

bool RejectsWriter::open(const QString& path, QString* error)
{
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        if (error)
            *error =
                tr("cannot write the rejects file %1: %2").arg(QDir::toNativeSeparators(path), m_file->errorString());
        m_file.reset();
        return false;
    }
    // The rejected rows are personal data, like the payload: readable by the owner only.
    m_file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_buffer.reserve(1 << 20);
    m_buffer.append("\xEF\xBB\xBF");
    const QStringList names = m_table.columnNames();
    for (int c = 0; c < names.size(); ++c) {
        appendField(&m_buffer, names.at(c).toUtf8());
        m_buffer.append(',');
    }
    appendField(&m_buffer, tr("reason").toUtf8());
    m_buffer.append("\r\n");
    return true;
}

void RejectsWriter::flushIfFull()
{
    if (m_buffer.size() < (1 << 20) || !m_file)
        return;
    if (!m_failed && !DeviceWriter::writeAll(m_file.get(), m_buffer, &m_writeError))
        m_failed = true;
    m_buffer.clear();
}

void RejectsWriter::addRow(qsizetype row, const QString& reason)
{
    if (!m_file)
        return;
    const int columns = m_table.columnCount();
    for (int c = 0; c < columns; ++c) {
        appendField(&m_buffer, m_table.cellUtf8(row, c));
        m_buffer.append(',');
    }
    // Cells beyond the header of a long (ragged) row are kept, not dropped.
    const int count = m_table.cellCount(row);
    for (int c = columns; c < count; ++c) {
        appendField(&m_buffer, m_table.cellUtf8(row, c));
        m_buffer.append(',');
    }
    appendField(&m_buffer, reason.toUtf8());
    m_buffer.append("\r\n");
    ++m_rows;
    flushIfFull();
}

bool RejectsWriter::commit(QString* error)
{
    if (!m_file)
        return true;
    if (!m_failed && !m_buffer.isEmpty() && !DeviceWriter::writeAll(m_file.get(), m_buffer, &m_writeError))
        m_failed = true;
    m_buffer.clear();
    const bool ok = !m_failed && m_file->commit();
    if (!ok && error)
        *error =
            tr("cannot write the rejects file %1: %2")
                .arg(QDir::toNativeSeparators(m_file->fileName()), m_failed ? m_writeError : m_file->errorString());
    if (!ok)
        m_file->cancelWriting();
    m_file.reset();
    return ok;
}

void RejectsWriter::cancel()
{
    if (m_file) {
        m_file->cancelWriting();
        m_file->commit();
        m_file.reset();
    }
}
