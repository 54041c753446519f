#include "sandbox/payloadschema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace PayloadSchema
{
    namespace
    {
        Result invalid(const QString& message)
        {
            Result result;
            result.message = message;
            return result;
        }

        QString checkUser(const QJsonObject& user, const QString& where)
        {
            const QJsonValue email = user.value(QLatin1String("email"));
            if (!email.isString() || email.toString().trimmed().isEmpty())
                return where + QStringLiteral(".email is required");
            const QJsonValue status = user.value(QLatin1String("status"));
            if (!status.isUndefined() &&
                !QStringList {QStringLiteral("active"), QStringLiteral("deleted")}.contains(status.toString()))
                return where + QStringLiteral(".status must be one of [active, deleted]");
            const QJsonValue roles = user.value(QLatin1String("roles"));
            if (!roles.isUndefined() && !roles.isArray())
                return where + QStringLiteral(".roles must be an array");
            for (const char* field : {"id", "firstName", "lastName", "externalStatus", "lastUsedDate"}) {
                const QJsonValue value = user.value(QLatin1String(field));
                if (!value.isUndefined() && !value.isString())
                    return where + u'.' + QLatin1String(field) + QStringLiteral(" must be a string");
            }
            return {};
        }

        QString checkLicense(const QJsonObject& license, const QString& where)
        {
            const QJsonValue name = license.value(QLatin1String("name"));
            if (!name.isString() || name.toString().isEmpty())
                return where + QStringLiteral(".name is required");
            for (const char* field : {"unassignedAmount", "pricePerUser"}) {
                const QJsonValue value = license.value(QLatin1String(field));
                if (!value.isUndefined() && !value.isDouble())
                    return where + u'.' + QLatin1String(field) + QStringLiteral(" must be a number");
            }
            const QJsonArray users = license.value(QLatin1String("users")).toArray();
            for (qsizetype i = 0; i < users.size(); ++i) {
                const QJsonObject user = users.at(i).toObject();
                const QString at = where + QStringLiteral(".users[%1]").arg(i);
                if (user.value(QLatin1String("email")).toString().isEmpty())
                    return at + QStringLiteral(".email is required");
                const QJsonValue status = user.value(QLatin1String("licenseStatus"));
                if (!status.isUndefined() &&
                    !QStringList {QStringLiteral("active"), QStringLiteral("inactive"), QStringLiteral("deleted")}
                         .contains(status.toString()))
                    return at + QStringLiteral(".licenseStatus must be one of [active, inactive, deleted]");
            }
            return {};
        }
    } // namespace

    Result validateJson(const QByteArray& json)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError)
            return invalid(
                QStringLiteral("File is not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
        if (!document.isObject())
            return invalid(QStringLiteral("File must contain a JSON object"));
        const QJsonObject root = document.object();
        const QJsonValue users = root.value(QLatin1String("users"));
        if (!users.isArray())
            return invalid(QStringLiteral("\"users\" is required and must be an array"));
        const QJsonArray userList = users.toArray();
        if (userList.isEmpty())
            return invalid(QStringLiteral("Must have at least 1 valid user"));
        for (qsizetype i = 0; i < userList.size(); ++i) {
            if (!userList.at(i).isObject())
                return invalid(QStringLiteral("users[%1] must be an object").arg(i));
            const QString problem = checkUser(userList.at(i).toObject(), QStringLiteral("users[%1]").arg(i));
            if (!problem.isEmpty())
                return invalid(problem);
        }
        const QJsonValue licenses = root.value(QLatin1String("licenses"));
        if (!licenses.isUndefined() && !licenses.isArray())
            return invalid(QStringLiteral("\"licenses\" must be an array"));
        const QJsonArray licenseList = licenses.toArray();
        for (qsizetype i = 0; i < licenseList.size(); ++i) {
            const QString problem = checkLicense(licenseList.at(i).toObject(), QStringLiteral("licenses[%1]").arg(i));
            if (!problem.isEmpty())
                return invalid(problem);
        }
        Result result;
        result.ok = true;
        result.users = userList.size();
        result.licenses = licenseList.size();
        return result;
    }

    Result validateFile(const QString& path, qint64 maxBytes)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return invalid(QStringLiteral("Uploaded file cannot be read"));
        if (file.size() > maxBytes)
            return invalid(
                QStringLiteral("File is larger than the sandbox's validation limit (%1 bytes)").arg(maxBytes));
        return validateJson(file.readAll());
    }
} // namespace PayloadSchema
