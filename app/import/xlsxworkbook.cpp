#include "import/xlsxworkbook.h"

#include "import/boundeddevice.h"
#include "import/xlsxarchive.h"
#include "import/xlsxpartstream.h"
#include "import/xlsxsheetparser.h"
#include "import/xmlscanner.h"

#include <QHash>
#include <QXmlStreamReader>

namespace
{
    QString xmlError(const QXmlStreamReader& xml, const QString& part)
    {
        return XlsxWorkbook::tr("The workbook is damaged: %1 is not valid XML (%2, line %3)")
            .arg(part, xml.errorString())
            .arg(xml.lineNumber());
    }

    // A shared string of the shape nearly all of them have, <si><t>text</t></si> (or <t xml:space="preserve">),
    // read straight from the scanner's bytes: the bytes the item spans with *text set, or 0 for any other shape
    // (rich text, entities, line ends to normalise, a forbidden character, the end not in the bytes yet), which
    // readRichText then reads. Accepts only what readRichText would append unchanged (XmlScanner::appendText of
    // text without '&' or CR, checked by XmlScanner::validText). A million-row workbook has two million items.
    qsizetype plainItem(QByteArrayView bytes, QByteArrayView* text)
    {
        static constexpr QByteArrayView Plain("<si><t>");
        static constexpr QByteArrayView Preserved("<si><t xml:space=\"preserve\">");
        static constexpr QByteArrayView End("</t></si>");
        qsizetype start = 0;
        if (bytes.startsWith(Plain))
            start = Plain.size();
        else if (bytes.startsWith(Preserved))
            start = Preserved.size();
        else
            return 0;
        const char* const data = bytes.data();
        bool ascii = true;
        qsizetype i = start;
        for (; i < bytes.size() && data[i] != '<'; ++i) {
            const auto c = static_cast<unsigned char>(data[i]);
            if ((c < 0x20 && c != '\t' && c != '\n') || c == '&')
                return 0;
            ascii = ascii && c < 0x80;
        }
        if (!bytes.sliced(i).startsWith(End))
            return 0;
        *text = bytes.sliced(start, i - start);
        if (!ascii && !text->isValidUtf8())
            return 0;
        return i + End.size();
    }

    // "worksheets/sheet1.xml" relative to xl/, or an absolute "/xl/worksheets/sheet1.xml".
    QString resolveTarget(const QString& target)
    {
        if (target.startsWith(QLatin1Char('/')))
            return target.mid(1);
        QString path = QStringLiteral("xl/") + target;
        path.replace(QLatin1String("/./"), QLatin1String("/"));
        return path;
    }
} // namespace

bool XlsxWorkbook::refuseDtd(QXmlStreamReader& xml, const QString& part, QString* error)
{
    if (xml.tokenType() == QXmlStreamReader::DTD || xml.tokenType() == QXmlStreamReader::EntityReference) {
        *error = dtdRefusal(part);
        return true;
    }
    return false;
}

QString XlsxWorkbook::dtdRefusal(const QString& part)
{
    return tr("The workbook's %1 declares a DTD or entities, which a genuine workbook never does; refused").arg(part);
}

bool XlsxWorkbook::load(XlsxArchive& archive, QString* error)
{
    if (!archive.contains(QStringLiteral("xl/workbook.xml"))) {
        *error = tr("This zip file is not an Excel workbook (xl/workbook.xml is missing); save it as .xlsx or CSV");
        return false;
    }
    return loadWorkbook(archive, error) && loadRelationships(archive, error) && loadStyles(archive, error) &&
        loadSharedStrings(archive, error);
}

QString XlsxWorkbook::sheetPath(const QString& name) const
{
    const qsizetype index = m_sheetNames.indexOf(name);
    return index < 0 ? QString() : m_sheetPaths.value(index);
}

XlsxNumberFormat::Kind XlsxWorkbook::styleKind(int styleIndex) const
{
    if (styleIndex < 0 || size_t(styleIndex) >= m_styleKinds.size())
        return XlsxNumberFormat::Kind::Number;
    return m_styleKinds[size_t(styleIndex)];
}

QByteArrayView XlsxWorkbook::sharedString(qsizetype index) const
{
    const quint32 begin = index == 0 ? 0 : m_stringEnds[size_t(index) - 1];
    return QByteArrayView(m_strings.constData() + begin, qsizetype(m_stringEnds[size_t(index)] - begin));
}

