#pragma once

#include <QtGlobal>

// Decides, a byte at a time, whether a JSON number is one QJsonDocument accepts, with constant memory.
// PayloadScanner uses it so numbers split across upload chunks get the same verdict as a whole-file parse.
class JsonNumberScanner
{
public:
    void reset();
    // Consumes the bytes of [p, end) that belong to the number (Qt's greedy grammar) and returns the first byte
    // that does not; returning end means the number may continue in the next chunk.
    const uchar* scan(const uchar* p, const uchar* end);
    // The verdict once the number has ended: the shape Qt's toDouble() takes and a finite, non-underflowing value.
    [[nodiscard]] bool valid() const;

private:
    enum class Phase : quint8
    {
        Sign,
        IntFirst,
        IntDigits,
        AfterInt,
        FracDigits,
        AfterFrac,
        ExpSign,
        ExpDigits,
        Done
    };

    void digit(uchar c, bool fraction);
    [[nodiscard]] bool validSlow() const;

    // The first significant digits are kept so a value near the double range limits can be given to the same
    // conversion Qt uses; further non-zero digits only matter as a "sticky" digit for rounding.
    static constexpr int maxDigits = 800;
    char m_digits[maxDigits];
    int m_digitCount = 0;
    bool m_sticky = false;
    bool m_negative = false;
    bool m_hasExponent = false;
    bool m_exponentNegative = false;
    Phase m_phase = Phase::Sign;
    qint64 m_mantissaDigits = 0; // integer + fraction digits
    qint64 m_exponentDigits = 0;
    qint64 m_exponent = 0;   // saturated
    qint64 m_pointShift = 0; // the value is 0.<digits> * 10^(m_pointShift + exponent)
};
