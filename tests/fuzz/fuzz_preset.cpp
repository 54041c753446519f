// libFuzzer target: the preset loader (Preset::fromJsonBytes with its strict JSON readers), the options a preset
// forces on the reader, and the header matching. Property: a preset that loads saves and reloads unchanged.
#include "import/importoptions.h"
#include "mapping/preset.h"

#include <QByteArray>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const std::optional<Preset> preset = Preset::fromJsonBytes(bytes, &error);
    if (!preset) {
        if (error.isEmpty()) {
            std::fprintf(stderr, "a refused preset without a message\n");
            std::abort();
        }
        return 0;
    }
    const QByteArray saved = preset->toJsonBytes();
    QString reloadError;
    const std::optional<Preset> reloaded = Preset::fromJsonBytes(saved, &reloadError);
    if (!reloaded || reloaded->toJsonBytes() != saved) {
        std::fprintf(stderr, "a loaded preset does not survive save + load: %s\n%s\n", qPrintable(reloadError),
                     saved.constData());
        std::abort();
    }
    ImportOptions options;
    volatile bool sink = preset->toImportOptions(&options, &error);
    const QStringList header {QStringLiteral("Email"), QStringLiteral("First Name"), QStringLiteral("Status")};
    sink = sink ^ (preset->matchScore(header) > 0.5);
    sink = sink ^ (preset->matchScore(preset->fingerprint) > 0.5);
    sink = sink ^ Preset::fingerprintOf(preset->fingerprint).isEmpty();
    return 0;
}
