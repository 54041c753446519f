#include "guitest.h"
#include "import/table.h"
#include "loadpage.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "reviewpage.h"
#include "samples.h"
#include "session.h"

#include <QFile>
#include <QLabel>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// Review: invalid rows block the sync until the policy skips them; rejected rows export; an issue opens its
// cell in the preview.
class tst_ReviewPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { GuiTest::prepare(); }
    void policyRejectsAndIssueLinks();
    void readingNoticesShownOnReview();

private:
    MemorySecretStore m_secrets;
};

void tst_ReviewPage::policyRejectsAndIssueLinks()
{
    GuiTest::App app(&m_secrets);
    MainWindow& window = app.window;
    window.resize(1180, 820);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openFile(Samples::path(QStringLiteral("invalid-emails.csv")));
    QTRY_VERIFY(window.session()->table() != nullptr);
    window.showStep(MainWindow::Step::Review);
    QTRY_VERIFY(window.session()->hasDryRun());
    ReviewPage* review = window.reviewPage();
    QVERIFY(window.session()->dryRun().blocked);
    QVERIFY(!review->isComplete());
    QTableView* issues = review->issuesView();
    QVERIFY(issues->model()->rowCount() > 0);
    GuiTest::screenshot(&window, QStringLiteral("4-review-blocked"));

    // Skip invalid rows: the dry run runs again and leaves them out.
    const auto radios = review->findChildren<QRadioButton*>();
    QRadioButton* skip = nullptr;
    for (QRadioButton* r : radios)
        if (r->accessibleName() == QLatin1String("Skip invalid rows"))
            skip = r;
    QVERIFY(skip);
    skip->click();
    QTRY_VERIFY(window.session()->hasDryRun() && !review->isRunning());
    QVERIFY(window.session()->dryRun().ok);
    QVERIFY(window.session()->dryRun().rejected > 0);
    QVERIFY(review->isComplete());

    QTemporaryDir dir;
    const QString rejects = dir.filePath(QStringLiteral("rejects.csv"));
    QVERIFY(review->exportRejects(rejects));
    QFile file(rejects);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().count('\n') >= window.session()->dryRun().rejected);

    // Enter on an issue shows its cell in the preview.
    const QModelIndex first = issues->model()->index(0, 0);
    issues->setCurrentIndex(first);
    emit issues->activated(first);
    QCOMPARE(window.currentStep(), MainWindow::Step::Load);
    const QModelIndex cell = window.loadPage()->previewView()->currentIndex();
    QVERIFY(cell.isValid());
    QCOMPARE(window.session()->table()->sourceLine(cell.row()), first.data().toLongLong());
}

void tst_ReviewPage::readingNoticesShownOnReview()
{
    // Issue #21/5: a line that is not valid UTF-8 was mentioned on the Load page only; Review (the last look
    // before the sync) shows the reader's notices too.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mixed.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Email,Name\nu1@example.com,J\xC3\xBCrgen\nu2@example.com,Zo\xC3\xAB\njose@example.com,Jos\xE9\n");
    file.close();
    GuiTest::App app(&m_secrets);
    MainWindow& window = app.window;
    window.resize(1024, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openFile(path);
    QTRY_VERIFY(window.session()->table() != nullptr);
    window.showStep(MainWindow::Step::Review);
    QTRY_VERIFY(window.session()->hasDryRun());
    QLabel* notices = nullptr;
    for (QLabel* label : window.reviewPage()->findChildren<QLabel*>())
        if (label->accessibleName() == QLatin1String("Reading notices"))
            notices = label;
    QVERIFY(notices);
    QVERIFY(notices->isVisible());
    QVERIFY2(notices->text().contains(QStringLiteral("Line 4")) && notices->text().contains(QStringLiteral("UTF-8")),
             qPrintable(notices->text()));
}

QTEST_MAIN(tst_ReviewPage)
#include "tst_reviewpage.moc"
