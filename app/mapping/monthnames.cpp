#include "mapping/monthnames.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace
{
    struct Entry
    {
        const char* name;
        int month;
    };

    const Entry entries[] = {
        // English
        {"january", 1},
        {"jan", 1},
        {"february", 2},
        {"feb", 2},
        {"march", 3},
        {"mar", 3},
        {"april", 4},
        {"apr", 4},
        {"may", 5},
        {"june", 6},
        {"jun", 6},
        {"july", 7},
        {"jul", 7},
        {"august", 8},
        {"aug", 8},
        {"september", 9},
        {"sep", 9},
        {"sept", 9},
        {"october", 10},
        {"oct", 10},
        {"november", 11},
        {"nov", 11},
        {"december", 12},
        {"dec", 12},
        // German
        {"januar", 1},
        {"jänner", 1},
        {"jän", 1},
        {"februar", 2},
        {"märz", 3},
        {"mär", 3},
        {"mrz", 3},
        {"mai", 5},
        {"juni", 6},
        {"juli", 7},
        {"oktober", 10},
        {"okt", 10},
        {"dezember", 12},
        {"dez", 12},
        // French
        {"janvier", 1},
        {"janv", 1},
        {"février", 2},
        {"févr", 2},
        {"fév", 2},
        {"fevrier", 2},
        {"fevr", 2},
        {"mars", 3},
        {"avril", 4},
        {"avr", 4},
        {"juin", 6},
        {"juillet", 7},
        {"juil", 7},
        {"août", 8},
        {"aout", 8},
        {"septembre", 9},
        {"octobre", 10},
        {"novembre", 11},
        {"décembre", 12},
        {"déc", 12},
        {"decembre", 12},
        // Spanish
        {"enero", 1},
        {"ene", 1},
        {"febrero", 2},
        {"marzo", 3},
        {"abril", 4},
        {"abr", 4},
        {"mayo", 5},
        {"junio", 6},
        {"julio", 7},
        {"agosto", 8},
        {"ago", 8},
        {"septiembre", 9},
        {"setiembre", 9},
        {"set", 9},
        {"octubre", 10},
        {"noviembre", 11},
        {"diciembre", 12},
        {"dic", 12},
        // Italian
        {"gennaio", 1},
        {"gen", 1},
        {"febbraio", 2},
        {"aprile", 4},
        {"maggio", 5},
        {"mag", 5},
        {"giugno", 6},
        {"giu", 6},
        {"luglio", 7},
        {"lug", 7},
        {"settembre", 9},
        {"ottobre", 10},
        {"ott", 10},
        {"dicembre", 12},
        // Portuguese
        {"janeiro", 1},
        {"fevereiro", 2},
        {"fev", 2},
        {"março", 3},
        {"marco", 3},
        {"maio", 5},
        {"junho", 6},
        {"julho", 7},
        {"setembro", 9},
        {"outubro", 10},
        {"out", 10},
        {"novembro", 11},
        {"dezembro", 12},
        // Dutch
        {"januari", 1},
        {"februari", 2},
        {"maart", 3},
        {"mrt", 3},
        {"mei", 5},
        {"augustus", 8},
    };

    const QHash<QByteArray, int>& table()
    {
        static const QHash<QByteArray, int> t = [] {
            QHash<QByteArray, int> h;
            for (const Entry& e : entries)
                h.insert(QByteArray(e.name), e.month);
            return h;
        }();
        return t;
    }
} // namespace

int MonthNames::lookup(QByteArrayView word)
{
    while (!word.isEmpty() && word.back() == '.')
        word.chop(1);
    if (word.size() < 3 || word.size() > 12)
        return 0;
    bool ascii = true;
    for (const char c : word)
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (ascii)
        return table().value(word.toByteArray(), 0);
    // Accented capitals ("MÄRZ", "DÉC") are folded here, off the ASCII fast path.
    return table().value(QString::fromUtf8(word).toLower().toUtf8(), 0);
}
