// libFuzzer target: DateParser (every day/month order, with and without a zone) and DateOrderDetector's evidence,
// plus two properties: the UTF-8 and QString overloads agree, and a parsed date survives format() -> parse().
#include "mapping/dateparser.h"
#include "mapping/fieldmapping.h"

#include <QByteArrayView>
#include <QString>
#include <QTimeZone>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace
{
    void check(bool condition, const char* what, QByteArrayView input)
    {
        if (condition)
            return;
        std::fprintf(stderr, "property violated: %s for input \"%.*s\"\n", what, int(input.size()), input.data());
        std::abort();
    }
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QTimeZone berlin("Europe/Berlin");
    const QByteArrayView text(reinterpret_cast<const char*>(data), qsizetype(size));
    const bool utf8 = QString::fromUtf8(text).toUtf8() == text.toByteArray();
    volatile int sink = int(DateParser::evidence(text));
    for (const DateOrder order : {DateOrder::Auto, DateOrder::DMY, DateOrder::MDY, DateOrder::YMD}) {
        for (const QTimeZone* zone : {static_cast<const QTimeZone*>(nullptr), &berlin}) {
            const DateParser::Result result = DateParser::parse(text, order, zone);
            if (utf8) {
                const DateParser::Result viaString = DateParser::parse(QString::fromUtf8(text), order, zone);
                check(viaString.kind == result.kind && viaString.epochSeconds == result.epochSeconds,
                      "QString and UTF-8 overloads disagree", text);
            }
            if (result.kind != DateParser::Result::Ok)
                continue;
            // Exactly the 20 bytes format() may write, so ASan sees one more.
            const auto out = std::make_unique<char[]>(20);
            const int length = DateParser::format(result, out.get());
            check(length > 0 && length <= 20, "format() length", text);
            const QByteArrayView iso(out.get(), length);
            // Text dates are accepted for 1900..2200 only; numeric cells (Excel serials up to 9999, epoch
            // seconds up to 5138) and zone offsets can land outside, where the text parser refuses them.
            const int year = QByteArray(out.get(), 4).toInt();
            if (year <= 1900 || year >= 2200)
                continue;
            const DateParser::Result again = DateParser::parse(iso);
            check(again.kind == DateParser::Result::Ok, "format() output does not parse", text);
            check(again.epochSeconds == result.epochSeconds, "format() -> parse() changes the instant", text);
            sink = sink + int(DateParser::toIso(result).size());
        }
    }
    return 0;
}
