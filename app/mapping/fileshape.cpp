#include "mapping/fileshape.h"

#include <QSet>

namespace
{
    bool hasAny(const QStringList& words, std::initializer_list<const char*> list)
    {
        for (const char* w : list) {
            if (words.contains(QLatin1String(w)))
                return true;
        }
        return false;
    }

    // Columns only a device inventory has. A user list may carry one ("Device count"), never several.
    bool isDeviceColumn(const HeaderNormalizer::Result& h)
    {
        static const QSet<QString> names = {QStringLiteral("devicename"),
                                            QStringLiteral("deviceid"),
                                            QStringLiteral("serialnumber"),
                                            QStringLiteral("serial"),
                                            QStringLiteral("imei"),
                                            QStringLiteral("meid"),
                                            QStringLiteral("hostname"),
                                            QStringLiteral("computername"),
                                            QStringLiteral("model"),
                                            QStringLiteral("manufacturer"),
                                            QStringLiteral("os"),
                                            QStringLiteral("osversion"),
                                            QStringLiteral("operatingsystem"),
                                            QStringLiteral("compliance"),
                                            QStringLiteral("ownership"),
                                            QStringLiteral("managedby"),
                                            QStringLiteral("lastcheckin"),
                                            QStringLiteral("enrollmentdate"),
                                            QStringLiteral("enrolleddate"),
                                            QStringLiteral("wifimacaddress"),
                                            QStringLiteral("azureaddeviceid"),
                                            QStringLiteral("intunedeviceid"),
                                            QStringLiteral("udid"),
                                            QStringLiteral("totalstorage"),
                                            QStringLiteral("freestorage"),
                                            QStringLiteral("jailbroken"),
                                            QStringLiteral("supervised"),
                                            QStringLiteral("encrypted"),
                                            QStringLiteral("phonenumber"),
                                            QStringLiteral("assettag")};
        return names.contains(h.compact);
    }

    bool isDeviceKey(const HeaderNormalizer::Result& h)
    {
        return h.compact == u"devicename" || h.compact == u"serialnumber" || h.compact == u"deviceid" ||
            h.compact == u"imei" || h.compact == u"hostname" || h.compact == u"computername" || h.compact == u"serial";
    }
} // namespace

FileShapeDetector::Result FileShapeDetector::detect(const QStringList& columnNames,
                                                    const QList<HeaderNormalizer::Result>& headers,
                                                    const QList<ColumnProfile>& profiles, bool anyEmailCandidate)
{
    Result r;
    if (profiles.size() != headers.size())
        return r;
    int deviceColumns = 0;
    bool key = false;
    for (const HeaderNormalizer::Result& h : headers) {
        if (isDeviceColumn(h))
            ++deviceColumns;
        key = key || isDeviceKey(h);
    }
    if (deviceColumns >= 3 && key) {
        // The user of each device: an address column whose header names a user; any address column else.
        int best = -1;
        int bestScore = -1;
        for (int i = 0; i < headers.size(); ++i) {
            if (!profiles.at(i).holdsAddresses())
                continue;
            const QStringList& w = headers.at(i).words;
            const int score = (hasAny(w, {"primary"}) ? 2 : 0) + (hasAny(w, {"user", "owner", "assigned"}) ? 2 : 0) +
                (hasAny(w, {"upn", "principal", "email", "mail"}) ? 1 : 0);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        r.shape = FileShape::Devices;
        r.userColumn = best;
        for (int i = 0; i < headers.size() && best >= 0; ++i) {
            const QStringList& w = headers.at(i).words;
            if (i != best && hasAny(w, {"user", "owner"}) && hasAny(w, {"name", "display"}) &&
                !profiles.at(i).holdsAddresses() && !profiles.at(i).isEmpty()) {
                r.nameColumn = i;
                break;
            }
        }
        r.note = best >= 0
            ? tr("this is a device list (one row per device): users come from column \"%1\", one per person; "
                 "devices of the same person are merged, device columns are not used")
                  .arg(columnNames.at(best))
            : tr("this is a device list (one row per device) with no column of user addresses: nothing was "
                 "matched automatically");
        if (best < 0)
            r.shape = FileShape::NoUsers;
        return r;
    }
    if (!anyEmailCandidate) {
        r.shape = FileShape::NoUsers;
        QString userNames;
        for (int i = 0; i < headers.size(); ++i) {
            if (hasAny(headers.at(i).words, {"login", "username", "user", "handle"}) && !profiles.at(i).isEmpty())
                userNames = columnNames.at(i);
        }
        r.note = userNames.isEmpty()
            ? tr("no column holds e-mail addresses or user names: nothing was matched automatically (is this a "
                 "user list?)")
            : tr("no column holds e-mail addresses (\"%1\" holds user names, and Torii needs an address per "
                 "user): nothing was matched automatically")
                  .arg(userNames);
    }
    return r;
}

QString FileShapeDetector::name(FileShape shape)
{
    switch (shape) {
    case FileShape::Users:
        return QStringLiteral("users");
    case FileShape::Devices:
        return QStringLiteral("devices");
    case FileShape::NoUsers:
        return QStringLiteral("noUsers");
    }
    return {};
}
