#pragma once

#include <QString>

// Paths of the test fixtures: the tests' own sample exports, in the repository (tests/data/samples).
namespace Samples
{
    [[nodiscard]] QString dir();
    [[nodiscard]] QString path(const QString& fileName);
} // namespace Samples
