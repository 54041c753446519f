#include "jobs/webhooknotifier.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace
{
    QJsonValue known(qint64 value)
    {
        return value >= 0 ? QJsonValue(value) : QJsonValue();
    }
} // namespace

QByteArray WebhookNotifier::payload(const JobRunReport& report)
{
    // The text is English on purpose: the channel's readers need not share this computer's language.
    QString text = QStringLiteral("Torii Sync job \"%1\": %2 (exit %3)")
                       .arg(report.job, JobRunReport::outcomeKey(report.outcome))
                       .arg(report.exitCode);
    if (report.users >= 0)
        text += QStringLiteral(", %1 users").arg(report.users);
    if (report.removals >= 0)
        text += QStringLiteral(", %1 removals").arg(report.removals);
    if (report.historyId > 0)
        text += QStringLiteral(", history run #%1").arg(report.historyId);
    const QJsonObject json {
        {QStringLiteral("text"), text},
        {QStringLiteral("job"), report.job},
        {QStringLiteral("outcome"), JobRunReport::outcomeKey(report.outcome)},
        {QStringLiteral("exitCode"), report.exitCode},
        {QStringLiteral("users"), known(report.users)},
        {QStringLiteral("licenses"), known(report.licenses)},
        {QStringLiteral("rejected"), known(report.rejected)},
        {QStringLiteral("removals"), known(report.removals)},
        {QStringLiteral("toriiFileId"), known(report.fileId)},
        {QStringLiteral("historyRunId"), report.historyId > 0 ? QJsonValue(report.historyId) : QJsonValue()}};
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QString WebhookNotifier::send(const QUrl& url, const QByteArray& payload, std::chrono::milliseconds timeout)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // A webhook that redirects is not followed: the payload goes to the URL the admin typed, nowhere else.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(timeout.count()));
    QNetworkReply* reply = nam.post(request, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString problem;
    if (reply->error() != QNetworkReply::NoError)
        problem = reply->errorString();
    else if (status < 200 || status > 299)
        problem = tr("the webhook answered HTTP %1").arg(status);
    reply->deleteLater();
    return problem;
}
