#include "mapping/datetokenizer.h"

namespace
{
    bool isDigit(char c)
    {
        return c >= '0' && c <= '9';
    }
} // namespace

// Splits into numbers, words and separators. CJK date marks (年月日, 時分秒) become separators.
int DateTokenizer::tokenize(const char* s, int n, Token* tokens)
{
    int count = 0;
    int i = 0;
    while (i < n && count < MaxTokens) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        Token t;
        t.start = i;
        if (isDigit(static_cast<char>(c))) {
            t.type = Token::Number;
            qint64 v = 0;
            while (i < n && isDigit(s[i]) && i - t.start < 18)
                v = v * 10 + (s[i++] - '0');
            t.value = v;
        } else if (c >= 0xE0 && i + 2 < n) {
            // Three-byte UTF-8: check for the CJK date and time marks.
            const unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
            const unsigned char c2 = static_cast<unsigned char>(s[i + 2]);
            char mark = 0;
            if (c == 0xE5 && c1 == 0xB9 && c2 == 0xB4) // 年
                mark = '/';
            else if (c == 0xE6 && c1 == 0x9C && c2 == 0x88) // 月
                mark = '/';
            else if (c == 0xE6 && c1 == 0x97 && c2 == 0xA5) // 日
                mark = ' ';
            else if (c == 0xE6 && c1 == 0x99 && c2 == 0x82) // 時
                mark = ':';
            else if (c == 0xE5 && c1 == 0x88 && c2 == 0x86) // 分
                mark = ':';
            else if (c == 0xE7 && c1 == 0xA7 && c2 == 0x92) // 秒
                mark = ' ';
            if (mark) {
                t.type = Token::Sep;
                t.sep = mark;
                i += 3;
            } else {
                t.type = Token::Word;
                while (i < n && (static_cast<unsigned char>(s[i]) >= 0x80 || (s[i] >= 'a' && s[i] <= 'z')))
                    ++i;
            }
        } else if ((c >= 'a' && c <= 'z') || c >= 0x80) {
            t.type = Token::Word;
            while (i < n) {
                const unsigned char d = static_cast<unsigned char>(s[i]);
                if (!((d >= 'a' && d <= 'z') || (d >= 0x80 && d < 0xE0) ||
                      (d >= 0xE0 && !(d == 0xE5 || d == 0xE6 || d == 0xE7))))
                    break;
                ++i;
            }
        } else {
            t.type = Token::Sep;
            t.sep = static_cast<char>(c);
            ++i;
        }
        t.length = i - t.start;
        if (t.type == Token::Sep && t.sep == ' ')
            continue; // spaces only separate
        tokens[count++] = t;
    }
    return i < n ? -1 : count;
}
