#include "import/jsonkeyorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <vector>

namespace
{
    // A string token's text; escapes are rare in keys, so only those go through QJsonDocument.
    QString keyText(QByteArrayView token)
    {
        if (!token.contains('\\'))
            return QString::fromUtf8(token);
        const QByteArray wrapped = "[\"" + token.toByteArray() + "\"]";
        return QJsonDocument::fromJson(wrapped).array().at(0).toString();
    }

    bool isSpace(char c)
    {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
} // namespace

QStringList JsonKeyOrder::scan(QByteArrayView json)
{
    QStringList keys;
    QSet<QString> seen;
    // One entry per open container: true for an object. Depth 1 is the array, 2 an item, 3 a nested object.
    std::vector<bool> objects;
    QString outerKey;       // the item's key whose value is being read (for dotted names)
    bool expectKey = false; // inside an object, before a key
    const auto remember = [&](const QString& key) {
        if (!seen.contains(key)) {
            seen.insert(key);
            keys.append(key);
        }
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '"') {
            const qsizetype start = i + 1;
            for (++i; i < json.size() && json.at(i) != '"'; ++i) {
                if (json.at(i) == '\\')
                    ++i;
            }
            if (!expectKey)
                continue;
            expectKey = false;
            const QString lastKey = keyText(json.sliced(start, std::min(i, json.size()) - start));
            if (objects.size() == 2) {
                // An item's key whose value is an object is no column itself; its members are (flattened).
                outerKey = lastKey;
                qsizetype value = i + 1;
                while (value < json.size() && (json.at(value) == ':' || isSpace(json.at(value))))
                    ++value;
                if (value >= json.size() || json.at(value) != '{')
                    remember(lastKey);
            } else if (objects.size() == 3 && objects[1]) {
                remember(outerKey + QLatin1Char('.') + lastKey);
            }
        } else if (c == '{' || c == '[') {
            objects.push_back(c == '{');
            expectKey = c == '{';
        } else if (c == '}' || c == ']') {
            if (!objects.empty())
                objects.pop_back();
            expectKey = false;
        } else if (c == ',') {
            expectKey = !objects.empty() && objects.back();
        }
    }
    return keys;
}
