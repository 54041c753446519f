#include "format.h"

#include <QCoreApplication>
#include <QLocale>

QString Format::duration(qint64 ms)
{
    if (ms < 10000)
        return QStringLiteral("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
    const qint64 s = ms / 1000;
    if (s < 3600)
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString Format::bytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString Format::count(qint64 n)
{
    return QLocale().toString(n);
}

QString Format::age(const QDateTime& when, const QDateTime& now)
{
    const qint64 minutes = std::max<qint64>(0, when.secsTo(now) / 60);
    if (minutes < 60)
        return tr("%n min ago", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("%n h ago", nullptr, int(minutes / 60));
    return tr("%n day(s) ago", nullptr, int(minutes / (24 * 60)));
}

QString Format::delimiter(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case ',':
        return tr("comma");
    case ';':
        return tr("semicolon");
    case '\t':
        return tr("tab");
    case '|':
        return tr("pipe");
    default:
        return QString(delimiter);
    }
}

QList<SyncStage> Format::stagesInRunOrder()
{
    return {SyncStage::FormatData, SyncStage::CreateFile, SyncStage::Upload, SyncStage::GetFileId, SyncStage::Sync};
}

QString Format::stageTitle(SyncStage stage)
{
    return tr("%1. %2").arg(stagesInRunOrder().indexOf(stage) + 1).arg(SyncStages::displayName(stage));
}
