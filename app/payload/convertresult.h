#pragma once

#include "validate/invalidrowpolicy.h"
#include "validate/validationissue.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

class UserSet;

// The outcome of Converter::run: counts, issues, and the payload's path, size and SHA-256.
struct ConvertResult
{
    bool ok = false;      // payload written
    bool blocked = false; // errors found and the policy is Block: no payload
    bool cancelled = false;
    qint64 rows = 0;                                             // data rows read
    qint64 users = 0;                                            // users written
    qint64 licenses = 0;                                         // licence objects written
    qint64 licenseAssignments = 0;                               // licence-user entries written
    qint64 rejected = 0;                                         // rows left out because of errors
    InvalidRowPolicy policy = InvalidRowPolicy::SkipWithinLimit; // as given in ConvertOptions
    double maxInvalidPercent = 0;                                // as given in ConvertOptions
    qint64 allowedInvalid = -1;            // the most invalid rows the policy lets through (-1: any number)
    qint64 merged = 0;                     // device lists: rows repeating a user already written (not errors)
    qint64 withoutUser = 0;                // device lists: rows with no user (not errors)
    QMap<QString, qint64> rejectedByField; // why rows were left out: Torii field key of their first error
    qint64 errors = 0;
    qint64 warnings = 0;
    QList<ValidationIssue> issues; // capped at ValidationReport::MaxIssues
    qint64 issuesOmitted = 0;
    QStringList unknownStatusWords;
    QString payloadPath;
    QByteArray sha256Hex;
    qint64 payloadBytes = 0;
    QString rejectsPath;      // set when a rejects file was written
    QString error;            // why nothing was written (I/O, mapping, empty users[]); empty when ok or blocked
    bool writeFailed = false; // the payload or rejects file could not be written (disk full, permissions)
    // With ConvertOptions::collectUsers: the users written (e-mail, status, licences), for the safe-sync diff.
    std::shared_ptr<const UserSet> userSet;
};
