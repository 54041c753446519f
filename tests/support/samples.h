#pragma once

#include <QString>
#include <QStringList>

// Paths of the test fixtures. The tests' own sample exports live in the repository (tests/data/samples);
// ../shared/samples beside the project, when present, is an extra corpus some tests also read.
namespace Samples
{
    [[nodiscard]] QString dir();
    [[nodiscard]] QString path(const QString& fileName);
    // The extra corpus's export files (CSV, TSV, text, workbooks), or none when it is absent.
    [[nodiscard]] QStringList corpusFiles();
} // namespace Samples
