#include "sandbox/jsonnumberscanner.h"

#include <QByteArray>

#include <algorithm>

namespace
{
    bool isDigit(uchar c)
    {
        return c >= '0' && c <= '9';
    }

    constexpr qint64 exponentCap = Q_INT64_C(1000000000000000);
} // namespace

void JsonNumberScanner::reset()
{
    m_digitCount = 0;
    m_sticky = false;
    m_negative = false;
    m_hasExponent = false;
    m_exponentNegative = false;
    m_phase = Phase::Sign;
    m_mantissaDigits = 0;
    m_exponentDigits = 0;
    m_exponent = 0;
    m_pointShift = 0;
}

void JsonNumberScanner::digit(uchar c, bool fraction)
{
    ++m_mantissaDigits;
    if (m_digitCount == 0 && c == '0') {
        if (fraction)
            --m_pointShift;
        return;
    }
    if (!fraction)
        ++m_pointShift;
    if (m_digitCount < maxDigits)
        m_digits[m_digitCount++] = char(c);
    else if (c != '0')
        m_sticky = true;
}

// Qt's parser (qjsonparser.cpp parseNumber) takes "-", then "0" or any run of digits, then "." with any run of
// digits, then e/E, a sign and any run of digits; whatever it took must then convert with QByteArray::toDouble.
const uchar* JsonNumberScanner::scan(const uchar* p, const uchar* end)
{
    while (p < end) {
        const uchar c = *p;
        switch (m_phase) {
        case Phase::Sign:
            m_phase = Phase::IntFirst;
            if (c == '-') {
                m_negative = true;
                ++p;
            }
            break;
        case Phase::IntFirst:
            if (c == '0') {
                digit(c, false);
                ++p;
                m_phase = Phase::AfterInt;
            } else {
                m_phase = isDigit(c) ? Phase::IntDigits : Phase::AfterInt;
            }
            break;
        case Phase::IntDigits:
            while (p < end && isDigit(*p))
                digit(*p++, false);
            if (p < end)
                m_phase = Phase::AfterInt;
            break;
        case Phase::AfterInt:
            m_phase = Phase::AfterFrac;
            if (c == '.') {
                ++p;
                m_phase = Phase::FracDigits;
            }
            break;
        case Phase::FracDigits:
            while (p < end && isDigit(*p))
                digit(*p++, true);
            if (p < end)
                m_phase = Phase::AfterFrac;
            break;
        case Phase::AfterFrac:
            if (c != 'e' && c != 'E') {
                m_phase = Phase::Done;
                return p;
            }
            m_hasExponent = true;
            ++p;
            m_phase = Phase::ExpSign;
            break;
        case Phase::ExpSign:
            if (c == '-' || c == '+') {
                m_exponentNegative = c == '-';
                ++p;
            }
            m_phase = Phase::ExpDigits;
            break;
        case Phase::ExpDigits:
            while (p < end && isDigit(*p)) {
                ++m_exponentDigits;
                m_exponent = std::min(m_exponent * 10 + (*p++ - '0'), exponentCap);
            }
            if (p < end) {
                m_phase = Phase::Done;
                return p;
            }
            break;
        case Phase::Done:
            return p;
        }
    }
    return p;
}

bool JsonNumberScanner::valid() const
{
    if (m_mantissaDigits == 0 || (m_hasExponent && m_exponentDigits == 0))
        return false; // "-", ".", "1e": toDouble() refuses these shapes
    if (m_digitCount == 0)
        return true; // a zero of any spelling
    const qint64 magnitude = m_pointShift + (m_exponentNegative ? -m_exponent : m_exponent);
    if (magnitude >= -300 && magnitude <= 300)
        return true; // far inside the double range, no rounding question
    if (magnitude > 400 || magnitude < -400)
        return false; // overflow, or a non-zero value that underflows to 0: both "illegal number" in Qt
    return validSlow();
}

// Near the limits only the conversion itself knows whether the value rounds to a finite non-zero double. The
// kept digits plus a sticky non-zero digit round exactly like the full text (a double's halfway points have
// fewer than 800 significant digits), so the short form gets the verdict the original would.
bool JsonNumberScanner::validSlow() const
{
    QByteArray text;
    text.reserve(m_digitCount + 32);
    if (m_negative)
        text += '-';
    text += "0.";
    text.append(m_digits, m_digitCount);
    if (m_sticky)
        text += '1';
    text += 'e';
    text += QByteArray::number(m_pointShift + (m_exponentNegative ? -m_exponent : m_exponent));
    bool ok = false;
    (void)text.toDouble(&ok);
    return ok;
}
