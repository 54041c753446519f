#include "import/packedindex.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <functional>
#include <vector>

// PackedIndex against a plain std::vector: every encoding (even steps, 16-bit deltas, full values), values
// read from the open block and from sealed ones, the encoding chosen at each block boundary, roll-backs into
// sealed blocks, and the search for a step other than the rows' cell count must give what the vector gives.
class TestPackedIndex : public QObject
{
    Q_OBJECT

private:
    static void compare(const PackedIndex& packed, const std::vector<quint32>& plain)
    {
        QCOMPARE(packed.size(), plain.size());
        for (size_t i = 0; i < plain.size(); ++i) {
            if (packed[i] != plain[i])
                QFAIL(qPrintable(QStringLiteral("index %1: %2, expected %3").arg(i).arg(packed[i]).arg(plain[i])));
        }
    }

    // The naive form of firstStepOtherThan.
    static size_t firstStepOtherThan(const std::vector<quint32>& plain, size_t from, size_t to, quint32 step)
    {
        for (size_t i = from; i < to; ++i) {
            if (plain[i + 1] - plain[i] != step)
                return i;
        }
        return to;
    }

private slots:
    // Each sequence is checked after every push, so values are read both while their block is open and after
    // it was sealed, at sizes on both sides of each block boundary.
    void everyPrefix_data()
    {
        QTest::addColumn<std::vector<quint32>>("values");
        const auto make = [](size_t count, const std::function<quint32(size_t)>& value) {
            std::vector<quint32> v(count);
            for (size_t i = 0; i < count; ++i)
                v[i] = value(i);
            return v;
        };
        QTest::newRow("even") << make(200, [](size_t i) { return quint32(7 + 3 * i); });
        QTest::newRow("constant") << make(200, [](size_t) { return 42u; });
        QTest::newRow("even, step 0xFFFF+") << make(200, [](size_t i) { return quint32(0x10001 * i); });
        QTest::newRow("narrow") << make(200, [](size_t i) { return quint32(i * i % 977 + 1000 * i); });
        QTest::newRow("last slot breaks the step") << make(200, [](size_t i) { return quint32(i + (i % 64 == 63)); });
        QTest::newRow("second slot breaks the step") << make(200, [](size_t i) { return quint32(i + (i % 64 >= 2)); });
        // Block b starts at b * 0x10000 (i * 1024); one value per block sits exactly 0xFFFF or 0x10000 above it.
        QTest::newRow("delta 0xFFFF, narrow")
            << make(200, [](size_t i) { return quint32(i % 64 == 63 ? i / 64 * 0x10000 + 0xFFFF : i * 1024); });
        QTest::newRow("delta 0x10000, wide")
            << make(200, [](size_t i) { return quint32(i % 64 == 40 ? i / 64 * 0x10000 + 0x10000 : i * 1024); });
        QTest::newRow("descending, wraps") << make(200, [](size_t i) { return quint32(1000 - i * i % 5); });
        QTest::newRow("wrap-around even step") << make(200, [](size_t i) { return quint32(0xFFFFFFF0u + 5 * i); });
        QTest::newRow("mixed blocks") << make(600, [](size_t i) {
            const size_t block = i / 64;
            return block % 3 == 0 ? quint32(i) : block % 3 == 1 ? quint32(i * 7 + i % 5) : quint32(i * 100000);
        });
    }

    void everyPrefix()
    {
        QFETCH(std::vector<quint32>, values);
        PackedIndex packed;
        std::vector<quint32> plain;
        for (const quint32 v : values) {
            packed.push_back(v);
            plain.push_back(v);
            compare(packed, plain);
            QCOMPARE(packed.back(), plain.back());
            if (QTest::currentTestFailed())
                return;
        }
        const PackedIndex copy = packed; // the open block travels with a copy (the reader's preview copies)
        packed.push_back(1);
        compare(copy, plain);
        packed.clear();
        QVERIFY(packed.empty());
        packed.push_back(9);
        QCOMPARE(packed[0], 9u);
    }

    // The encodings by their cost: an even block nothing per value, a narrow one 2 bytes, a wide one 4.
    void memoryByEncoding()
    {
        const size_t count = 64 * 1000;
        PackedIndex even, narrow, wide;
        for (size_t i = 0; i < count; ++i) {
            even.push_back(quint32(5 * i));
            narrow.push_back(quint32(5 * i + i % 3));
            wide.push_back(quint32(70000 * i + i % 3));
        }
        const qint64 blocks = qint64(count / 64) * 16 * 2; // block headers, vector growth included
        QVERIFY2(even.memoryUsage() <= blocks, qPrintable(QString::number(even.memoryUsage())));
        QVERIFY2(narrow.memoryUsage() >= qint64(count) * 2 && narrow.memoryUsage() <= qint64(count) * 4 + blocks,
                 qPrintable(QString::number(narrow.memoryUsage())));
        QVERIFY2(wide.memoryUsage() >= qint64(count) * 4, qPrintable(QString::number(wide.memoryUsage())));
    }

