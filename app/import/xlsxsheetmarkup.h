#pragma once

#include <QByteArrayView>

// The rows and cells of a worksheet in the shapes spreadsheets write millions of times, read straight from the
// XML bytes: <row r="2" spans="1:8">, <c r="B2" s="1" t="s"><v>12</v></c>, <c r="B2" s="3"/>, <c r="B2"></c>.
// Going through XmlScanner's tokens, its attribute search and its element stack cost about 150 ns a cell, most
// of a large workbook's read. Any other shape is declined with nothing read: a prefix, entities, tabs or line
// ends, single quotes, children other than one <v>, a value with markup, entities or non-ASCII bytes, a tag cut
// by the end of the bytes. XlsxSheetParser then reads it on the general path, so unusual or hostile input meets
// the same checks and errors as before. What is accepted is exactly what the general path reads unchanged
// (XmlScanner::attribute returns such values raw, XmlScanner::plainText such a value): both give the same cell.
class XlsxSheetMarkup
{
public:
    // Reads the <c> element at the start of `bytes`: the number of bytes it spans, or 0 when declined.
    qsizetype readCell(QByteArrayView bytes);
    // Reads a <row> start tag (not a self-closing one) at the start of `bytes`: its length or 0 when declined.
    qsizetype readRowStart(QByteArrayView bytes);
    // Whether `bytes` start with "</row>" (XmlScanner::skipEndTag checks that it closes the open element).
    static bool isRowEnd(QByteArrayView bytes);

    // After a read: the raw values of the r, t and s attributes (the first of each, as XmlScanner::attribute
    // finds them; empty when absent, which the parser treats alike) and the cell's <v> text, empty when it has
    // none. Views into `bytes`.
    [[nodiscard]] QByteArrayView reference() const { return m_reference; }
    [[nodiscard]] QByteArrayView type() const { return m_type; }
    [[nodiscard]] QByteArrayView style() const { return m_style; }
    [[nodiscard]] QByteArrayView value() const { return m_value; }

private:
    // The attributes after an element's name, up to and excluding '>' or "/>": where they end, nullptr when
    // declined.
    const char* readAttributes(const char* p, const char* end);

    QByteArrayView m_reference;
    QByteArrayView m_type;
    QByteArrayView m_style;
    QByteArrayView m_value;
};
