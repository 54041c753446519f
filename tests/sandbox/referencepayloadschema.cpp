#include "referencepayloadschema.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace ReferencePayloadSchema
{
    using PayloadSchema::Result;

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

    namespace
    {
        // A pull reader over the device: just enough JSON lexing to walk the top level and cut out one array
        // element at a time (respecting strings and escapes); each element is then parsed by QJsonDocument.
        class StreamReader
        {
        public:
            static constexpr qsizetype maxElementBytes = 64 * 1024 * 1024;

            explicit StreamReader(QIODevice* device)
                : m_device(device)
            { }

            [[nodiscard]] qint64 offset() const { return m_consumed; }

            int peek()
            {
                if (m_pos >= m_buffer.size()) {
                    m_buffer = m_device->read(1 << 16);
                    m_pos = 0;
                    if (m_buffer.isEmpty())
                        return -1;
                }
                return static_cast<unsigned char>(m_buffer.at(m_pos));
            }
            int get()
            {
                const int c = peek();
                if (c >= 0) {
                    ++m_pos;
                    ++m_consumed;
                }
                return c;
            }
            void skipSpace()
            {
                for (int c = peek(); c == ' ' || c == '\n' || c == '\r' || c == '\t'; c = peek())
                    get();
            }
            bool expect(char wanted)
            {
                skipSpace();
                return get() == wanted;
            }
            // The raw bytes of one JSON value (object, array, string or scalar); false on EOF or oversize.
            bool rawValue(QByteArray* out)
            {
                out->clear();
                skipSpace();
                int depth = 0;
                bool inString = false;
                bool escaped = false;
                for (int c = peek(); c >= 0; c = peek()) {
                    if (!inString && depth == 0 && !out->isEmpty() &&
                        (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t'))
                        return true;
                    out->append(char(get()));
                    if (out->size() > maxElementBytes)
                        return false;
                    if (inString) {
                        if (escaped)
                            escaped = false;
                        else if (c == '\\')
                            escaped = true;
                        else if (c == '"') {
                            inString = false;
                            if (depth == 0)
                                return true;
                        }
                    } else if (c == '"') {
                        inString = true;
                    } else if (c == '{' || c == '[') {
                        ++depth;
                    } else if (c == '}' || c == ']') {
                        if (--depth == 0)
                            return true;
                        if (depth < 0)
                            return false;
                    }
                }
                return !out->isEmpty() && depth == 0 && !inString;
            }

        private:
            QIODevice* m_device;
            QByteArray m_buffer;
            qsizetype m_pos = 0;
            qint64 m_consumed = 0;
        };

        Result syntaxError(const StreamReader& reader, const char* what)
        {
            return invalid(QStringLiteral("File is not valid JSON: %1 at offset %2")
                               .arg(QLatin1String(what))
                               .arg(reader.offset()));
        }

        // Walks a JSON array element by element, handing each parsed object to `check`.
        template<typename Check> Result walkArray(StreamReader& reader, const QString& name, qint64* count, Check check)
        {
            reader.skipSpace();
            if (reader.peek() != '[')
                return invalid(QStringLiteral("\"%1\" must be an array").arg(name));
            reader.get();
            reader.skipSpace();
            if (reader.peek() == ']') {
                reader.get();
                return Result {true, {}, 0, 0};
            }
            QByteArray raw;
            for (qint64 i = 0;; ++i) {
                if (!reader.rawValue(&raw))
                    return syntaxError(reader, "unterminated or oversized array element");
                QJsonParseError error;
                const QJsonDocument element = QJsonDocument::fromJson(raw, &error);
                const QString where = QStringLiteral("%1[%2]").arg(name).arg(i);
                if (error.error != QJsonParseError::NoError)
                    return invalid(QStringLiteral("File is not valid JSON: %1 in %2").arg(error.errorString(), where));
                if (!element.isObject())
                    return invalid(where + QStringLiteral(" must be an object"));
                if (const QString problem = check(element.object(), where); !problem.isEmpty())
                    return invalid(problem);
                ++*count;
                reader.skipSpace();
                const int c = reader.get();
                if (c == ']')
                    return Result {true, {}, 0, 0};
                if (c != ',')
                    return syntaxError(reader, "expected ',' or ']'");
            }
        }

    } // namespace

    Result validateDevice(QIODevice* device)
    {
        StreamReader reader(device);
        if (!reader.expect('{'))
            return invalid(QStringLiteral("File must contain a JSON object"));
        Result result;
        bool sawUsers = false;
        reader.skipSpace();
        if (reader.peek() == '}') {
            reader.get();
        } else {
            QByteArray key;
            for (;;) {
                if (!reader.rawValue(&key) || !key.startsWith('"'))
                    return syntaxError(reader, "expected a key");
                if (!reader.expect(':'))
                    return syntaxError(reader, "expected ':'");
                Result part {true, {}, 0, 0};
                if (key == "\"users\"") {
                    sawUsers = true;
                    part = walkArray(reader, QStringLiteral("users"), &result.users, checkUser);
                } else if (key == "\"licenses\"") {
                    part = walkArray(reader, QStringLiteral("licenses"), &result.licenses, checkLicense);
                } else {
                    QByteArray skipped;
                    if (!reader.rawValue(&skipped))
                        return syntaxError(reader, "unterminated value");
                }
                if (!part.ok)
                    return part;
                reader.skipSpace();
                const int c = reader.get();
                if (c == '}')
                    break;
                if (c != ',')
                    return syntaxError(reader, "expected ',' or '}'");
            }
        }
        reader.skipSpace();
        if (reader.peek() >= 0)
            return syntaxError(reader, "unexpected data after the top-level object");
        if (!sawUsers)
            return invalid(QStringLiteral("\"users\" is required and must be an array"));
        if (result.users == 0)
            return invalid(QStringLiteral("Must have at least 1 valid user"));
        result.ok = true;
        return result;
    }

    Result validateJson(const QByteArray& json)
    {
        QBuffer buffer;
        buffer.setData(json);
        buffer.open(QIODevice::ReadOnly);
        return validateDevice(&buffer);
    }

    Result validateFile(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return invalid(QStringLiteral("Uploaded file cannot be read"));
        return validateDevice(&file);
    }
} // namespace ReferencePayloadSchema
