#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>

#include <optional>
#include <string>
#include <vector>

class XlsxPartStream;

// A pull scanner for the XML of workbook parts (sheets, shared strings), several times faster than
// QXmlStreamReader because it hands out UTF-8 views into its buffer instead of building QStrings. It keeps the
// safety rules of the reader it replaced: a DTD (and so any entity declaration) is refused, only the predefined
// and character entities exist, tags must match, text must be valid UTF-8 without forbidden control characters,
// and no single token may exceed MaxTokenBytes. Parts declared in another encoding (UTF-16) are transcoded to
// UTF-8 as they arrive. Line ends are normalised (CR LF and CR to LF) like any XML reader does.
class XmlScanner
{
    Q_DECLARE_TR_FUNCTIONS(XmlScanner)

public:
    enum class Token
    {
        StartElement,
        EndElement,
        Text,
        End,
        Error
    };
    static constexpr qsizetype MaxTokenBytes = qsizetype(32) << 20;

    explicit XmlScanner(XlsxPartStream* source);

    Token next();
    // Element tokens: the local name (prefix removed), valid until the next call.
    [[nodiscard]] QByteArrayView name() const { return m_name; }
    // Start elements: the decoded value of the attribute with that qualified name, nullopt when absent.
    std::optional<QByteArrayView> attribute(QByteArrayView qualifiedName);
    // Text tokens (character data or CDATA): appends the decoded text; false (and an error) when it is invalid.
    bool appendText(QByteArray* out);
    // Skips the rest of the element whose start was just returned, children included; false on an error.
    bool skipElement();
    // Right after a start element: when its content is plain text (printable ASCII without '&', so nothing to
    // decode or check) and its end tag follows in the buffer, consumes both and sets *text to a view valid
    // until the next call. Otherwise false with nothing consumed: read the content with next(). The shortcut
    // for the millions of <v>123</v> in a sheet.
    bool plainText(QByteArrayView* text);
    // For a caller's fast path over markup of a common shape (a sheet's rows and cells): the bytes not scanned
    // yet, which may end mid-token. Empty when next() would not start reading them (an end pending after a
    // self-closing tag, an error, no open element).
    [[nodiscard]] QByteArrayView unscanned() const
    {
        if (m_pendingEnd || m_stackStarts.empty() || !m_error.isEmpty())
            return {};
        return QByteArrayView(m_buffer.constData() + m_pos, m_buffer.size() - m_pos);
    }
    // Consumes the first `bytes` of unscanned(), which the caller has checked hold whole elements that open and
    // close there (so the open elements stay as they are) and that next() would have accepted unchanged.
    void skipScanned(qsizetype bytes) { m_pos += bytes; }
    // Consumes the first `bytes` of unscanned(), a start tag (not self-closing) of the element `qualifiedName`
    // that the caller has checked next() would have accepted: the element is open, as after next().
    void skipStartTag(QByteArrayView qualifiedName, qsizetype bytes);
    // Consumes the end tag at the start of unscanned() when it is exactly "</name>" for the innermost open
    // element, which it closes; false with nothing consumed otherwise (next() reads it).
    bool skipEndTag();

    [[nodiscard]] bool hasError() const { return !m_error.isEmpty(); }
    [[nodiscard]] QString errorString() const { return m_error; }
    // The error was a DTD or an undeclared entity (a refusal, not damage).
    [[nodiscard]] bool refusedDtd() const { return m_dtd; }
    // Bytes of the part consumed so far (before transcoding), for progress.
    [[nodiscard]] qint64 consumed() const { return m_consumed; }
    [[nodiscard]] bool sourceExceeded() const;

    // Checks decoded text: valid UTF-8 and no control characters XML forbids.
    static bool validText(QByteArrayView text);

private:
    bool more();
    void startEncoding(const QByteArray& first);
    Token fail(const QString& message);
    Token scanTag(qsizetype at);
    bool decode(QByteArrayView raw, bool attribute, QByteArray* out);

    XlsxPartStream* m_source;
    QByteArray m_buffer;
    QByteArray m_chunk;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    bool m_eof = false;
    bool m_started = false;
    std::optional<QStringDecoder> m_decoder;

    QByteArrayView m_name;
    QByteArrayView m_attributes;
    QByteArrayView m_raw;
    bool m_cdata = false;
    bool m_pendingEnd = false;
    bool m_rootSeen = false;
    std::string m_stack; // qualified names of the open elements, each followed by '\0'
    std::vector<size_t> m_stackStarts;
    QByteArray m_value;
    QString m_error;
    bool m_dtd = false;
};