bool XlsxWorkbook::loadWorkbook(XlsxArchive& archive, QString* error)
{
    const QString part = QStringLiteral("xl/workbook.xml");
    QByteArray data;
    if (!archive.read(part, &data, error))
        return false;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        xml.readNext();
        if (refuseDtd(xml, part, error))
            return false;
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("workbookPr")) {
            const auto value = xml.attributes().value(QLatin1String("date1904"));
            m_date1904 = value == QLatin1String("1") || value == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet")) {
            const QXmlStreamAttributes attributes = xml.attributes();
            QString id;
            for (const QXmlStreamAttribute& attribute : attributes) {
                if (attribute.name() == QLatin1String("id")) // r:id, whatever the prefix
                    id = attribute.value().toString();
            }
            m_sheetNames.append(attributes.value(QLatin1String("name")).toString());
            m_sheetRelationIds.append(id);
        }
    }
    if (xml.hasError()) {
        *error = xmlError(xml, part);
        return false;
    }
    if (m_sheetNames.isEmpty()) {
        *error = tr("The workbook has no sheets");
        return false;
    }
    return true;
}

bool XlsxWorkbook::loadRelationships(XlsxArchive& archive, QString* error)
{
    const QString part = QStringLiteral("xl/_rels/workbook.xml.rels");
    QHash<QString, QString> targets;
    if (archive.contains(part)) {
        QByteArray data;
        if (!archive.read(part, &data, error))
            return false;
        QXmlStreamReader xml(data);
        while (!xml.atEnd()) {
            xml.readNext();
            if (refuseDtd(xml, part, error))
                return false;
            if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")) {
                targets.insert(xml.attributes().value(QLatin1String("Id")).toString(),
                               xml.attributes().value(QLatin1String("Target")).toString());
            }
        }
        if (xml.hasError()) {
            *error = xmlError(xml, part);
            return false;
        }
    }
    for (qsizetype i = 0; i < m_sheetNames.size(); ++i) {
        const QString target = targets.value(m_sheetRelationIds.at(i));
        // Without relationships, fall back to the conventional name.
        m_sheetPaths.append(target.isEmpty() ? QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1)
                                             : resolveTarget(target));
    }
    return true;
}

bool XlsxWorkbook::loadStyles(XlsxArchive& archive, QString* error)
{
    const QString part = QStringLiteral("xl/styles.xml");
    if (!archive.contains(part))
        return true;
    QByteArray data;
    if (!archive.read(part, &data, error))
        return false;
    QHash<int, QString> customCodes;
    QXmlStreamReader xml(data);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (refuseDtd(xml, part, error))
            return false;
        if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("numFmt")) {
            customCodes.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                               xml.attributes().value(QLatin1String("formatCode")).toString());
        } else if (xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
            const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
            m_styleKinds.push_back(XlsxNumberFormat::classify(id, customCodes.value(id)));
        }
    }
    if (xml.hasError()) {
        *error = xmlError(xml, part);
        return false;
    }
    return true;
}

bool XlsxWorkbook::loadSharedStrings(XlsxArchive& archive, QString* error)
{
    const QString part = QStringLiteral("xl/sharedStrings.xml");
    if (!archive.contains(part))
        return true;
    std::unique_ptr<BoundedDevice> device = archive.stream(part, error);
    if (!device)
        return false;
    XlsxPartStream stream(std::move(device));
    XmlScanner xml(&stream);
    bool damaged = false;
    for (;;) {
        QByteArrayView text;
        if (const qsizetype used = plainItem(xml.unscanned(), &text); used > 0) {
            xml.skipScanned(used);
            m_strings.append(text.data(), text.size());
        } else {
            const XmlScanner::Token token = xml.next();
            if (token == XmlScanner::Token::End || token == XmlScanner::Token::Error)
                break;
            if (token != XmlScanner::Token::StartElement || xml.name() != "si")
                continue;
            if (!XlsxSheetParser::readRichText(xml, &m_strings)) {
                damaged = true;
                break;
            }
        }
        m_stringEnds.push_back(quint32(m_strings.size()));
        if (m_strings.size() > XlsxArchive::TotalBudget) {
            *error = tr("The workbook's shared strings are too large");
            return false;
        }
    }
    if (xml.hasError() || damaged) {
        if (xml.sourceExceeded())
            *error = tr("The workbook looks like a zip bomb: %1 inflates beyond its declared size").arg(part);
        else if (xml.refusedDtd())
            *error = dtdRefusal(part);
        else
            *error = tr("The workbook is damaged: %1 is not valid XML (%2)")
                         .arg(part, xml.hasError() ? xml.errorString() : tr("unexpected element"));
        return false;
    }
    return true;
}
