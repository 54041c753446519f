#include "diff/userset.h"

#include "mapping/emailaddress.h"

#include <algorithm>

QByteArray UserSet::normalizeEmail(QByteArrayView email)
{
    // The same normalisation the payload's addresses went through (RowMapper), so both sides compare equal.
    QByteArray out;
    (void)EmailAddress::normalizeOnly(email, &out);
    return out;
}

UserSet::Status UserSet::statusFromWord(QByteArrayView word)
{
    return word.compare(QByteArrayView("deleted"), Qt::CaseInsensitive) == 0 ? Status::Deleted : Status::Active;
}

QByteArrayView UserSet::statusWord(Status status)
{
    return status == Status::Deleted ? QByteArrayView("deleted") : QByteArrayView("active");
}

void UserSet::reserve(qsizetype users)
{
    m_users.reserve(size_t(users));
    m_index.reserve(users);
}

qsizetype UserSet::insert(QByteArray normalised, Status status)
{
    if (normalised.isEmpty())
        return -1;
    const auto it = m_index.constFind(normalised);
    if (it != m_index.constEnd()) {
        m_users[size_t(*it)].status = status;
        return *it;
    }
    const qsizetype index = size();
    m_index.insert(normalised, index);
    m_users.push_back(User {std::move(normalised), status, {}});
    return index;
}

qsizetype UserSet::add(QByteArrayView email, Status status)
{
    return insert(normalizeEmail(email), status);
}

qsizetype UserSet::addNormalized(QByteArrayView email, Status status)
{
    return insert(email.toByteArray(), status);
}

int UserSet::licenseId(QByteArrayView name)
{
    const QByteArrayView trimmed = name.trimmed();
    // Exports name a handful of licences, mostly the same one row after row: check the last one first, and
    // look up without copying the name.
    if (m_lastLicense >= 0 && m_licenseNames.at(m_lastLicense) == trimmed)
        return m_lastLicense;
    const auto it = m_licenseIds.constFind(QByteArray::fromRawData(trimmed.data(), trimmed.size()));
    if (it != m_licenseIds.constEnd())
        return m_lastLicense = *it;
    const QByteArray key = trimmed.toByteArray();
    const int id = int(m_licenseNames.size());
    m_licenseNames.append(key);
    m_licenseIds.insert(key, id);
    return m_lastLicense = id;
}

void UserSet::addLicense(QByteArrayView email, QByteArrayView license)
{
    if (license.trimmed().isEmpty())
        return;
    const QByteArray key = normalizeEmail(email);
    qsizetype index = indexOf(key);
    if (index < 0)
        index = insert(key, Status::Active);
    addLicenseAt(index, license);
}

void UserSet::addLicenseAt(qsizetype index, QByteArrayView license)
{
    if (index < 0 || index >= size() || license.trimmed().isEmpty())
        return;
    const int id = licenseId(license);
    Licenses& held = m_users[size_t(index)].licenses;
    if (!held.contains(id))
        held.append(id);
}

void UserSet::finalize()
{
    for (User& user : m_users) {
        if (user.licenses.size() > 1)
            std::sort(user.licenses.begin(), user.licenses.end());
    }
}

qsizetype UserSet::indexOf(QByteArrayView normalisedEmail) const
{
    return m_index.value(QByteArray::fromRawData(normalisedEmail.data(), normalisedEmail.size()), -1);
}

qsizetype UserSet::activeCount() const
{
    return qsizetype(
        std::count_if(m_users.cbegin(), m_users.cend(), [](const User& u) { return u.status == Status::Active; }));
}
