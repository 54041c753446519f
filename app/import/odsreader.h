#pragma once

#include "common/progress.h"
#include "import/importoptions.h"
#include "import/importresult.h"
#include "import/odssheetparser.h"
#include "import/tablereader.h"

#include <QCoreApplication>

class XmlScanner;

// An OpenDocument spreadsheet (.ods, what LibreOffice saves) to a Table. The zip is opened with XlsxArchive's
// zip-bomb bounds; every sheet lives in content.xml, which is streamed once (XmlScanner: no DTD, no entities
// beyond XML's own, bounded tokens): each <table:table> gives a sheet name for the picker, the chosen sheet is
// read through OdsSheetParser into a SheetBuilder (repeats bounded as they are read), the others are skipped.
// With no sheet given, the first sheet that holds users is taken, as for XLSX. Called by TableReader for .ods
// names and zips whose mimetype says so.
class OdsReader
{
    Q_DECLARE_TR_FUNCTIONS(OdsReader)

public:
    static constexpr char MimeType[] = "application/vnd.oasis.opendocument.spreadsheet";

    static ImportResult read(const QString& path, const ImportOptions& options, const ProgressCallback& progress,
                             const CancelFlag* cancel, const TableReader::PreviewCallback& preview);

private:
    // Reads the table whose start was just scanned into `result` (its table or why not).
    static OdsSheetParser::Outcome readTable(XmlScanner& xml, qint64 total, ImportResult* result,
                                             const ImportOptions& options, const ProgressCallback& progress,
                                             const CancelFlag* cancel, const TableReader::PreviewCallback& preview);
};
