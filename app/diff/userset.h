#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QVarLengthArray>

#include <vector>

// The users of one side of a sync, keyed by normalised e-mail: the payload about to be sent, the app account's
// users as Torii lists them, or the snapshot of the last accepted sync. Each user has a status and the licences
// it holds. Built by the Converter's user hook, AccountUsersFetch and SnapshotStore; compared by DiffEngine.
// Sized for a million users: e-mails are stored once, licence names are interned.
class UserSet
{
public:
    enum class Status : quint8
    {
        Active, // active, or Torii's "managed"
        Deleted
    };
    // Held licences, as indexes into licenseNames(), sorted; inline up to two, so most users cost no allocation.
    using Licenses = QVarLengthArray<int, 2>;
    struct User
    {
        QByteArray email; // normalised
        Status status = Status::Active;
        Licenses licenses;
    };

    // The matching key for an address: trimmed and lower-cased (as EmailAddress normalises cells).
    [[nodiscard]] static QByteArray normalizeEmail(QByteArrayView email);
    // "active", "managed" and anything unknown -> Active; "deleted" -> Deleted (Torii's words).
    [[nodiscard]] static Status statusFromWord(QByteArrayView word);
    [[nodiscard]] static QByteArrayView statusWord(Status status);

    void reserve(qsizetype users);
    // Adds a user, or updates its status when the address is already known (the later row wins). `email` is
    // normalised here; an empty address is ignored. Returns the user's index, or -1.
    qsizetype add(QByteArrayView email, Status status);
    // add() for an address that is already normalised (the payload's, from RowMapper): skips the work.
    qsizetype addNormalized(QByteArrayView email, Status status);
    // Marks `license` as held by the user with this address (added as Active first when unknown).
    void addLicense(QByteArrayView email, QByteArrayView license);
    // addLicense() for the user at `index` (from add()).
    void addLicenseAt(qsizetype index, QByteArrayView license);
    // Call once after the last add: sorts each user's licences so DiffEngine can compare them as lists.
    void finalize();

    [[nodiscard]] qsizetype size() const { return qsizetype(m_users.size()); }
    [[nodiscard]] bool isEmpty() const { return m_users.empty(); }
    [[nodiscard]] const User& at(qsizetype i) const { return m_users[size_t(i)]; }
    [[nodiscard]] const std::vector<User>& users() const { return m_users; }
    // Index of the user with this normalised address, or -1.
    [[nodiscard]] qsizetype indexOf(QByteArrayView normalisedEmail) const;
    [[nodiscard]] const QList<QByteArray>& licenseNames() const { return m_licenseNames; }
    [[nodiscard]] qsizetype activeCount() const;

private:
    [[nodiscard]] int licenseId(QByteArrayView name);
    qsizetype insert(QByteArray normalised, Status status);
    // Room in the index for this many users at most half full.
    void rehash(size_t users);

    std::vector<User> m_users;
    // The address index, open-addressed: each slot holds 32 bits of the address's hash over the user's index + 1
    // (0: empty), so a probe compares addresses only when those bits match. A QHash of the addresses cost a
    // node and a key compare through a second pointer on every probe: over a third of a 1M-user sync's CPU.
    std::vector<quint64> m_slots;
    QList<QByteArray> m_licenseNames;
    QHash<QByteArray, int> m_licenseIds;
    int m_lastLicense = -1;
};
