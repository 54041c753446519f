#include "import/packedindex.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

// PackedIndex against a plain std::vector: every encoding (even steps, 16-bit deltas, full values), the
// switches between them mid-block, and roll-backs across block boundaries must give the same values.
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

private slots:
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
