#pragma once

#include "sandbox/jsonnumberscanner.h"
#include "sandbox/payloadrules.h"
#include "sandbox/payloadschema.h"

#include <QByteArrayView>

// A push validator for the sync payload: JSON syntax exactly as QJsonDocument takes it plus the schema rules,
// fed chunk by chunk as the upload arrives (SandboxConnection) or from a file (PayloadSchema), in constant memory.
class PayloadScanner
{
public:
    // Chunks may split the input anywhere: the verdict (and message) is the same for any split.
    void feed(QByteArrayView chunk);
    // The end of the input; call once.
    [[nodiscard]] PayloadSchema::Result finish();
    // A definite error is already known; feed() then returns at once and finish() gives it.
    [[nodiscard]] bool failed() const { return m_state == State::Failed; }

private:
    enum class State : quint8
    {
        Start,       // before the top-level object
        ObjectOpen,  // after '{': a key or '}'
        KeyRequired, // after ',' in an object
        Colon,
        ValueRequired, // after ':' or ',' in an array
        ArrayOpen,     // after '[': a value or ']'
        Key,
        String,
        Number,
        Literal,
        AfterValue,
        End, // after the top-level object: only whitespace
        Failed,
    };
    using Frame = PayloadRules::Frame;
    using Slot = PayloadRules::Slot;
    using Kind = PayloadRules::Kind;

    void run(const uchar* p, const uchar* end);
    bool beginValue(const uchar* p);
    bool openContainer(const uchar* p, bool object);
    void beginString(bool key);
    const uchar* pending(const uchar* p, const uchar* end);
    bool utf8Lead(uchar c);
    void capture(const uchar* from, const uchar* to, const uchar* end);
    void character(char32_t c);
    [[nodiscard]] PayloadRules::Text text() const;
    [[nodiscard]] static PayloadRules::Text plainText(const uchar* from, const uchar* to, bool wantsText);
    void failSyntax(const char* what, const uchar* at);
    void failSchema();
    [[nodiscard]] qint64 offsetOf(const uchar* at) const { return m_chunkOffset + (at - m_chunk); }

    static constexpr int maxDepth = 1024;   // QJsonDocument's nesting limit
    static constexpr int textCapacity = 16; // longer than any key or value the rules compare

    PayloadRules m_rules;
    JsonNumberScanner m_number;
    State m_state = State::Start;
    Slot m_slot = Slot::None;
    int m_depth = 0;
    Frame m_frames[maxDepth];
    Slot m_slots[maxDepth]; // the slot each open container fills in its parent

    // The string being scanned, across chunks.
    bool m_key = false;
    bool m_capture = false;
    quint8 m_escape = 0;    // 1 after '\\', 2..5 while reading \uXXXX (digits left + 1)
    quint8 m_utf8Left = 0;  // continuation bytes still expected
    uchar m_utf8Low = 0x80; // the range the next continuation byte must be in (overlong/surrogate/max checks)
    uchar m_utf8High = 0xBF;
    char32_t m_codePoint = 0;
    char m_text[2 * textCapacity] {}; // room for capture()'s fixed-size copy
    qint64 m_textLength = 0;          // decoded UTF-16/Latin-1 characters, not bytes
    bool m_textAscii = true;
    bool m_textEscaped = false;
    bool m_textNonSpace = false;

    const char* m_literal = nullptr; // the rest of "true"/"false"/"null" still expected
    const uchar* m_chunk = nullptr;
    qint64 m_chunkOffset = 0; // bytes fed before the current chunk
    PayloadSchema::Result m_result;
};
