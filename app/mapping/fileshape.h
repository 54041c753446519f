#pragma once

#include "mapping/columnprofile.h"
#include "mapping/headernormalizer.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// What kind of file an export is, decided before any field is matched: one row per user (the usual case), one
// row per device with its user in a "primary user" column (Intune, Jamf, Kandji: users come only from that
// column and repeated people are merged), or a file with no column of addresses or user names at all
// (licence summaries, group lists), where nothing is matched automatically. Used by AutoMatcher.
enum class FileShape
{
    Users,
    Devices,
    NoUsers,
};

class FileShapeDetector
{
    Q_DECLARE_TR_FUNCTIONS(FileShapeDetector)

public:
    struct Result
    {
        FileShape shape = FileShape::Users;
        int userColumn = -1; // Devices: the column of the device's user (addresses)
        int nameColumn = -1; // Devices: the user's display name, when the export has one
        QString note;        // why the file is not a plain user list; empty for Users
    };

    // profiles empty: headers only (no verdict but Users).
    [[nodiscard]] static Result detect(const QStringList& columnNames, const QList<HeaderNormalizer::Result>& headers,
                                       const QList<ColumnProfile>& profiles, bool anyEmailCandidate);
    [[nodiscard]] static QString name(FileShape shape); // "users" | "devices" | "noUsers" (JSON)
};
