#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

// Reads one HTTP/1.x response as its bytes arrive: the status line, the headers, then a body framed by
// Content-Length, the chunked transfer coding or the end of the connection; 1xx interim answers are skipped.
// Bounded: lines and headers are capped, the body is kept up to a limit and the rest counted. Used by
// OneShotHttpRequest, which needs to know whether an answer arrived whole.
class HttpResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(HttpResponseParser)

public:
    explicit HttpResponseParser(qint64 maxBodyBytes);

    // Feeds received bytes; returns false once the bytes cannot be an HTTP response.
    bool feed(const QByteArray& data);
    // The peer closed the connection: a close-delimited body is then complete, anything else is cut off.
    void endOfStream();

    [[nodiscard]] bool isComplete() const { return m_state == State::Complete; }
    [[nodiscard]] bool isInvalid() const { return m_state == State::Invalid; }
    [[nodiscard]] qint64 bytesSeen() const { return m_bytesSeen; }
    // The final status once the headers are in, 0 before.
    [[nodiscard]] int status() const { return m_headersDone ? m_status : 0; }
    [[nodiscard]] QByteArray header(const QByteArray& name) const;
    [[nodiscard]] QByteArray body() const { return m_body; }
    // Why the answer is invalid or incomplete, translated, for logs and error details ("" when complete).
    [[nodiscard]] QString problem() const;

private:
    enum class State
    {
        StatusLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        Complete,
        Invalid
    };

    bool takeLine(QByteArray* line);
    void parseStatusLine(const QByteArray& line);
    void parseHeaderLine(const QByteArray& line);
    void headersDone();
    void parseChunkSize(const QByteArray& line);
    void takeBody();
    void fail(const QString& why);

    qint64 m_maxBody;
    State m_state = State::StatusLine;
    QByteArray m_buffer;
    qint64 m_bytesSeen = 0;
    qint64 m_headerBytes = 0;
    int m_status = 0;
    bool m_headersDone = false;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    bool m_closeDelimited = false;
    qint64 m_remaining = 0; // of the Content-Length body or the current chunk
    QByteArray m_body;
    QString m_problem;
};
