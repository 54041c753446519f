#pragma once

#include "torii/toriierror.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

class PagedFetch;
class ToriiClient;

// The org's apps from all pages of GET /apps (v1.1), optionally narrowed by Torii's name search: what the
// window's app picker and `torii-sync-cli apps` list so an admin picks the target app by name.
class AppsFetch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppsFetch)

public:
    struct App
    {
        qint64 id = 0;
        QString name;
        QString state;
        bool isCustom = false;
    };

    AppsFetch(ToriiClient* client, const QString& search, QObject* parent = nullptr);
    ~AppsFetch() override;

    void start();
    void cancel();
    [[nodiscard]] ToriiError error() const;
    [[nodiscard]] const QList<App>& apps() const { return m_apps; }

    // Appends a page's apps; -1 when the page is not an apps listing. Public for tests.
    [[nodiscard]] static qint64 readPage(const QJsonObject& page, QList<App>* apps);

signals:
    void progress(qint64 rows, qint64 total);
    void finished(bool ok);

private:
    PagedFetch* m_fetch;
    QList<App> m_apps;
};