    // Roll-backs to every size, from the open block into sealed blocks of each encoding, then refilled.
    void resizeToEverySize()
    {
        std::vector<quint32> values;
        for (quint32 i = 0; i < 330; ++i)
            values.push_back(i < 64 ? i : i < 128 ? i * 3 + i % 2 : i < 192 ? i * 100000 : i < 256 ? 7 : i * 2);
        for (size_t keep = 0; keep <= values.size(); ++keep) {
            PackedIndex packed;
            for (const quint32 v : values)
                packed.push_back(v);
            packed.resize(keep);
            packed.resize(keep + 5); // growing is ignored
            std::vector<quint32> plain(values.begin(), values.begin() + qsizetype(keep));
            compare(packed, plain);
            for (size_t i = keep; i < values.size(); ++i) { // refilled with other values
                packed.push_back(values[i] + 1);
                plain.push_back(values[i] + 1);
            }
            compare(packed, plain);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // The ragged-row search against the naive loop: blocks that step by the wanted step, by another one, a
    // single odd step at each place of a block, and ranges starting and ending anywhere.
    void firstStepOtherThanAgreesWithScan()
    {
        QRandomGenerator random(15);
        for (int round = 0; round < 300; ++round) {
            PackedIndex packed;
            std::vector<quint32> plain;
            const quint32 step = random.bounded(1u, 10u);
            quint32 value = 0;
            const int count = random.bounded(2, 700);
            for (int i = 0; i < count; ++i) {
                const int kind = random.bounded(1000);
                value += kind < 985 ? step : kind < 995 ? random.bounded(0u, 20u) : step + 70000;
                plain.push_back(value);
                packed.push_back(value);
            }
            for (int probe = 0; probe < 20; ++probe) {
                const size_t to = size_t(random.bounded(count)); // < size()
                const size_t from = size_t(random.bounded(int(to) + 1));
                const size_t expected = firstStepOtherThan(plain, from, to, step);
                if (packed.firstStepOtherThan(from, to, step) != expected) {
                    QFAIL(qPrintable(QStringLiteral("round %1, [%2, %3): %4, expected %5")
                                         .arg(round)
                                         .arg(from)
                                         .arg(to)
                                         .arg(packed.firstStepOtherThan(from, to, step))
                                         .arg(expected)));
                }
            }
        }
    }

    void evenStepsCostNoDeltas()
    {
        PackedIndex packed;
        std::vector<quint32> plain;
        for (quint32 i = 0; i < 100000; ++i) {
            packed.push_back(5 + i);
            plain.push_back(5 + i);
        }
        compare(packed, plain);
        // One-letter rows: a block header per 64 values, nothing per value.
        QVERIFY2(packed.memoryUsage() < 100000, qPrintable(QString::number(packed.memoryUsage())));
    }

    void randomAgainstVector()
    {
        QRandomGenerator random(21);
        for (int round = 0; round < 200; ++round) {
            PackedIndex packed;
            std::vector<quint32> plain;
            quint32 value = random.bounded(1000u);
            const int steps = random.bounded(1, 3000);
            for (int s = 0; s < steps; ++s) {
                const int kind = random.bounded(100);
                if (kind < 40)
                    value += 1; // even
                else if (kind < 80)
                    value += random.bounded(200u); // narrow
                else if (kind < 85)
                    value += random.bounded(200000u); // wide
                else if (kind < 88)
                    value = random.generate(); // not monotonic at all
                else if (kind < 90)
                    value += 0xFFFF + random.bounded(2u); // at the narrow/wide boundary
                if (kind >= 95 && !plain.empty()) {
                    const size_t keep = size_t(random.bounded(int(plain.size()) + 1));
                    plain.resize(keep);
                    packed.resize(keep);
                    continue;
                }
                plain.push_back(value);
                packed.push_back(value);
            }
            compare(packed, plain);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void lowerBoundOfSortedValues()
    {
        PackedIndex packed;
        std::vector<quint32> plain;
        for (quint32 v = 1; v < 5000; v += 1 + (v % 7 == 0 ? 70000 : v % 3)) {
            packed.push_back(v);
            plain.push_back(v);
        }
        for (quint32 probe : {0u, 1u, 2u, 100u, 70001u, 4000000u, plain.back(), plain.back() + 1}) {
            const size_t expected = size_t(std::lower_bound(plain.begin(), plain.end(), probe) - plain.begin());
            QCOMPARE(packed.lowerBound(probe), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestPackedIndex)
#include "tst_packedindex.moc"
