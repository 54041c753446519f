#include "import/jsonreader.h"

#include "import/jsonkeyorder.h"
#include "import/table.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace
{
    QByteArray scalarText(const QJsonValue& value)
    {
        switch (value.type()) {
        case QJsonValue::String:
            return value.toString().toUtf8();
        case QJsonValue::Double: {
            const double number = value.toDouble();
            // Range first: converting a double outside qint64's range is undefined (found by fuzz_xlsx).
            if (std::abs(number) < 9007199254740992.0 && number == std::trunc(number))
                return QByteArray::number(qint64(number));
            return QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
        }
        case QJsonValue::Bool:
            return value.toBool() ? QByteArray("true") : QByteArray("false");
        case QJsonValue::Array: {
            const QJsonArray array = value.toArray();
            QByteArrayList parts;
            for (const QJsonValue& item : array) {
                if (item.isObject() || item.isArray())
                    return QJsonDocument(array).toJson(QJsonDocument::Compact);
                parts.append(scalarText(item));
            }
            return parts.join(';');
        }
        case QJsonValue::Object:
            return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        default:
            return {}; // null, undefined
        }
    }

    // One object as (column name, text) pairs, nested objects flattened one level.
    void flatten(const QJsonObject& object, QList<QPair<QString, QByteArray>>* cells)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.value().isObject()) {
                const QJsonObject inner = it.value().toObject();
                for (auto in = inner.begin(); in != inner.end(); ++in)
                    cells->append({it.key() + QLatin1Char('.') + in.key(), scalarText(in.value())});
            } else {
                cells->append({it.key(), scalarText(it.value())});
            }
        }
    }
} // namespace

ImportResult JsonReader::read(const QString& path, const ProgressCallback& progress, const CancelFlag* cancel)
{
    ImportResult result;
    result.format = QStringLiteral("json");
    result.error.file = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error.message = tr("Cannot open the file: %1").arg(file.errorString());
        return result;
    }
    result.fileSize = file.size();
    if (result.fileSize > MaxFileSize) {
        result.error.message = tr("The JSON file is larger than %1 MiB; export it as CSV").arg(MaxFileSize >> 20);
        return result;
    }
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (progress)
        progress(bytes.size() / 2, bytes.size());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error.message = tr("The file is not valid JSON: %1").arg(parseError.errorString());
        result.error.byteOffset = parseError.offset;
        result.error.line = bytes.first(std::clamp<qsizetype>(parseError.offset, 0, bytes.size())).count('\n') + 1;
        return result;
    }
    if (!document.isArray()) {
        result.error.message = tr("This JSON file is not a list of users: expected an array of objects ([{...}, ...])");
        return result;
    }
    const QJsonArray array = document.array();
    QStringList columns;
    QHash<QString, int> columnOf;
    std::vector<QList<QPair<QString, QByteArray>>> objects;
    objects.reserve(size_t(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            result.error.message = tr("Item %1 of the JSON list is not an object").arg(i + 1);
            result.error.line = i + 1;
            return result;
        }
        if (cancel && cancel->load()) {
            result.error.cancelled = true;
            result.error.message = tr("Reading was cancelled");
            return result;
        }
        QList<QPair<QString, QByteArray>> cells;
        flatten(array.at(i).toObject(), &cells);
        for (const auto& cell : std::as_const(cells)) {
            if (!columnOf.contains(cell.first)) {
                columnOf.insert(cell.first, int(columns.size()));
                columns.append(cell.first);
            }
        }
        objects.push_back(std::move(cells));
    }
    if (objects.empty()) {
        result.error.message = tr("The JSON list is empty");
        return result;
    }
    // The file's key order, not QJsonObject's sorted one.
    QHash<QString, qsizetype> rank;
    const QStringList order = JsonKeyOrder::scan(bytes);
    for (qsizetype i = 0; i < order.size(); ++i)
        rank.insert(order.at(i), i);
    std::stable_sort(columns.begin(), columns.end(), [&rank](const QString& a, const QString& b) {
        return rank.value(a, rank.size()) < rank.value(b, rank.size());
    });
    for (qsizetype i = 0; i < columns.size(); ++i)
        columnOf.insert(columns.at(i), int(i));
    TableStorage storage;
    const auto appendRecord = [&storage](const QByteArrayList& texts, quint32 line) {
        storage.recordFirstCell.push_back(quint32(storage.cellEnds.size()));
        storage.recordLine.push_back(line);
        for (const QByteArray& text : texts) {
            storage.bytes.append(text);
            storage.cellEnds.push_back(quint32(storage.bytes.size()));
        }
    };
    QByteArrayList header;
    for (const QString& column : std::as_const(columns))
        header.append(column.toUtf8());
    appendRecord(header, 0);
    for (size_t i = 0; i < objects.size(); ++i) {
        QByteArrayList row(columns.size());
        for (const auto& [column, text] : objects[i])
            row[columnOf.value(column)] = text;
        while (!row.isEmpty() && row.constLast().isEmpty())
            row.removeLast();
        appendRecord(row, quint32(i + 1));
        if (storage.bytes.size() > (qint64(2) << 30) - (qint64(64) << 20)) {
            result.error.message = tr("The JSON list holds more than 2 GiB of text");
            return result;
        }
    }
    storage.recordFirstCell.push_back(quint32(storage.cellEnds.size()));
    result.dialect.encoding = Dialect::Encoding::Utf8;
    result.table =
        std::make_shared<const Table>(std::move(storage), 0, qsizetype(objects.size()), QFileInfo(path).fileName());
    if (progress)
        progress(bytes.size(), bytes.size());
    return result;
}
