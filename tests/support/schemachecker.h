#pragma once

#include <QByteArray>
#include <QStringList>

// Checks a payload against Torii's custom-integration file schema (torii-api.md §3): users[] required and
// non-empty, each user with a non-empty email and only documented keys, status active|deleted, roles a list
// of strings, lastUsedDate ISO 8601 (date or UTC timestamp), no empty strings anywhere (absent values are left
// out); licenses[] with a name, whole-number unassignedAmount/pricePerUser, users {email, licenseStatus
// active|inactive|deleted} whose e-mails are users of the file. Library toriisync_schemacheck, for any test area.
namespace SchemaChecker
{
    // Empty when the payload is valid; otherwise one message per problem, with its JSON path.
    [[nodiscard]] QStringList check(const QByteArray& payload);
    [[nodiscard]] QStringList checkFile(const QString& path);
} // namespace SchemaChecker
