#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSaveFile>
#include <QString>
#include <QStringList>

#include <memory>

class Table;

// Writes rejected rows back as CSV: the original header and cells plus a "reason" column, RFC 4180 quoting,
// UTF-8 with a BOM (so Excel reads it), and cells that a spreadsheet would run as a formula ('=', '+', '-',
// '@' first) prefixed with an apostrophe. Streams (rows are added as they are rejected) and commits atomically.
// Used by Converter; the GUI's "Export rejected rows" too.
class RejectsWriter
{
    Q_DECLARE_TR_FUNCTIONS(RejectsWriter)

public:
    explicit RejectsWriter(const Table& table);
    ~RejectsWriter();
    Q_DISABLE_COPY_MOVE(RejectsWriter)

    bool open(const QString& path, QString* error);
    void addRow(qsizetype row, const QString& reason);
    // Commits the file; false (and *error) on an I/O failure.
    bool commit(QString* error);
    void cancel();
    [[nodiscard]] qint64 rows() const { return m_rows; }

    // One CSV field: quoted when needed, formula-like text escaped.
    static void appendField(QByteArray* out, QByteArrayView value);

private:
    void flushIfFull();

    const Table& m_table;
    std::unique_ptr<QSaveFile> m_file;
    QByteArray m_buffer;
    qint64 m_rows = 0;
    bool m_failed = false;
    QString m_writeError; // why a write failed, in the system's words (e.g. no space left on device)
};
