#include "jobs/jobschedule.h"

#include <QRegularExpression>

namespace
{
    const char* const dayKeys[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    const char* const dayNames[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
} // namespace

bool JobSchedule::parseTime(const QString& text, QTime* time)
{
    static const QRegularExpression pattern(QStringLiteral("^([01]?\\d|2[0-3]):([0-5]\\d)$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return false;
    *time = QTime(match.captured(1).toInt(), match.captured(2).toInt());
    return true;
}

bool JobSchedule::parseDay(const QString& text, int* dayOfWeek)
{
    const QString lower = text.trimmed().toLower();
    for (int i = 0; i < 7; ++i) {
        if (lower == QLatin1String(dayNames[i]) || lower == QString::fromLatin1(dayKeys[i]).toLower()) {
            *dayOfWeek = i + 1;
            return true;
        }
    }
    return false;
}

QString JobSchedule::dayKey(int dayOfWeek)
{
    return QString::fromLatin1(dayKeys[std::clamp(dayOfWeek, 1, 7) - 1]);
}

QString JobSchedule::toText() const
{
    const QString at = time.toString(QStringLiteral("HH:mm"));
    switch (kind) {
    case Kind::Off:
        return tr("off");
    case Kind::Daily:
        return tr("daily %1").arg(at);
    case Kind::Weekly:
        return tr("weekly %1 %2").arg(dayKey(dayOfWeek), at);
    }
    return {};
}
