#pragma once

#include <QFile>
#include <QIODevice>

#include <cstdio>

// The write end of the CLI's stdout and stderr: UTF-8 text passes through, but control characters that a
// terminal would act on (ESC sequences that retitle or clear it, BEL, backspace, C1 controls, DEL) are written
// as visible escapes ("\x1b"), so no cell, name or server message can take over the terminal (issue #21/13).
// Line feed, carriage return (live progress lines) and tab pass. Console writes through one per stream.
class TerminalSafeDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalSafeDevice)

public:
    explicit TerminalSafeDevice(FILE* stream, QObject* parent = nullptr);
    explicit TerminalSafeDevice(QString* buffer, QObject* parent = nullptr); // in-memory (tests)
    ~TerminalSafeDevice() override;

    // The text with every control character escaped (line breaks and tabs too): for one piece of data put on a
    // line of its own making, e.g. a cell in an issue line.
    [[nodiscard]] static QString escaped(const QString& text);

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    bool put(const QByteArray& bytes);

    QFile m_file;
    QString* m_buffer = nullptr;
    QByteArray m_pending; // an incomplete UTF-8 sequence held for the next write
};
