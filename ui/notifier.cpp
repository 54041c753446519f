#include "notifier.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

Notifier::Notifier(QWidget* window)
    : QObject(window)
    , m_window(window)
{ }

Notifier::~Notifier() = default;

void Notifier::notify(const QString& title, const QString& message, bool failure)
{
    if (m_window->isActiveWindow())
        return;
    ++m_count;
    m_lastMessage = message;
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
            m_tray->setToolTip(QApplication::applicationDisplayName());
        }
        m_tray->show();
        m_tray->showMessage(title, message, failure ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
        return;
    }
    QApplication::alert(m_window);
}
