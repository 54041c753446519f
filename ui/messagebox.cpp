#include "messagebox.h"

#include <QCoreApplication>
#include <QTimer>

namespace
{
    MessageBox::Answer s_nextAnswer = QMessageBox::NoButton;
    int s_asked = 0;
    QString s_lastText;
} // namespace

namespace MessageBox
{
    void setNextAnswer(Answer answer)
    {
        s_nextAnswer = answer;
    }

    int askedCount()
    {
        return s_asked;
    }

    QString lastText()
    {
        return s_lastText;
    }

    void ask(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
             QMessageBox::StandardButtons buttons, Answer defaultButton, Callback callback)
    {
        ++s_asked;
        s_lastText = text;
        if (s_nextAnswer != QMessageBox::NoButton) {
            const Answer answer = s_nextAnswer;
            s_nextAnswer = QMessageBox::NoButton;
            // Answer later, as a real dialog would: callers must not rely on a synchronous reply.
            QObject* context = parent ? static_cast<QObject*>(parent) : QCoreApplication::instance();
            QTimer::singleShot(0, context, [callback, answer] {
                if (callback)
                    callback(answer);
            });
            return;
        }
        auto* box = new QMessageBox(icon, title, text, buttons, parent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setDefaultButton(defaultButton);
        box->setWindowModality(Qt::WindowModal);
        QObject::connect(box, &QMessageBox::finished, box, [box, callback](int) {
            if (callback)
                callback(box->standardButton(box->clickedButton()));
        });
        box->open();
    }

    void information(QWidget* parent, const QString& title, const QString& text)
    {
        ask(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok, {});
    }

    void warning(QWidget* parent, const QString& title, const QString& text, const QString& details)
    {
        if (details.isEmpty()) {
            ask(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok, {});
            return;
        }
        ask(parent, QMessageBox::Warning, title, text + QStringLiteral("\n\n") + details, QMessageBox::Ok,
            QMessageBox::Ok, {});
    }
} // namespace MessageBox
