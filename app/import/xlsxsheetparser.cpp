#include "import/xlsxsheetparser.h"

#include "import/xlsxnumberformat.h"
#include "import/xlsxworkbook.h"
#include "import/xmlscanner.h"

#include <QCoreApplication>

#include <string>

namespace
{
    // The text content of a simple element (<v>, <t>) whose start was just read; a child element is an error.
    bool readElementText(XmlScanner& xml, QByteArray* text)
    {
        if (QByteArrayView plain; xml.plainText(&plain)) {
            text->append(plain.data(), plain.size());
            return true;
        }
        for (;;) {
            switch (xml.next()) {
            case XmlScanner::Token::Text:
                if (!xml.appendText(text))
                    return false;
                break;
            case XmlScanner::Token::EndElement:
                return true;
            default:
                return false; // a child element, the end or an error: not a text-only element
            }
        }
    }

    // The cell's displayed text from its <v> and its type, as the QXmlStreamReader-based reader gave it.
    QByteArray valueText(QByteArrayView type, QByteArrayView value, int style, const XlsxWorkbook& workbook)
    {
        if (type == "b")
            return value.trimmed() == "1" ? QByteArray("TRUE") : QByteArray("FALSE");
        if (type.isEmpty() || type == "n") {
            bool ascii = true;
            for (const char c : value)
                ascii = ascii && uchar(c) < 0x80;
            const QByteArray latin = ascii ? QByteArray() : QString::fromUtf8(value).toLatin1();
            const QByteArrayView raw = ascii ? value : QByteArrayView(latin);
            const XlsxNumberFormat::Kind kind = workbook.styleKind(style);
            return kind == XlsxNumberFormat::Kind::Number || kind == XlsxNumberFormat::Kind::Text
                ? XlsxNumberFormat::number(raw)
                : XlsxNumberFormat::serial(raw, kind, workbook.date1904());
        }
        return value.toByteArray(); // str (formula text), e (error like #N/A), d (ISO date)
    }
} // namespace

int XlsxSheetParser::columnOf(QByteArrayView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        const char c = reference.at(i);
        if (c >= 'a' && c <= 'z')
            column = column * 26 + (c - 'a' + 1);
        else if (c >= 'A' && c <= 'Z')
            column = column * 26 + (c - 'A' + 1);
        else
            break;
        if (column > MaxColumns)
            return MaxColumns;
    }
    return i == 0 ? -1 : column - 1;
}

bool XlsxSheetParser::readRichText(XmlScanner& xml, QByteArray* text)
{
    int depth = 1;
    int phonetic = 0;
    while (depth > 0) {
        switch (xml.next()) {
        case XmlScanner::Token::StartElement:
            if (xml.name() == "rPh") {
                ++phonetic;
                ++depth;
            } else if (xml.name() == "t" && phonetic == 0) {
                if (!readElementText(xml, text))
                    return false;
            } else {
                ++depth;
            }
            break;
        case XmlScanner::Token::EndElement:
            --depth;
            if (xml.name() == "rPh")
                --phonetic;
            break;
        case XmlScanner::Token::Text:
            break;
        case XmlScanner::Token::End:
        case XmlScanner::Token::Error:
            return false;
        }
    }
    return true;
}

