#include "tsreader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// Runs lupdate over app/ and ui/ into a throw-away .ts and holds the result against the committed German
// catalogue, so a user-visible string that lupdate cannot see, or that nobody translated, fails here rather
// than shipping as English in the German build.
class TestTranslationCoverage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTranslateCallHasAContext();
    void everyExtractedStringIsTranslated();
    void catalogueHasNoStaleStrings();
    void fileLocalHelpersUseTheContextLupdateSees();

private:
    [[nodiscard]] static QString key(const TsReader::Message& message);
    [[nodiscard]] static QString advice();
    // QTest cuts long failure messages, so every problem is printed on its own line first.
    static void printAll(const QStringList& lines);

    QTemporaryDir m_dir;
    QStringList m_sources;                // absolute paths lupdate read
    QStringList m_warnings;               // lupdate's "file:line: text" complaints that lose a string
    QList<TsReader::Message> m_extracted; // what lupdate found now
    QList<TsReader::Message> m_committed; // resources/translations/torii-sync_de.ts
};

QString TestTranslationCoverage::key(const TsReader::Message& message)
{
    return message.context + QChar(0) + message.source + QChar(0) + message.comment;
}

QString TestTranslationCoverage::advice()
{
    return QStringLiteral("\nRun  cmake --build %1 --target update_translations  and translate the new entries in "
                          "resources/translations/torii-sync_de.ts (Qt Linguist, or by hand: remove "
                          "type=\"unfinished\").")
        .arg(QStringLiteral(TORIISYNC_BINARY_DIR));
}

void TestTranslationCoverage::printAll(const QStringList& lines)
{
    for (const QString& line : lines)
        qWarning().noquote() << line;
}

