#pragma once

#include <QMessageBox>

#include <functional>

// Every question the window asks goes through here, shown with open() (never exec()) so the event loop
// keeps running, and with a "next answer" seam so GUI tests can answer without a visible dialog
// (after KeePassXC's MessageBox::setNextAnswer).
namespace MessageBox
{
    using Answer = QMessageBox::StandardButton;
    using Callback = std::function<void(Answer)>;

    // The next ask() returns this answer at once (asynchronously) instead of showing a dialog.
    void setNextAnswer(Answer answer);
    // How many dialogs were shown or answered since start; tests use it to see that a question was asked.
    [[nodiscard]] int askedCount();
    [[nodiscard]] QString lastText();

    void ask(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
             QMessageBox::StandardButtons buttons, Answer defaultButton, Callback callback);
    void information(QWidget* parent, const QString& title, const QString& text);
    void warning(QWidget* parent, const QString& title, const QString& text, const QString& details = {});
} // namespace MessageBox
