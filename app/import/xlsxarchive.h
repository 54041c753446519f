#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>

class BoundedDevice;
class QuaZip;

// The zip container of an XLSX workbook, opened with QuaZip and guarded against zip bombs: every entry is read
// through a BoundedDevice capped at its declared size, a per-entry compression ratio limit applies beyond a
// few MiB, and all entries read together may not inflate beyond a total budget. Used by XlsxReader.
class XlsxArchive
{
    Q_DECLARE_TR_FUNCTIONS(XlsxArchive)

public:
    static constexpr qint64 TotalBudget = qint64(1) << 30;   // 1 GiB of XML at most per workbook read
    static constexpr qint64 RatioFreeSize = qint64(8) << 20; // small entries may compress as well as they like
    static constexpr qint64 MaxRatio = 100;

    explicit XlsxArchive(const QString& path);
    ~XlsxArchive();
    Q_DISABLE_COPY_MOVE(XlsxArchive)

    bool open(QString* error);
    [[nodiscard]] bool contains(const QString& name) const;
    [[nodiscard]] qint64 uncompressedSize(const QString& name) const;
    // The whole entry (small parts: workbook, relationships, styles, shared strings).
    bool read(const QString& name, QByteArray* data, QString* error);
    // The entry as a bounded stream (the worksheet), nullptr with *error set on failure.
    std::unique_ptr<BoundedDevice> stream(const QString& name, QString* error);

private:
    struct Entry
    {
        QString name; // as stored (case preserved)
        qint64 compressed = 0;
        qint64 uncompressed = 0;
        bool encrypted = false;
    };

    QString m_path;
    std::unique_ptr<QuaZip> m_zip;
    QHash<QString, Entry> m_entries; // key: lower-case name
    qint64 m_budget = TotalBudget;
};
