#pragma once

#include <QObject>

// Turns the QFileOpenEvent macOS sends when a file is opened with Torii Sync from Finder (or dropped on the
// Dock icon) into a plain request; MainWindow installs it on the application and loads the file as it does
// one given on the command line.
class FileOpenFilter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileOpenFilter)

public:
    explicit FileOpenFilter(QObject* parent = nullptr);

    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void fileOpenRequested(const QString& path);
};
