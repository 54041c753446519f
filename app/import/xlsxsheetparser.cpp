#include "import/xlsxsheetparser.h"

#include "import/boundeddevice.h"
#include "import/xlsxnumberformat.h"
#include "import/xlsxworkbook.h"

#include <QXmlStreamReader>

namespace
{
    // Text of the current element's <t> descendants (inline strings, rich text runs), skipping phonetic runs.
    QString inlineText(QXmlStreamReader& xml)
    {
        QString text;
        int depth = 1;
        int phonetic = 0;
        while (depth > 0 && !xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                ++depth;
                if (xml.name() == QLatin1String("rPh"))
                    ++phonetic;
                else if (xml.name() == QLatin1String("t") && phonetic == 0) {
                    text += xml.readElementText();
                    --depth;
                }
            } else if (xml.isEndElement()) {
                --depth;
                if (xml.name() == QLatin1String("rPh"))
                    --phonetic;
            }
        }
        return text;
    }
} // namespace

int XlsxSheetParser::columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        const char16_t c = reference.at(i).unicode();
        if (c >= u'a' && c <= u'z')
            column = column * 26 + (c - u'a' + 1);
        else if (c >= u'A' && c <= u'Z')
            column = column * 26 + (c - u'A' + 1);
        else
            break;
        if (column > MaxColumns)
            return MaxColumns;
    }
    return i == 0 ? -1 : column - 1;
}

XlsxSheetParser::Result XlsxSheetParser::parse(BoundedDevice* sheet, qint64 sheetSize, const XlsxWorkbook& workbook,
                                               const QString& part, const ProgressCallback& progress,
                                               const CancelFlag* cancel, qsizetype previewRecords,
                                               const PreviewHook& preview)
{
    Result result;
    TableStorage& st = result.storage;
    QXmlStreamReader xml(sheet);
    qint64 row = 0;      // current sheet row (1-based)
    int column = 0;      // next column in the row
    size_t rowFirst = 0; // first cell of the current row in st.cellEnds
    qsizetype rowWrite = 0;
    bool previewSent = false;
    qint64 nextCheck = 0;

    const auto fail = [&](const QString& message) {
        result.error.message = message;
        result.error.line = row;
    };
    const auto appendCell = [&](QByteArrayView text) {
        st.bytes.append(text.data(), text.size());
        st.cellEnds.push_back(quint32(st.bytes.size()));
    };

    while (!xml.atEnd() && !result.error.isError()) {
        xml.readNext();
        if (XlsxWorkbook::refuseDtd(xml, part, &result.error.message))
            break;
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("row")) {
                const qint64 number = xml.attributes().value(QLatin1String("r")).toLongLong();
                const qint64 next = number > row ? number : row + 1;
                for (qint64 gap = row + 1; gap < next && result.blankLines.size() < size_t(MaxRows); ++gap)
                    result.blankLines.push_back(quint32(gap));
                row = next;
                if (row > MaxRows) {
                    fail(tr("The sheet has more than %1 rows, Excel's limit").arg(MaxRows));
                    break;
                }
                column = 0;
                rowFirst = st.cellEnds.size();
                rowWrite = st.bytes.size();
            } else if (name == QLatin1String("c")) {
                const QXmlStreamAttributes attributes = xml.attributes();
                const int at = columnOf(attributes.value(QLatin1String("r")));
                const int target = at >= 0 ? at : column;
                if (target >= MaxColumns) {
                    fail(tr("A row has more than %1 columns, Excel's limit").arg(MaxColumns));
                    break;
                }
                for (; column < target; ++column)
                    appendCell({}); // cells skipped in the XML are empty
                const auto type = attributes.value(QLatin1String("t"));
                const int style = attributes.value(QLatin1String("s")).toInt();
                QByteArray text;
                // Children: <v> value, <f> formula (ignored: the cached value is what Excel shows), <is>.
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("v")) {
                        const QString value = xml.readElementText();
                        if (type == QLatin1String("s")) {
                            bool ok = false;
                            const qsizetype index = value.toLongLong(&ok);
                            if (!ok || index < 0 || index >= workbook.sharedStringCount()) {
                                fail(tr("The workbook is damaged: cell %1 refers to shared string %2, which does not "
                                        "exist")
                                         .arg(attributes.value(QLatin1String("r")).toString(), value));
                                break;
                            }
                            text = workbook.sharedString(index).toByteArray();
                        } else if (type == QLatin1String("b")) {
                            text = value.trimmed() == QLatin1String("1") ? QByteArray("TRUE") : QByteArray("FALSE");
                        } else if (type.isEmpty() || type == QLatin1String("n")) {
                            const QByteArray raw = value.toLatin1();
                            const XlsxNumberFormat::Kind kind = workbook.styleKind(style);
                            text = kind == XlsxNumberFormat::Kind::Number || kind == XlsxNumberFormat::Kind::Text
                                ? XlsxNumberFormat::number(raw)
                                : XlsxNumberFormat::serial(raw, kind, workbook.date1904());
                        } else {
                            text = value.toUtf8(); // str (formula text), e (error like #N/A), d (ISO date)
                        }
                    } else if (xml.name() == QLatin1String("is")) {
                        text = inlineText(xml).toUtf8();
                    } else {
                        xml.skipCurrentElement();
                    }
                }
                if (result.error.isError())
                    break;
                appendCell(text);
                ++column;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            // Styled but empty trailing cells are formatting, not data.
            while (st.cellEnds.size() > rowFirst) {
                const quint32 end = st.cellEnds.back();
                const quint32 begin = st.cellEnds.size() > 1 ? st.cellEnds[st.cellEnds.size() - 2] : 0;
                if (end != begin)
                    break;
                st.cellEnds.pop_back();
            }
            const bool blank = st.cellEnds.size() == rowFirst ||
                QByteArrayView(st.bytes.constData() + rowWrite, st.bytes.size() - rowWrite).trimmed().isEmpty();
            if (blank) {
                st.cellEnds.resize(rowFirst);
                st.bytes.truncate(rowWrite);
                result.blankLines.push_back(quint32(row));
            } else {
                st.recordFirstCell.push_back(quint32(rowFirst));
                st.recordLine.push_back(quint32(row));
            }
            if (!previewSent && preview && qsizetype(st.recordLine.size()) >= previewRecords) {
                previewSent = true;
                TableStorage copy = st;
                copy.recordFirstCell.push_back(quint32(copy.cellEnds.size()));
                preview(copy);
            }
            const qint64 position = sheet->produced();
            if (position >= nextCheck) {
                nextCheck = position + (qint64(1) << 20);
                if (cancel && cancel->load()) {
                    result.error.cancelled = true;
                    fail(tr("Reading was cancelled"));
                    break;
                }
                if (progress)
                    progress(position, sheetSize);
            }
            if (st.bytes.size() > (qint64(2) << 30) - (qint64(64) << 20)) {
                fail(tr("The sheet holds more than 2 GiB of text"));
                break;
            }
        }
    }
    if (!result.error.isError() && xml.hasError()) {
        if (sheet->exceeded())
            fail(tr("The workbook looks like a zip bomb: the sheet inflates beyond its declared size"));
        else
            fail(tr("The workbook is damaged: the sheet is not valid XML (%1, XML line %2)")
                     .arg(xml.errorString())
                     .arg(xml.lineNumber()));
    }
    st.recordFirstCell.push_back(quint32(st.cellEnds.size()));
    if (!previewSent && preview && !result.error.isError())
        preview(st);
    if (progress && !result.error.isError())
        progress(sheetSize, sheetSize);
    return result;
}
