#include "theme.h"

#include <QApplication>
#include <QFile>
#include <QPalette>
#include <QStyleFactory>

namespace Theme
{
    void apply()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QPalette p = QApplication::palette();
        p.setColor(QPalette::Window, QColor(0xf4, 0xf6, 0xf9));
        p.setColor(QPalette::Base, Qt::white);
        p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf9, 0xfc));
        p.setColor(QPalette::Highlight, QColor(0x2f, 0x7b, 0xd0));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Button, QColor(0xfb, 0xfc, 0xfd));
        p.setColor(QPalette::Text, QColor(0x1f, 0x29, 0x33));
        p.setColor(QPalette::WindowText, QColor(0x1f, 0x29, 0x33));
        p.setColor(QPalette::ButtonText, QColor(0x1f, 0x29, 0x33));
        QApplication::setPalette(p);
        QFile qss(QStringLiteral(":/ui/theme.qss"));
        if (qss.open(QIODevice::ReadOnly))
            qApp->setStyleSheet(QString::fromUtf8(qss.readAll()));
    }

    QColor outcomeColor(RunOutcome outcome)
    {
        if (outcome == RunOutcome::Succeeded)
            return QColor(0x1e, 0x7a, 0x44);
        if (RunStates::isProblem(outcome))
            return QColor(0xb3, 0x26, 0x1e);
        return QColor(0x1f, 0x29, 0x33);
    }

    QString outcomeIcon(RunOutcome outcome)
    {
        if (outcome == RunOutcome::Succeeded)
            return QStringLiteral(":/icons/state-done.svg");
        if (RunStates::isProblem(outcome))
            return QStringLiteral(":/icons/state-failed.svg");
        return QStringLiteral(":/icons/state-pending.svg");
    }
} // namespace Theme
