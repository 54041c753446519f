#include "import/textdecoder.h"

#include <QRandomGenerator>
#include <QTest>

// TextDecoder::firstInvalidUtf8 against a plain decoder of one code point at a time. It reads sixteen bytes at
// once and jumps to the first byte that is not ASCII, so every kind of sequence, valid or not, is put at every
// offset of a 16-byte block and across blocks, and at the very end (where `complete` decides).
class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void firstInvalidUtf8MatchesPlainDecoder();

private:
    static qsizetype reference(QByteArrayView data, bool complete);
};

qsizetype TestTextDecoder::reference(QByteArrayView data, bool complete)
{
    const auto* b = reinterpret_cast<const uchar*>(data.data());
    const qsizetype n = data.size();
    const auto continuation = [b](qsizetype k) { return (b[k] & 0xC0) == 0x80; };
    for (qsizetype i = 0; i < n;) {
        const uchar lead = b[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t code = 0;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            code = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            code = lead & 0x0F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            code = lead & 0x07;
        } else {
            return i;
        }
        if (i + length > n) {
            // Cut at the end: an error only for a whole file, or when what is there is already wrong.
            for (qsizetype k = i + 1; k < n; ++k) {
                if (!continuation(k))
                    return i;
            }
            return complete ? i : -1;
        }
        for (int k = 1; k < length; ++k) {
            if (!continuation(i + k))
                return i;
            code = code << 6 | (b[i + k] & 0x3F);
        }
        if ((length == 3 && (code < 0x800 || (code >= 0xD800 && code <= 0xDFFF))) ||
            (length == 4 && (code < 0x10000 || code > 0x10FFFF)))
            return i;
        i += length;
    }
    return -1;
}

void TestTextDecoder::firstInvalidUtf8MatchesPlainDecoder()
{
    // Valid sequences of each length and at each edge, then invalid ones: stray continuation, C0/C1 and F5+
    // leads, overlong forms, surrogates, beyond U+10FFFF, a lead followed by ASCII.
    const QList<QByteArray> pieces = {"a",
                                      "\x7f",
                                      "\xc3\xab",
                                      "\xc2\x80",
                                      "\xdf\xbf",
                                      "\xe0\xa0\x80",
                                      "\xe2\x82\xac",
                                      "\xed\x9f\xbf",
                                      "\xef\xbf\xbf",
                                      "\xf0\x90\x80\x80",
                                      "\xf4\x8f\xbf\xbf",
                                      "\x80",
                                      "\xbf",
                                      "\xc0\xaf",
                                      "\xc1\xbf",
                                      "\xf5\x80\x80\x80",
                                      "\xff",
                                      "\xe0\x9f\xbf",
                                      "\xed\xa0\x80",
                                      "\xf0\x8f\xbf\xbf",
                                      "\xf4\x90\x80\x80",
                                      "\xc3"
                                      "a",
                                      "\xe2\x82",
                                      "\xf0\x90\x80"};
    QRandomGenerator random(20261203);
    int invalid = 0;
    int checked = 0;
    for (int round = 0; round < 40000; ++round) {
        // ASCII around one or two pieces, at any offset of the first blocks and at the very end.
        QByteArray data(int(random.bounded(48)), 'x');
        for (int k = 0; k < 1 + int(random.bounded(2)); ++k)
            data.insert(int(random.bounded(data.size() + 1)), pieces.at(int(random.bounded(pieces.size()))));
        if (random.bounded(4) == 0)
            data += pieces.at(int(random.bounded(pieces.size()))).left(1 + int(random.bounded(3)));
        for (const bool complete : {true, false}) {
            const qsizetype expected = reference(data, complete);
            QVERIFY2(TextDecoder::firstInvalidUtf8(data, complete) == expected, data.toPercentEncoding().constData());
            invalid += expected >= 0;
            ++checked;
        }
    }
    QVERIFY(invalid > checked / 4);
    QVERIFY(invalid < checked - checked / 4);
    // A long mostly-valid text, as an export is: only its one bad byte is found.
    QByteArray text;
    for (int k = 0; k < 2000; ++k)
        text += "Noël,Østergård,user@example.com,\xe2\x82\xac 12\n";
    QCOMPARE(TextDecoder::firstInvalidUtf8(text), qsizetype(-1));
    const qsizetype bad = text.size() - 37;
    text[bad] = '\xe9';
    QCOMPARE(TextDecoder::firstInvalidUtf8(text), reference(text, true));
    QCOMPARE(TextDecoder::firstInvalidUtf8(text), bad);
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
