// libFuzzer target: the sandbox's payload check (PayloadScanner). Properties: the verdict is the same for any
// split of the input into chunks; where QJsonDocument takes the whole input, the scanner agrees with the
// QJsonDocument-based reference it replaced (ok, users, licenses); where the scanner accepts, so does the
// reference (the reference is laxer about syntax outside users[]/licenses[], never stricter).
#include "referencepayloadschema.h"
#include "sandbox/payloadscanner.h"
#include "sandbox/payloadschema.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace
{
    void die(const char* what, const PayloadSchema::Result& a, const PayloadSchema::Result& b)
    {
        std::fprintf(stderr, "%s\n  %d %lld %lld %s\n  %d %lld %lld %s\n", what, int(a.ok), qlonglong(a.users),
                     qlonglong(a.licenses), qPrintable(a.message), int(b.ok), qlonglong(b.users), qlonglong(b.licenses),
                     qPrintable(b.message));
        std::abort();
    }
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const PayloadSchema::Result whole = PayloadSchema::validateJson(bytes);
    if (!whole.ok && whole.message.isEmpty())
        die("a refusal without a message", whole, whole);

    // Split points derived from the input itself, so a crash reproduces from the file alone.
    PayloadScanner scanner;
    quint32 state = 2166136261u;
    for (size_t i = 0; i < size; ++i)
        state = (state ^ data[i]) * 16777619u;
    for (size_t at = 0; at < size;) {
        state = state * 1103515245u + 12345u;
        const size_t step = 1 + (state >> 16) % (state & 0x100 ? 3 : 64);
        const size_t length = std::min(step, size - at);
        scanner.feed(QByteArrayView(bytes).sliced(qsizetype(at), qsizetype(length)));
        at += length;
    }
    const PayloadSchema::Result split = scanner.finish();
    if (split.ok != whole.ok || split.users != whole.users || split.licenses != whole.licenses ||
        split.message != whole.message)
        die("the verdict depends on the chunk split", whole, split);

    const PayloadSchema::Result reference = ReferencePayloadSchema::validateJson(bytes);
    const bool agree =
        whole.ok == reference.ok && whole.users == reference.users && whole.licenses == reference.licenses;
    if (agree)
        return 0;
    if (whole.ok)
        die("the scanner accepts what the reference refuses", whole, reference);
    QJsonParseError error;
    QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError)
        die("valid JSON, and the scanner and the reference disagree", whole, reference);
    return 0;
}
