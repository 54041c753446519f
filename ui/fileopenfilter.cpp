#include "fileopenfilter.h"

#include <QCoreApplication>
#include <QFileOpenEvent>
#include <QUrl>

FileOpenFilter::FileOpenFilter(QObject* parent)
    : QObject(parent)
{ }

bool FileOpenFilter::eventFilter(QObject* watched, QEvent* event)
{
    // An application-wide filter sees every event; only the application's own FileOpen is ours.
    if (event->type() != QEvent::FileOpen || watched != QCoreApplication::instance())
        return QObject::eventFilter(watched, event);
    const auto* open = static_cast<QFileOpenEvent*>(event);
    const QString path = open->file().isEmpty() ? open->url().toLocalFile() : open->file();
    if (path.isEmpty())
        return false; // a non-file URL: not for us, let Qt do what it does with it
    emit fileOpenRequested(path);
    return true;
}