XlsxSheetParser::Result XlsxSheetParser::parse(XlsxPartStream* sheet, qint64 sheetSize, const XlsxWorkbook& workbook,
                                               const ProgressCallback& progress, const CancelFlag* cancel,
                                               qsizetype previewRecords, const PreviewHook& preview)
{
    Result result;
    TableStorage& st = result.storage;
    XmlScanner xml(sheet);
    qint64 row = 0;      // current sheet row (1-based)
    int column = 0;      // next column in the row
    size_t rowFirst = 0; // first cell of the current row in st.cellEnds
    qsizetype rowWrite = 0;
    qint64 pendingEmpty = 0; // empty cells not stored yet: only a later non-empty cell of the row needs them
    qint64 cells = 0;        // <c> elements read
    qint64 gapCells = 0;     // empty cells stored for gaps and empty <c> elements
    bool previewSent = false;
    qint64 nextCheck = 0;
    const qint64 textBudget = std::min(std::max(MinTextBudget, TextGrowth * (sheetSize + workbook.sharedStringBytes())),
                                       (qint64(2) << 30) - (qint64(64) << 20));
    QByteArray value;
    QByteArray inlineText;
    QByteArray owned;
    // std::string: assigning a few bytes costs no library call through QByteArray::insert (perf: ~3% of a
    // workbook's convert for these two copies per cell); the small-string buffer means no allocation either.
    std::string type;
    std::string cellReference;

    const auto fail = [&](const QString& message) {
        if (result.error.message.isEmpty())
            result.error.message = message;
        result.error.line = row;
    };
    // Stores a non-empty cell after the empty ones before it, checking the bounds before memory grows.
    const auto storeCell = [&](QByteArrayView text) {
        gapCells += pendingEmpty;
        if (gapCells > MinGapCells + GapCellsPerCell * cells) {
            fail(tr("Row %1 jumps to column %2, leaving far more empty cells in the sheet than filled ones; delete "
                    "the stray cells to the right of the table and save again")
                     .arg(row)
                     .arg(column + 1));
            return false;
        }
        if (st.bytes.size() - rowWrite + text.size() > MaxRowBytes) {
            fail(tr("Row %1 holds more than %2 MiB of text").arg(row).arg(MaxRowBytes >> 20));
            return false;
        }
        if (st.bytes.size() + text.size() > textBudget) {
            fail(tr("The sheet's text grows beyond %1 MiB (its cells repeat long shared strings far more than a "
                    "user export does)")
                     .arg(textBudget >> 20));
            return false;
        }
        for (; pendingEmpty > 0; --pendingEmpty)
            st.cellEnds.push_back(quint32(st.bytes.size()));
        st.bytes.append(text.data(), text.size());
        st.cellEnds.push_back(quint32(st.bytes.size()));
        return true;
    };
    const auto readCell = [&]() {
        ++cells;
        const std::optional<QByteArrayView> reference = xml.attribute("r");
        const int at = reference ? columnOf(*reference) : -1;
        const QByteArrayView referenceText = reference.value_or(QByteArrayView());
        cellReference.assign(referenceText.data(), size_t(referenceText.size()));
        const int target = at >= 0 ? at : column;
        if (target >= MaxColumns) {
            fail(tr("A row has more than %1 columns, Excel's limit").arg(MaxColumns));
            return false;
        }
        if (target > column) { // cells skipped in the XML are empty
            pendingEmpty += target - column;
            column = target;
        }
        const QByteArrayView typeText = xml.attribute("t").value_or(QByteArrayView());
        type.assign(typeText.data(), size_t(typeText.size()));
        const int style = xml.attribute("s").value_or(QByteArrayView()).toInt();
        QByteArrayView text; // into the shared strings, `owned` or `inlineText`
        // Children: <v> value, <f> formula (ignored: the cached value is what Excel shows), <is> inline string.
        for (bool open = true; open;) {
            switch (xml.next()) {
            case XmlScanner::Token::StartElement:
                if (xml.name() == "v") {
                    // Most values are plain digits: a view into the scanner's buffer, used before the next token.
                    QByteArrayView v;
                    if (!xml.plainText(&v)) {
                        value.truncate(0);
                        if (!readElementText(xml, &value))
                            return false;
                        v = value;
                    }
                    if (type == "s") {
                        bool ok = false;
                        const qsizetype index = v.toLongLong(&ok);
                        if (!ok || index < 0 || index >= workbook.sharedStringCount()) {
                            fail(tr("The workbook is damaged: cell %1 refers to shared string %2, which does not "
                                    "exist")
                                     .arg(QString::fromUtf8(cellReference.data(), qsizetype(cellReference.size())),
                                          QString::fromUtf8(v)));
                            return false;
                        }
                        text = workbook.sharedString(index);
                    } else {
                        owned = valueText(QByteArrayView(type.data(), qsizetype(type.size())), v, style, workbook);
                        text = owned;
                    }
                } else if (xml.name() == "is") {
                    inlineText.truncate(0);
                    if (!readRichText(xml, &inlineText))
                        return false;
                    text = inlineText;
                } else if (!xml.skipElement()) {
                    return false;
                }
                break;
            case XmlScanner::Token::EndElement:
                open = false;
                break;
            case XmlScanner::Token::Text:
                break;
            case XmlScanner::Token::End:
            case XmlScanner::Token::Error:
                return false;
            }
        }
        if (text.isEmpty())
            ++pendingEmpty;
        else if (!storeCell(text))
            return false;
        ++column;
        return true;
    };
    const auto endRow = [&]() {
        pendingEmpty = 0; // styled but empty trailing cells are formatting, not data
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
        const qint64 position = xml.consumed();
        if (position >= nextCheck) {
            nextCheck = position + (qint64(1) << 20);
            if (cancel && cancel->load()) {
                result.error.cancelled = true;
                fail(tr("Reading was cancelled"));
                return false;
            }
            if (progress)
                progress(std::min(position, sheetSize), sheetSize);
        }
        return true;
    };

    bool ok = true;
    while (ok) {
        const XmlScanner::Token token = xml.next();
        if (token == XmlScanner::Token::End || token == XmlScanner::Token::Error)
            break;
        if (token == XmlScanner::Token::StartElement) {
            if (xml.name() == "row") {
                const qint64 number = xml.attribute("r").value_or(QByteArrayView()).toLongLong();
                const qint64 next = number > row ? number : row + 1;
                for (qint64 gap = row + 1; gap < next && result.blankLines.size() < size_t(MaxRows); ++gap)
                    result.blankLines.push_back(quint32(gap));
                row = next;
                if (row > MaxRows) {
                    fail(tr("The sheet has more than %1 rows, Excel's limit").arg(MaxRows));
                    break;
                }
                column = 0;
                pendingEmpty = 0;
                rowFirst = st.cellEnds.size();
                rowWrite = st.bytes.size();
            } else if (xml.name() == "c") {
                ok = readCell();
            }
        } else if (token == XmlScanner::Token::EndElement && xml.name() == "row") {
            ok = endRow();
        }
    }
    if (!result.error.isError() && xml.hasError()) {
        if (xml.sourceExceeded())
            fail(tr("The workbook looks like a zip bomb: the sheet inflates beyond its declared size"));
        else if (xml.refusedDtd())
            fail(XlsxWorkbook::dtdRefusal(QStringLiteral("worksheet")));
        else
            fail(tr("The workbook is damaged: the sheet is not valid XML (%1)").arg(xml.errorString()));
    } else if (!result.error.isError() && !ok) {
        fail(tr("The workbook is damaged: the sheet is not valid XML (%1)").arg(tr("unexpected element")));
    }
    st.recordFirstCell.push_back(quint32(st.cellEnds.size()));
    if (!previewSent && preview && !result.error.isError())
        preview(st);
    if (progress && !result.error.isError())
        progress(sheetSize, sheetSize);
    return result;
}
