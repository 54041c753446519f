#pragma once

#include "import/xlsxnumberformat.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

class QXmlStreamReader;
class XlsxArchive;

// The workbook-level parts of an XLSX file that a sheet needs: sheet names and their XML parts, the date
// system, the number format kind of every cell style, and the shared strings (kept as one UTF-8 buffer plus
// offsets, like Table). Loaded by XlsxReader before streaming the chosen sheet.
class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbook)

public:
    bool load(XlsxArchive& archive, QString* error);

    [[nodiscard]] QStringList sheetNames() const { return m_sheetNames; }
    // The zip path of the sheet's XML ("xl/worksheets/sheet1.xml"), empty when unknown.
    [[nodiscard]] QString sheetPath(const QString& name) const;
    [[nodiscard]] bool date1904() const { return m_date1904; }
    [[nodiscard]] XlsxNumberFormat::Kind styleKind(int styleIndex) const;
    [[nodiscard]] qsizetype sharedStringCount() const { return qsizetype(m_stringEnds.size()); }
    [[nodiscard]] QByteArrayView sharedString(qsizetype index) const;
    [[nodiscard]] qint64 sharedStringBytes() const { return m_strings.size(); }

    // Common XML guard for every part: a DTD (entity declarations) is refused outright.
    static bool refuseDtd(QXmlStreamReader& xml, const QString& part, QString* error);
    static QString dtdRefusal(const QString& part);

private:
    bool loadWorkbook(XlsxArchive& archive, QString* error);
    bool loadRelationships(XlsxArchive& archive, QString* error);
    bool loadStyles(XlsxArchive& archive, QString* error);
    bool loadSharedStrings(XlsxArchive& archive, QString* error);

    QStringList m_sheetNames;
    QStringList m_sheetRelationIds;
    QStringList m_sheetPaths;
    bool m_date1904 = false;
    std::vector<XlsxNumberFormat::Kind> m_styleKinds;
    QByteArray m_strings;
    std::vector<quint32> m_stringEnds;
};
