#include "cli/sandboxcommand.h"

#include "cli/argumentreader.h"
#include "cli/console.h"
#include "run/exitcode.h"
#include "sandbox/sandbox.h"

#include <QCoreApplication>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace
{
    std::atomic_bool stopRequested {false};

    extern "C" void onStopSignal(int)
    {
        stopRequested.store(true);
    }

} // namespace

QString SandboxCommand::name() const
{
    return QStringLiteral("sandbox");
}

QString SandboxCommand::summary() const
{
    return tr("run the local Torii + S3 sandbox");
}

QString SandboxCommand::usage() const
{
    return tr(
        "Usage: torii-sync-cli sandbox [--port N] [--url-ttl SECONDS] [--fault ROUTE=SPEC]... [--key KEY]\n"
        "                              [--sign-content-type] [--sync-seconds N] [--retry-after SECONDS]\n"
        "                              [--settle-seconds N]\n"
        "\n"
        "Runs a local double of Torii and its S3 upload on 127.0.0.1 until Ctrl+C, and prints its API URL\n"
        "and the key it accepts. The demo app is 31337 (\"Sandbox App\", app account 4242), the org \"Sandbox Org\".\n"
        "  --port N             port to listen on (default: any free port)\n"
        "  --url-ttl SECONDS    lifetime of upload URLs (default 300, as Torii's)\n"
        "  --fault ROUTE=SPEC   inject a fault; ROUTE is orgs, files/url, upload, files, sync, apps or users;\n"
        "                       SPEC is STATUS[:N] (e.g. 429:2, 500:1), drop[:N], hang[:N], expired[:N]\n"
        "                       (upload), lost[:N] (handled, answer lost) or delay:MS[:N]; N = how many\n"
        "                       requests (default 1). Repeatable.\n"
        "  --key KEY            the key to accept (default: a random one, printed)\n"
        "  --sign-content-type  sign Content-Type into upload URLs (a wrong one then fails the upload)\n"
        "  --sync-seconds N     how long a sync \"runs\" (another sync meanwhile gets 409; default 5)\n"
        "  --retry-after S      Retry-After sent with injected 429/503 (default 1)\n"
        "  --settle-seconds N   how long after a sync its users show in GET /apps/{idApp}/users (default 1)\n"
        "Read back what was synced: GET http://127.0.0.1:PORT/sandbox/synced\n");
}

int SandboxCommand::run(const QStringList& arguments, Console& console)
{
    Sandbox sandbox;
    sandbox.setSyncDurationMs(5000);
    int port = 0;
    ArgumentReader args(arguments);
    while (args.next()) {
        const QString arg = args.current();
        qint64 n = 0;
        QString text;
        if (arg == u"--port") {
            if (!args.takeNumber(0, 65535, &n))
                return console.fail(ExitCode::UsageError, tr("--port needs a number from 0 to 65535"));
            port = int(n);
        } else if (arg == u"--url-ttl") {
            if (!args.takeNumber(1, 7 * 24 * 3600, &n))
                return console.fail(ExitCode::UsageError, tr("--url-ttl needs a number of seconds (1 or more)"));
            sandbox.setUrlTtlSeconds(int(n));
        } else if (arg == u"--sync-seconds") {
            if (!args.takeNumber(0, 3600, &n))
                return console.fail(ExitCode::UsageError, tr("--sync-seconds needs a number of seconds"));
            sandbox.setSyncDurationMs(int(n) * 1000);
        } else if (arg == u"--retry-after") {
            if (!args.takeNumber(0, 3600, &n))
                return console.fail(ExitCode::UsageError, tr("--retry-after needs a number of seconds"));
            sandbox.setRetryAfterSeconds(int(n));
        } else if (arg == u"--settle-seconds") {
            if (!args.takeNumber(0, 3600, &n))
                return console.fail(ExitCode::UsageError, tr("--settle-seconds needs a number of seconds"));
            sandbox.directory().setSettleDelayMs(int(n) * 1000);
        } else if (arg == u"--fault") {
            QString error;
            if (!args.takeValue(&text))
                return console.fail(ExitCode::UsageError, tr("--fault needs ROUTE=SPEC"));
            if (!sandbox.addFault(text, &error))
                return console.fail(ExitCode::UsageError, error);
        } else if (arg == u"--key") {
            if (!args.takeValue(&text) || text.trimmed().isEmpty())
                return console.fail(ExitCode::UsageError, tr("--key needs a value"));
            sandbox.setApiKey(text.trimmed());
        } else if (arg == u"--sign-content-type") {
            sandbox.setSignContentType(true);
        } else {
            return console.fail(ExitCode::UsageError, tr("unknown option '%1' (see sandbox --help)").arg(arg));
        }
    }
    if (!sandbox.start(quint16(port)))
        return console.fail(ExitCode::UsageError, sandbox.errorString());

    console.out() << tr("Torii sandbox running.") << '\n'
                  << tr("API URL:        %1").arg(sandbox.baseUrl().toString()) << '\n'
                  << tr("API key:        %1").arg(sandbox.apiKey()) << '\n'
                  << tr("App id:         %1 (%2)").arg(Sandbox::demoAppId).arg(QLatin1String(Sandbox::demoAppName))
                  << '\n'
                  << tr("App account id: %1").arg(Sandbox::demoAppAccountId) << '\n'
                  << tr("Org:            %1").arg(QLatin1String(Sandbox::orgName)) << '\n'
                  << tr("Try: TORII_API_KEY=%1 torii-sync-cli sync FILE --auto --api-url %2 --app %3 --app-account %4")
                         .arg(sandbox.apiKey(), sandbox.baseUrl().toString())
                         .arg(Sandbox::demoAppId)
                         .arg(Sandbox::demoAppAccountId)
                  << '\n'
                  << tr("Press Ctrl+C to stop.") << Qt::endl;

    QObject::connect(&sandbox, &Sandbox::requestHandled, &sandbox, [&console](const QString& route, int status) {
        console.err() << "sandbox: " << route << " -> "
                      << (status ? QString::number(status) : QStringLiteral("dropped")) << Qt::endl;
    });

    stopRequested.store(false);
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &poll, [] {
        if (stopRequested.load())
            QCoreApplication::quit();
    });
    poll.start(100);
    QCoreApplication::exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    console.err() << tr("Sandbox stopped.") << Qt::endl;
    return ExitCode::Success;
}
