#pragma once

#include <QByteArrayView>
#include <QString>

#include <array>
#include <vector>

// Splits a multi-value cell ("Member;Billing", "E3+Power BI Pro") on any of the chosen separator characters.
// '+' is special because licence names contain it: it splits only where it is not surrounded by spaces
// ("Microsoft 365 E5+Enterprise Mobility + Security E5" gives two names), and known names containing '+'
// are never cut. Pieces are trimmed; empty pieces dropped. Used by RowMapper for roles and licences.
class ListSplitter
{
public:
    explicit ListSplitter(const QString& separators = QString());

    void split(QByteArrayView cell, std::vector<QByteArrayView>* out) const;
    [[nodiscard]] bool isEmpty() const { return m_separators.empty(); }

private:
    std::vector<char> m_separators;
    // m_separators as a lookup table: split() looks up every byte of every role and licence cell.
    std::array<bool, 256> m_isSeparator {};
    bool m_plus = false;
};
