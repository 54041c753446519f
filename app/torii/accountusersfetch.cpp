#include "torii/accountusersfetch.h"

#include "torii/pagedfetch.h"
#include "torii/toriiclient.h"

#include <QJsonArray>

#include <algorithm>

namespace
{
    constexpr int usersPerMinute = 600; // GET /apps/{idApp}/users (torii-api.md §4)
    constexpr qint64 maxReserve = 4'000'000;

    qint64 idOf(const QJsonValue& value)
    {
        if (value.isDouble())
            return value.toInteger();
        return value.toString().toLongLong(); // 0 for null, absent or not a number
    }

    // A licence as Torii may list it: a name, or an object with a name and perhaps a status.
    QByteArray heldLicense(const QJsonValue& value)
    {
        if (value.isString())
            return value.toString().toUtf8();
        const QJsonObject license = value.toObject();
        const QString status =
            license.value(QLatin1String("licenseStatus")).toString(license.value(QLatin1String("status")).toString());
        if (!status.isEmpty() && status != u"active")
            return {};
        return license.value(QLatin1String("name")).toString().toUtf8();
    }
} // namespace

AccountUsersFetch::AccountUsersFetch(ToriiClient* client, qint64 appId, qint64 appAccountId, QObject* parent)
    : QObject(parent)
{
    auto job = [client, appId](const QString& cursor) { return client->listAppUsersPage(appId, cursor); };
    auto handler = [this, appAccountId](const QJsonObject& page) {
        return readPage(page, appAccountId, &m_users, &m_otherRows);
    };
    m_fetch = new PagedFetch(job, handler, usersPerMinute, this);
    connect(m_fetch, &PagedFetch::progress, this, &AccountUsersFetch::progress);
    connect(m_fetch, &PagedFetch::finished, this, [this](bool ok) {
        if (!ok) {
            emit finished(false);
            return;
        }
        m_finalize.start([users = std::make_shared<UserSet>(std::exchange(m_users, UserSet()))](
                             const BackgroundTask<std::shared_ptr<UserSet>>::Worker&) {
            users->finalize();
            return users;
        });
    });
    m_finalize.onFinished([this](const std::shared_ptr<UserSet>& users) {
        if (m_cancelled)
            return; // a cancelled fetch does not report finished(true)
        m_users = std::move(*users);
        emit finished(true);
    });
}

AccountUsersFetch::~AccountUsersFetch() = default;

void AccountUsersFetch::setClock(Clock* clock)
{
    m_fetch->setClock(clock);
}

void AccountUsersFetch::setRetryPolicy(const RetryPolicy& policy)
{
    m_fetch->setRetryPolicy(policy);
}

void AccountUsersFetch::start()
{
    m_finalize.cancelAndWait();
    m_cancelled = false;
    m_users = UserSet();
    m_otherRows = 0;
    m_fetch->start();
}

void AccountUsersFetch::cancel()
{
    m_cancelled = true;
    m_finalize.cancelAndWait();
    m_fetch->cancel();
}

ToriiError AccountUsersFetch::error() const
{
    return m_fetch->error();
}

UserSet AccountUsersFetch::takeUsers()
{
    return std::exchange(m_users, UserSet());
}

int AccountUsersFetch::requests() const
{
    return m_fetch->requests();
}

qint64 AccountUsersFetch::readPage(const QJsonObject& page, qint64 appAccountId, UserSet* users, qint64* other)
{
    const QJsonValue rows = page.value(QLatin1String("users"));
    if (!rows.isArray())
        return -1;
    const QJsonArray list = rows.toArray();
    if (users->isEmpty()) {
        // Sized once from the first page's total: growing a million users' index page by page rehashed it on the
        // window's thread (a 50 ms stall each time it doubled). Capped, as the total is only Torii's word.
        const qint64 total = page.value(QLatin1String("total")).toInteger();
        users->reserve(qsizetype(std::clamp<qint64>(total, 0, maxReserve)));
    }
    for (const QJsonValue& value : list) {
        const QJsonObject row = value.toObject();
        if (idOf(row.value(QLatin1String("idAppAccount"))) != appAccountId) {
            ++*other;
            continue;
        }
        const QByteArray email = row.value(QLatin1String("email")).toString().toUtf8();
        const qsizetype index =
            users->add(email, UserSet::statusFromWord(row.value(QLatin1String("status")).toString().toUtf8()));
        for (const QJsonValue& license : row.value(QLatin1String("licenses")).toArray())
            users->addLicenseAt(index, heldLicense(license));
    }
    return list.size();
}
