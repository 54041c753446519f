#include "import/xlsxarchive.h"

#include "import/boundeddevice.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

XlsxArchive::XlsxArchive(const QString& path)
    : m_path(path)
    , m_zip(std::make_unique<QuaZip>(path))
{ }

XlsxArchive::~XlsxArchive() = default;

bool XlsxArchive::open(QString* error)
{
    if (!m_zip->open(QuaZip::mdUnzip)) {
        *error = tr("The workbook is damaged: it is not a readable zip archive (error %1)").arg(m_zip->getZipError());
        return false;
    }
    const QList<QuaZipFileInfo64> infos = m_zip->getFileInfoList64();
    if (m_zip->getZipError() != 0) {
        *error = tr("The workbook is damaged: its zip directory cannot be read (error %1)").arg(m_zip->getZipError());
        return false;
    }
    for (const QuaZipFileInfo64& info : infos) {
        Entry entry;
        entry.name = info.name;
        entry.compressed = qint64(info.compressedSize);
        entry.uncompressed = qint64(info.uncompressedSize);
        entry.encrypted = (info.flags & 1) != 0;
        m_entries.insert(info.name.toLower(), entry);
    }
    return true;
}

bool XlsxArchive::contains(const QString& name) const
{
    return m_entries.contains(name.toLower());
}

qint64 XlsxArchive::uncompressedSize(const QString& name) const
{
    return m_entries.value(name.toLower()).uncompressed;
}

std::unique_ptr<BoundedDevice> XlsxArchive::stream(const QString& name, QString* error)
{
    const auto it = m_entries.constFind(name.toLower());
    if (it == m_entries.constEnd()) {
        *error = tr("The workbook is incomplete: part %1 is missing").arg(name);
        return {};
    }
    const Entry& entry = *it;
    if (entry.encrypted) {
        *error = tr("This is a password-protected/encrypted workbook; save it without a password first");
        return {};
    }
    if (entry.uncompressed > m_budget) {
        *error = tr("The workbook is too large: part %1 inflates to %2 MiB (limit %3 MiB in total)")
                     .arg(name)
                     .arg(entry.uncompressed >> 20)
                     .arg(TotalBudget >> 20);
        return {};
    }
    if (entry.uncompressed > RatioFreeSize && entry.uncompressed > entry.compressed * MaxRatio) {
        *error = tr("The workbook looks like a zip bomb: part %1 compresses more than %2:1").arg(name).arg(MaxRatio);
        return {};
    }
    if (!m_zip->setCurrentFile(entry.name)) {
        *error = tr("The workbook is damaged: part %1 cannot be found").arg(name);
        return {};
    }
    auto file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!file->open(QIODevice::ReadOnly)) {
        *error = tr("The workbook is damaged: part %1 cannot be read (error %2)").arg(name).arg(file->getZipError());
        return {};
    }
    // Trust the declared size only as an upper bound: reading more than it is an error, not more memory.
    m_budget -= entry.uncompressed;
    return std::make_unique<BoundedDevice>(std::move(file), entry.uncompressed);
}

bool XlsxArchive::read(const QString& name, QByteArray* data, QString* error)
{
    std::unique_ptr<BoundedDevice> device = stream(name, error);
    if (!device)
        return false;
    data->clear();
    data->reserve(uncompressedSize(name));
    char buffer[64 * 1024];
    for (;;) {
        const qint64 got = device->read(buffer, sizeof buffer);
        if (got < 0) {
            *error = tr("The workbook is damaged or inflates beyond its declared size: part %1").arg(name);
            return false;
        }
        if (got == 0)
            break;
        data->append(buffer, got);
    }
    return true;
}
