#include "mapping/listsplitter.h"

#include <algorithm>
#include <cstring>

namespace
{
    // Licence names that contain an unspaced '+' themselves; matched case-sensitively as whole pieces.
    const char* const knownPlusNames[] = {"Microsoft 365 E5 Security+Compliance", "Office 365 E3+EMS",
                                          "Google Workspace Business Starter+", "Zoom One Pro+", "Adobe Acrobat Pro+"};

    bool isSpace(char c)
    {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    QByteArrayView trimmed(QByteArrayView v)
    {
        while (!v.isEmpty() && isSpace(v.front()))
            v = v.sliced(1);
        while (!v.isEmpty() && isSpace(v.back()))
            v.chop(1);
        return v;
    }

    // Length of a known '+' name starting at pos, or 0.
    qsizetype knownNameAt(QByteArrayView cell, qsizetype pos)
    {
        for (const char* name : knownPlusNames) {
            const qsizetype n = static_cast<qsizetype>(std::strlen(name));
            if (pos + n <= cell.size() && std::memcmp(cell.data() + pos, name, n) == 0 &&
                (pos + n == cell.size() || cell[pos + n] == '+' || cell[pos + n] == ';'))
                return n;
        }
        return 0;
    }
} // namespace

ListSplitter::ListSplitter(const QString& separators)
{
    for (const QChar c : separators) {
        if (c.unicode() < 0x80 &&
            std::find(m_separators.begin(), m_separators.end(), char(c.unicode())) == m_separators.end())
            m_separators.push_back(static_cast<char>(c.unicode()));
    }
    for (const char c : m_separators)
        m_isSeparator[static_cast<unsigned char>(c)] = true;
    m_plus = m_isSeparator['+'];
}

void ListSplitter::split(QByteArrayView cell, std::vector<QByteArrayView>* out) const
{
    out->clear();
    qsizetype start = 0;
    const qsizetype n = cell.size();
    const bool plus = m_plus;
    auto flushPiece = [&](qsizetype end) {
        const QByteArrayView piece = trimmed(cell.sliced(start, end - start));
        if (!piece.isEmpty())
            out->push_back(piece);
    };
    qsizetype i = 0;
    while (i < n) {
        if (plus && i == start) {
            const qsizetype known = knownNameAt(cell, i);
            if (known > 0) {
                i += known;
                continue;
            }
        }
        const char c = cell[i];
        if (m_isSeparator[static_cast<unsigned char>(c)]) {
            // "A + B" is one name with a plus in it; "A+B" is two names.
            const bool spaced = c == '+' && ((i > 0 && isSpace(cell[i - 1])) || (i + 1 < n && isSpace(cell[i + 1])));
            if (!spaced) {
                flushPiece(i);
                start = i + 1;
            }
        }
        ++i;
    }
    flushPiece(n);
}
