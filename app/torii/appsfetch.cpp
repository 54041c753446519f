#include "torii/appsfetch.h"

#include "torii/pagedfetch.h"
#include "torii/toriiclient.h"

#include <QJsonArray>

namespace
{
    constexpr int appsPerMinute = 200; // GET /apps (torii-api.md §4)
}

AppsFetch::AppsFetch(ToriiClient* client, const QString& search, QObject* parent)
    : QObject(parent)
{
    auto job = [client, search](const QString& cursor) { return client->listAppsPage(search, cursor); };
    auto handler = [this](const QJsonObject& page) { return readPage(page, &m_apps); };
    m_fetch = new PagedFetch(job, handler, appsPerMinute, this);
    connect(m_fetch, &PagedFetch::progress, this, &AppsFetch::progress);
    connect(m_fetch, &PagedFetch::finished, this, &AppsFetch::finished);
}

AppsFetch::~AppsFetch() = default;

void AppsFetch::start()
{
    m_apps.clear();
    m_fetch->start();
}

void AppsFetch::cancel()
{
    m_fetch->cancel();
}

ToriiError AppsFetch::error() const
{
    return m_fetch->error();
}

qint64 AppsFetch::readPage(const QJsonObject& page, QList<App>* apps)
{
    const QJsonValue list = page.value(QLatin1String("apps"));
    if (!list.isArray())
        return -1;
    const QJsonArray rows = list.toArray();
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        const QJsonValue id = row.value(QLatin1String("id"));
        App app;
        app.id = id.isDouble() ? id.toInteger() : id.toString().toLongLong();
        app.name = row.value(QLatin1String("name")).toString();
        app.state = row.value(QLatin1String("state")).toString();
        app.isCustom = row.value(QLatin1String("isCustom")).toBool();
        if (app.id > 0)
            apps->append(app);
    }
    return rows.size();
}
