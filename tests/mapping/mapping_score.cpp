// Prints the auto-match score table over the evaluation set (tests/mapping/exports): per export, the fields
// matched as expected, the users sent, and what differs. A command, not a test: tst_automatchevaluation holds
// auto-match to every expectation. Run: build/ci/tests/mapping/mapping_score
#include "evalset.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QString error;
    const QList<EvalCase> cases = EvalSet::load(&error);
    if (!error.isEmpty()) {
        QTextStream(stderr) << error << '\n';
        return 2;
    }
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("export"), -24)
               .arg(QStringLiteral("shape"), -9)
               .arg(QStringLiteral("fields"), 7)
               .arg(QStringLiteral("users"), 9)
               .arg(QStringLiteral("skipped"), 9);
    int right = 0, total = 0, passed = 0;
    for (const EvalCase& c : cases) {
        const EvalOutcome o = EvalSet::evaluate(c);
        right += o.fieldsRight;
        total += o.fieldsTotal;
        passed += o.passed() ? 1 : 0;
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(c.name, -24)
                   .arg(o.shape, -9)
                   .arg(QStringLiteral("%1/%2").arg(o.fieldsRight).arg(o.fieldsTotal), 7)
                   .arg(QStringLiteral("%1/%2").arg(o.users).arg(c.users), 9)
                   .arg(QStringLiteral("%1/%2").arg(o.skipped).arg(c.skipped), 9);
        for (const QString& m : o.mismatches)
            out << "    " << m << '\n';
        if (!o.error.isEmpty())
            out << "    " << o.error << '\n';
    }
    out << QStringLiteral("%1 of %2 exports as expected; %3 of %4 fields (%5%)\n")
               .arg(passed)
               .arg(cases.size())
               .arg(right)
               .arg(total)
               .arg(total > 0 ? 100 * right / total : 0);
    return passed == cases.size() ? 0 : 1;
}
