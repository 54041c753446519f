#pragma once

#include "jobs/jobrunreport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>

#include <chrono>

// Tells a chat channel how a job run ended, through an incoming webhook (Slack and Microsoft Teams both take
// a JSON object with "text"; the other fields are for scripts and are ignored by both). It sends the job name,
// the outcome and exit code, the counts and the history run id: never the API key, the source file's name,
// error texts or any user's data, since a chat channel is a wider audience than the history.
// A failing webhook is reported to the caller for its log; it never changes the run's result.
class WebhookNotifier
{
    Q_DECLARE_TR_FUNCTIONS(WebhookNotifier)

public:
    [[nodiscard]] static QByteArray payload(const JobRunReport& report);
    // Posts the payload and waits (event loop) up to timeout. Empty on success (2xx), else what went wrong.
    [[nodiscard]] static QString send(const QUrl& url, const QByteArray& payload,
                                      std::chrono::milliseconds timeout = std::chrono::seconds(15));
};
