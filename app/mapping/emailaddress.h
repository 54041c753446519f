#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

// Normalises and validates one e-mail cell the way a SaaS sign-up form would: trims, drops a "mailto:"
// prefix and a domain's trailing dot (saying so), lower-cases (NFC for non-ASCII so "é" composed and
// decomposed compare equal), then checks the syntax: one '@', dot rules, a domain with a TLD, no spaces or
// invisible characters; RFC 6531 (non-ASCII) and quoted local parts are accepted. Used by RowMapper.
class EmailAddress
{
    Q_DECLARE_TR_FUNCTIONS(EmailAddress)

public:
    struct Result
    {
        bool valid = false;
        bool empty = false;
        QString problem; // why it is invalid (for the issue message)
        QString note;    // what normalisation changed beyond trim/case ("removed \"mailto:\"")
        // normalizeOnly(): the cell was plain ASCII, only lower-cased (nothing trimmed or removed, no note).
        bool plain = false;
    };

    // Writes the normalised address into *out (replacing its content) and says whether it is valid.
    static Result normalize(QByteArrayView cell, QByteArray* out);
    // The normalisation alone (no syntax check): the key for duplicate detection, which never needs the
    // verdict (equal normalised addresses are all valid or all invalid). Cheaper on the 1M-row path.
    static Result normalizeOnly(QByteArrayView cell, QByteArray* out);
    [[nodiscard]] static bool isValid(const QString& address);
    // The verdict normalize() gives for an address as normalizeOnly() wrote it, without building a problem
    // text: the duplicate index keeps only valid addresses (a file of 25M one-letter rows keys none).
    [[nodiscard]] static bool isValidNormalized(QByteArrayView address);
    // normalize() for a cell whose normalizeOnly() was plain and whose address isValidNormalized() accepted:
    // the same result without checking the syntax a second time (the duplicate index checked it).
    static Result normalizeValidPlain(QByteArrayView cell, QByteArray* out);

    // normalize() without its fast path for plain ASCII addresses (the 1M-row path): same results, slower.
    // Tests hold the two to each other.
    static Result normalizeGeneral(QByteArrayView cell, QByteArray* out);

private:
    static Result normalizeOnlyGeneral(QByteArrayView cell, QByteArray* out);
    static void validate(Result& result, const QByteArray* out);
};