void TestTranslationCoverage::initTestCase()
{
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    const QDir source(QStringLiteral(TORIISYNC_SOURCE_DIR));

    // The same files resources/CMakeLists.txt hands to lupdate for update_translations.
    for (const QString& area : {QStringLiteral("app"), QStringLiteral("ui")}) {
        QDirIterator it(source.filePath(area), {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            m_sources.append(it.next());
    }
    m_sources.sort();
    QVERIFY(m_sources.size() > 50);
    const QString list = m_dir.filePath(QStringLiteral("sources.lst"));
    QFile listFile(list);
    QVERIFY(listFile.open(QIODevice::WriteOnly | QIODevice::Text));
    listFile.write(m_sources.join(QLatin1Char('\n')).toUtf8());
    listFile.close();

    const QString ts = m_dir.filePath(QStringLiteral("extracted.ts"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(TORIISYNC_LUPDATE),
                  {QStringLiteral("-locations"), QStringLiteral("absolute"), QStringLiteral("-no-obsolete"),
                   QStringLiteral("-I"), source.filePath(QStringLiteral("app")), QStringLiteral("-I"),
                   source.filePath(QStringLiteral("ui")), QLatin1Char('@') + list, QStringLiteral("-ts"), ts});
    QVERIFY2(lupdate.waitForFinished(60000),
             qPrintable(QStringLiteral("lupdate (%1) did not finish: %2")
                            .arg(QStringLiteral(TORIISYNC_LUPDATE), lupdate.errorString())));
    const QString output = QString::fromLocal8Bit(lupdate.readAllStandardError() + lupdate.readAllStandardOutput());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));

    // "Class 'X' lacks Q_OBJECT macro" is lupdate noticing a file-local tr() helper in a member function: the
    // string is still extracted under X (fileLocalHelpersUseTheContextLupdateSees checks that this is right).
    static const QRegularExpression complaint(QStringLiteral("^(/.+):(\\d+): (.+)$"),
                                              QRegularExpression::MultilineOption);
    for (auto it = complaint.globalMatch(output); it.hasNext();) {
        const auto match = it.next();
        if (!match.captured(3).contains(QLatin1String("lacks Q_OBJECT macro")))
            m_warnings.append(source.relativeFilePath(match.captured(1)) + QLatin1Char(':') + match.captured(2) +
                              QStringLiteral(": ") + match.captured(3));
    }

    QString error;
    m_extracted = TsReader::read(ts, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_extracted.size() > 50);
    m_committed = TsReader::read(source.filePath(QStringLiteral("resources/translations/torii-sync_de.ts")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestTranslationCoverage::everyTranslateCallHasAContext()
{
    // tr() in a free function (a file-local helper called outside any class) is invisible to lupdate: the
    // string never reaches the catalogue. Use QCoreApplication::translate("Context", "literal") there.
    printAll(m_warnings);
    QVERIFY2(m_warnings.isEmpty(),
             qPrintable(QStringLiteral("lupdate cannot extract %1 string(s) (listed above); write "
                                       "QCoreApplication::translate(\"<Class>\", \"...\") at those calls.")
                            .arg(m_warnings.size())));
}

void TestTranslationCoverage::everyExtractedStringIsTranslated()
{
    QHash<QString, const TsReader::Message*> committed;
    for (const TsReader::Message& m : std::as_const(m_committed))
        committed.insert(key(m), &m);
    QStringList missing, unfinished;
    for (const TsReader::Message& m : std::as_const(m_extracted)) {
        const TsReader::Message* found = committed.value(key(m));
        if (!found)
            missing.append(TsReader::describe(m));
        else if (!found->type.isEmpty())
            unfinished.append(TsReader::describe(m) + QStringLiteral(" (") + found->type + QLatin1Char(')'));
    }
    QStringList problems;
    if (!missing.isEmpty())
        problems << QStringLiteral("%1 string(s) in the sources are not in torii-sync_de.ts:").arg(missing.size())
                 << missing;
    if (!unfinished.isEmpty())
        problems << QStringLiteral("%1 string(s) are not translated in torii-sync_de.ts:").arg(unfinished.size())
                 << unfinished;
    printAll(problems);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 string(s) missing and %2 untranslated in torii-sync_de.ts (listed above).")
                            .arg(missing.size())
                            .arg(unfinished.size()) +
                        advice()));
}

void TestTranslationCoverage::catalogueHasNoStaleStrings()
{
    // update_translations runs with -no-obsolete, so the committed catalogue is exactly what lupdate sees; an
    // entry no source has any more means the .ts was edited by hand or not regenerated after a change.
    QSet<QString> extracted;
    for (const TsReader::Message& m : std::as_const(m_extracted))
        extracted.insert(key(m));
    QStringList stale;
    for (const TsReader::Message& m : std::as_const(m_committed)) {
        if (!extracted.contains(key(m)))
            stale.append(TsReader::describe(m));
    }
    printAll(stale);
    QVERIFY2(stale.isEmpty(),
             qPrintable(QStringLiteral("%1 entr(ies) of torii-sync_de.ts (listed above) are in no source any more.")
                            .arg(stale.size()) +
                        advice()));
}

void TestTranslationCoverage::fileLocalHelpersUseTheContextLupdateSees()
{
    // A file-local  QString tr(const char* text) { return QCoreApplication::translate("Ctx", text); }  is
    // called from member functions of the file's class, where lupdate files the string under the class name.
    // Unless "Ctx" is that name, the German build looks the string up under a context the catalogue does
    // not have, and shows English although the .ts has a translation. So in a file with such a helper every
    // extracted string must be in the helper's context.
    static const QRegularExpression helper(
        QStringLiteral("translate\\(\\s*\"([^\"]+)\"\\s*,\\s*[A-Za-z_][A-Za-z_0-9]*\\s*[,)]"));
    QHash<QString, QString> helperContext; // canonical file path -> context
    for (const QString& path : std::as_const(m_sources)) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QString text = QString::fromUtf8(file.readAll());
        QSet<QString> contexts;
        for (auto it = helper.globalMatch(text); it.hasNext();)
            contexts.insert(it.next().captured(1));
        QVERIFY2(contexts.size() <= 1, qPrintable(path + QStringLiteral(": more than one translate helper context")));
        if (!contexts.isEmpty())
            helperContext.insert(QFileInfo(path).canonicalFilePath(), *contexts.cbegin());
    }
    QVERIFY(!helperContext.isEmpty());

    const QDir tsDir(m_dir.path());
    const QDir source(QStringLiteral(TORIISYNC_SOURCE_DIR));
    QStringList problems;
    for (const TsReader::Message& m : std::as_const(m_extracted)) {
        for (const QString& location : m.locations) {
            const QString path = QFileInfo(tsDir.filePath(location)).canonicalFilePath();
            const QString context = helperContext.value(path);
            if (!context.isEmpty() && context != m.context)
                problems << QStringLiteral("%1: %2 is looked up as \"%3\" at run time")
                                .arg(source.relativeFilePath(path), TsReader::describe(m), context);
        }
    }
    problems.removeDuplicates();
    printAll(problems);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 string(s) (listed above) sit in files whose translate helper uses "
                                       "another context than lupdate files them under, so German never shows.")
                            .arg(problems.size()) +
                        QStringLiteral("\nMake the helper's context the class name, then run update_translations.")));
}

QTEST_GUILESS_MAIN(TestTranslationCoverage)
#include "tst_translationcoverage.moc"
