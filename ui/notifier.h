#pragma once

#include <QObject>

class QSystemTrayIcon;
class QWidget;

// Tells the admin that long work finished while the window was in the background: a desktop
// notification through the tray when there is one, else the taskbar alert.
class Notifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    explicit Notifier(QWidget* window);
    ~Notifier() override;

    // Does nothing when the window is active (the admin is looking at it already).
    void notify(const QString& title, const QString& message, bool failure);
    [[nodiscard]] int notificationCount() const { return m_count; }
    [[nodiscard]] QString lastMessage() const { return m_lastMessage; }

private:
    QWidget* m_window = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    int m_count = 0;
    QString m_lastMessage;
};
