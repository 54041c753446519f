#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

// Base of the six step pages: a title and subtitle on top, the page's own content below, and the
// wizard-like contract the main window uses for its Back/Next bar (isComplete + completeChanged,
// enter() when the page is shown), after QWizardPage.
class Page : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Page)

public:
    Page(const QString& title, const QString& subtitle, QWidget* parent = nullptr);
    ~Page() override;

    [[nodiscard]] QString title() const { return m_titleText; }
    // Whether the admin may go on to the next step.
    [[nodiscard]] virtual bool isComplete() const { return true; }
    // The label of the Next button while this page is shown ("Continue" by default).
    [[nodiscard]] virtual QString nextText() const;
    // Called each time the page becomes the current one.
    virtual void enter() { }
    // QStackedLayout asks every page for heightForWidth on each step change, which lays out all their
    // word-wrapped labels (15-48 ms on the GUI thread); pages fill the stack, so their height never depends
    // on their width.
    [[nodiscard]] bool hasHeightForWidth() const override { return false; }

signals:
    void completeChanged();
    // The page asks the window to go to the next step (e.g. after a successful load).
    void advanceRequested();

protected:
    [[nodiscard]] QVBoxLayout* contentLayout() const { return m_content; }
    void setSubtitle(const QString& subtitle);

private:
    QString m_titleText;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QVBoxLayout* m_content = nullptr;
};
