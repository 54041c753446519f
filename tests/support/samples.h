#pragma once

#include <QString>

// Paths of the shared sample exports (../shared/samples beside the project) for tests.
namespace Samples
{
    [[nodiscard]] QString dir();
    [[nodiscard]] QString path(const QString& fileName);
} // namespace Samples
