#include "import/xlsxsheetparser.h"

#include "import/xlsxnumberformat.h"
#include "import/xlsxsheetmarkup.h"
#include "import/xlsxworkbook.h"
#include "import/xmlscanner.h"

#include <QCoreApplication>

#include <cstring>
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

    // A cell's s attribute as XmlScanner-era code read it (QByteArrayView::toInt, 0 when absent or invalid),
    // with the usual one or two digits converted without the library call.
    int styleOf(QByteArrayView style)
    {
        if (style.isEmpty())
            return 0;
        if (style.size() > 9)
            return style.toInt();
        int value = 0;
        for (const char c : style) {
            if (c < '0' || c > '9')
                return style.toInt();
            value = value * 10 + (c - '0');
        }
        return value;
    }

    // QByteArray::append goes through insert() and its aliasing checks; resize() (which grows the capacity
    // geometrically, like append) and a copy cost less on the eight million cells of a million-row workbook.
    inline void appendBytes(QByteArray* bytes, QByteArrayView text)
    {
        const qsizetype size = bytes->size();
        bytes->resize(size + text.size());
        std::memcpy(bytes->data() + size, text.data(), size_t(text.size()));
    }

    // A row number or shared string index as QByteArrayView::toLongLong reads it (0 and *ok false when it is not
    // a number), plain digits without the library call.
    qint64 integerOf(QByteArrayView text, bool* ok = nullptr)
    {
        if (text.isEmpty() || text.size() > 18)
            return text.toLongLong(ok);
        qint64 number = 0;
        for (const char c : text) {
            if (c < '0' || c > '9')
                return text.toLongLong(ok);
            number = number * 10 + (c - '0');
        }
        if (ok)
            *ok = true;
        return number;
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
    XlsxSheetMarkup markup;

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
        appendBytes(&st.bytes, text);
        st.cellEnds.push_back(quint32(st.bytes.size()));
        return true;
    };
    // The steps both ways of reading a cell share (the general one through XmlScanner's tokens, the fast one
    // through XlsxSheetMarkup), so that they place, convert and bound a cell alike.
    // Places the cell at its reference, or after the previous cell without one; a gap becomes pending empty cells.
    const auto placeCell = [&](QByteArrayView reference) {
        ++cells;
        const int at = columnOf(reference);
        const int target = at >= 0 ? at : column;
        if (target >= MaxColumns) {
            fail(tr("A row has more than %1 columns, Excel's limit").arg(MaxColumns));
            return false;
        }
        if (target > column) { // cells skipped in the XML are empty
            pendingEmpty += target - column;
            column = target;
        }
        return true;
    };
    // The text of a <v> by the cell's type: a view into the shared strings, `v` itself, a literal or `owned`.
    const auto valueOf = [&](QByteArrayView cellType, QByteArrayView v, int style, QByteArrayView reference,
                             QByteArrayView* text) {
        if (cellType.size() == 1 && cellType[0] == 's') {
            bool valid = false;
            const qint64 index = integerOf(v, &valid);
            if (!valid || index < 0 || index >= workbook.sharedStringCount()) {
                fail(tr("The workbook is damaged: cell %1 refers to shared string %2, which does not exist")
                         .arg(QString::fromUtf8(reference), QString::fromUtf8(v)));
                return false;
            }
            *text = workbook.sharedString(index);
        } else if (cellType.isEmpty() || (cellType.size() == 1 && cellType[0] == 'n')) {
            bool ascii = true;
            for (const char c : v)
                ascii = ascii && uchar(c) < 0x80;
            const QByteArray latin = ascii ? QByteArray() : QString::fromUtf8(v).toLatin1();
            const QByteArrayView raw = ascii ? v : QByteArrayView(latin);
            const XlsxNumberFormat::Kind kind = workbook.styleKind(style);
            owned.truncate(0);
            if (kind == XlsxNumberFormat::Kind::Number || kind == XlsxNumberFormat::Kind::Text)
                XlsxNumberFormat::appendNumber(raw, &owned);
            else
                XlsxNumberFormat::appendSerial(raw, kind, workbook.date1904(), &owned);
            *text = owned;
        } else if (cellType == "b") {
            *text = v.trimmed() == "1" ? QByteArrayView("TRUE") : QByteArrayView("FALSE");
        } else {
            *text = v; // str (formula text), e (error like #N/A), d (ISO date)
        }
        return true;
    };
    const auto endCell = [&](QByteArrayView text) {
        if (text.isEmpty())
            ++pendingEmpty;
        else if (!storeCell(text))
            return false;
        ++column;
        return true;
    };
    // The general path: any markup XmlScanner accepts, the <c> start just read.
    const auto readCell = [&]() {
        const QByteArrayView referenceText = xml.attribute("r").value_or(QByteArrayView());
        cellReference.assign(referenceText.data(), size_t(referenceText.size()));
        const QByteArrayView reference(cellReference.data(), qsizetype(cellReference.size()));
        if (!placeCell(reference))
            return false;
        const QByteArrayView typeText = xml.attribute("t").value_or(QByteArrayView());
        type.assign(typeText.data(), size_t(typeText.size()));
        const QByteArrayView cellType(type.data(), qsizetype(type.size()));
        const int style = styleOf(xml.attribute("s").value_or(QByteArrayView()));
        QByteArrayView text; // into the shared strings, `value`, `owned` or `inlineText`
        // Children: <v> value, <f> formula (ignored: the cached value is what Excel shows), <is> inline string.
        for (bool open = true; open;) {
            switch (xml.next()) {
            case XmlScanner::Token::StartElement:
                if (xml.name() == "v") {
                    // Copied: the text may be a view into it, used after the scanner's buffer moves on.
                    value.truncate(0);
                    if (!readElementText(xml, &value) || !valueOf(cellType, value, style, reference, &text))
                        return false;
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
        return endCell(text);
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

    // A row's start, the general way and the fast one: rows skipped in the XML are blank.
    const auto startRow = [&](QByteArrayView reference) {
        const qint64 number = integerOf(reference);
        const qint64 next = number > row ? number : row + 1;
        for (qint64 gap = row + 1; gap < next && result.blankLines.size() < size_t(MaxRows); ++gap)
            result.blankLines.push_back(quint32(gap));
        row = next;
        if (row > MaxRows) {
            fail(tr("The sheet has more than %1 rows, Excel's limit").arg(MaxRows));
            return false;
        }
        column = 0;
        pendingEmpty = 0;
        rowFirst = st.cellEnds.size();
        rowWrite = st.bytes.size();
        return true;
    };
    // The fast path: a row start, a cell or a row end of a common shape straight from the scanner's bytes.
    // Declined leaves the markup to the general path below, untouched.
    enum class Fast
    {
        Read,
        Declined,
        Failed
    };
    const auto readFast = [&]() {
        const QByteArrayView bytes = xml.unscanned();
        if (bytes.size() < 2 || bytes[0] != '<')
            return Fast::Declined;
        if (bytes[1] == 'c') {
            const qsizetype used = markup.readCell(bytes);
            if (used == 0)
                return Fast::Declined;
            QByteArrayView text;
            if (!placeCell(markup.reference()))
                return Fast::Failed;
            if (!markup.value().isEmpty() &&
                !valueOf(markup.type(), markup.value(), styleOf(markup.style()), markup.reference(), &text))
                return Fast::Failed;
            xml.skipScanned(used);
            return endCell(text) ? Fast::Read : Fast::Failed;
        }
        if (bytes[1] == 'r') {
            const qsizetype used = markup.readRowStart(bytes);
            if (used == 0)
                return Fast::Declined;
            xml.skipStartTag("row", used);
            return startRow(markup.reference()) ? Fast::Read : Fast::Failed;
        }
        if (XlsxSheetMarkup::isRowEnd(bytes) && xml.skipEndTag())
            return endRow() ? Fast::Read : Fast::Failed;
        return Fast::Declined;
    };

    bool ok = true;
    while (ok) {
        Fast fast = Fast::Read;
        while (fast == Fast::Read)
            fast = readFast();
        if (fast == Fast::Failed)
            break;
        const XmlScanner::Token token = xml.next();
        if (token == XmlScanner::Token::End || token == XmlScanner::Token::Error)
            break;
        if (token == XmlScanner::Token::StartElement) {
            if (xml.name() == "row") {
                if (!startRow(xml.attribute("r").value_or(QByteArrayView())))
                    break;
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
