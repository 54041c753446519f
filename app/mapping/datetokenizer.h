#pragma once

#include <QtGlobal>

// Splits a lower-cased date cell into numbers, words and separators for DateParser; the CJK date marks
// (年月日, 時分秒) become separators. Fixed-size output, no allocation.
namespace DateTokenizer
{
    struct Token
    {
        enum Type : quint8
        {
            Number,
            Word,
            Sep,
        };
        Type type = Sep;
        char sep = 0; // for Sep: the character ('/' for the CJK year/month/day marks)
        int start = 0;
        int length = 0;
        qint64 value = 0; // for Number
    };

    constexpr int MaxTokens = 32;

    // Returns the number of tokens, or -1 when the text has more than MaxTokens.
    int tokenize(const char* s, int n, Token* tokens);
} // namespace DateTokenizer
