#include "cli/DispatchCommand.h"

#include "cli/OptionValues.h"
#include "cli/StopSignals.h"
#include "core/GatewayAccess.h"
#include "net/NotificationDispatcher.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSysInfo>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <limits>

namespace reissuedesk::cli {
namespace {

QJsonObject countsObject(const DispatchCounts &counts)
{
    return {{QStringLiteral("sent"), counts.sent},
            {QStringLiteral("retried"), counts.retried},
            {QStringLiteral("dead"), counts.dead},
            {QStringLiteral("released"), counts.released},
            {QStringLiteral("lapsed"), counts.lapsed}};
}

QString countsText(const DispatchCounts &counts)
{
    QString text = DispatchCommand::tr("%1 sent, %2 to retry, %3 dead, %4 given back")
                       .arg(counts.sent)
                       .arg(counts.retried)
                       .arg(counts.dead)
                       .arg(counts.released);
    if (counts.lapsed > 0)
        text += DispatchCommand::tr(", %n answered after the claim had lapsed (counted once, by the later claim)",
                                    nullptr, int(std::min<qint64>(counts.lapsed, std::numeric_limits<int>::max())));
    return text;
}

} // namespace

void DispatchCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("gateway"),
                      tr("The gateway's base URL (http:// or https://, no credentials in it); messages "
                         "go to <URL>/v1/sms and <URL>/v1/email."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("once"), tr("Deliver what is due now, then exit.")});
    parser.addOption({QStringLiteral("token-file"),
                      tr("Bearer token on the first line of FILE (readable by its owner only). Without "
                         "it: $REISSUEDESK_GATEWAY_TOKEN, or no token."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("batch"), tr("Messages claimed at once (default 100)."), QStringLiteral("N"),
                      QStringLiteral("100")});
    parser.addOption({QStringLiteral("concurrency"), tr("Requests in flight (default 8)."), QStringLiteral("N"),
                      QStringLiteral("8")});
    parser.addOption({QStringLiteral("max-attempts"), tr("Tries before a message is dead-lettered (default 10)."),
                      QStringLiteral("N"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("timeout"), tr("Seconds one request may take, connect to last byte (default 10)."),
                      QStringLiteral("SECONDS"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("name"),
                      tr("This dispatcher's name in notifications.claimed_by (default host:pid)."),
                      QStringLiteral("NAME")});
    // Rarely changed: how long a dead dispatcher's claims block their rows,
    // and how soon a failed message is tried again (tests shorten both).
    parser.addOption({QStringLiteral("lease"),
                      tr("Seconds a claim lasts before another dispatcher may take the rows over "
                         "(default 120)."),
                      QStringLiteral("SECONDS"), QStringLiteral("120")});
    parser.addOption({QStringLiteral("reminder-lead"),
                      tr("Minutes before an application's 24-hour promise passes at which a customer "
                         "whose application still waits for a second review is told (default 120; 0: never)."),
                      QStringLiteral("MINUTES"), QStringLiteral("120")});
    parser.addOption({QStringLiteral("backoff-base"),
                      tr("Seconds before the first retry; later ones double (default 10)."), QStringLiteral("SECONDS"),
                      QStringLiteral("10")});
}

std::optional<DispatcherOptions> DispatchCommand::dispatcherOptions(const QCommandLineParser &parser,
                                                                    const CommandOutput &out)
{
    DispatcherOptions options;
    if (!parser.isSet(QStringLiteral("gateway"))) {
        out.error(tr("dispatch needs --gateway URL (see reissuedesk-admin dispatch --help)"));
        return std::nullopt;
    }
    options.gateway = QUrl(parser.value(QStringLiteral("gateway")), QUrl::StrictMode);
    if (const QString problem = GatewayAccess::urlProblem(options.gateway); !problem.isEmpty()) {
        out.error(problem);
        return std::nullopt;
    }
    const OptionValues values(parser, out);
    const auto batch = values.wholeNumber(QStringLiteral("batch"), 1, 10000);
    const auto concurrency = batch ? values.wholeNumber(QStringLiteral("concurrency"), 1, 256) : std::nullopt;
    const auto attempts = concurrency ? values.wholeNumber(QStringLiteral("max-attempts"), 1, 1000) : std::nullopt;
    const auto timeout = attempts ? values.positiveSeconds(QStringLiteral("timeout"), 3600) : std::nullopt;
    const auto lease = timeout ? values.positiveSeconds(QStringLiteral("lease"), 86400) : std::nullopt;
    const auto backoff = lease ? values.positiveSeconds(QStringLiteral("backoff-base"), 86400) : std::nullopt;
    const auto reminderLead = backoff ? values.wholeNumber(QStringLiteral("reminder-lead"), 0, 24 * 60) : std::nullopt;
    if (!reminderLead)
        return std::nullopt;
    options.reminderLead = std::chrono::minutes(*reminderLead);
    options.batchSize = *batch;
    options.concurrency = *concurrency;
    options.maxAttempts = *attempts;
    options.timeout = *timeout;
    options.lease = *lease;
    options.backoffBase = *backoff;
    options.once = parser.isSet(QStringLiteral("once"));
    options.name = parser.value(QStringLiteral("name"));
    if (options.name.isEmpty())
        options.name = QStringLiteral("%1:%2").arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid());
    const GatewayAccess::Token token = GatewayAccess::readToken(parser.value(QStringLiteral("token-file")));
    if (!token.ok()) {
        out.error(token.error);
        return std::nullopt;
    }
    options.token = token.value;
    return options;
}

int DispatchCommand::run(const QCommandLineParser &parser, const CommandOutput &out)
{
    std::optional<DispatcherOptions> options = dispatcherOptions(parser, out);
    if (!options)
        return 2;
    // The database first: until the loop runs, Ctrl-C (e.g. at a password
    // prompt) keeps its default meaning.
    const auto database = openCurrentDatabase(parser, out);
    StopSignals stopSignals;
    if (!stopSignals.isActive()) {
        out.error(stopSignals.errorText());
        return 1;
    }
    const QString gateway = GatewayAccess::display(options->gateway);
    out.record(QJsonObject{{QStringLiteral("event"), QStringLiteral("started")},
                           {QStringLiteral("gateway"), gateway},
                           {QStringLiteral("database"), database->url().display()},
                           {QStringLiteral("name"), options->name},
                           {QStringLiteral("once"), options->once},
                           {QStringLiteral("batch"), options->batchSize},
                           {QStringLiteral("concurrency"), options->concurrency},
                           {QStringLiteral("token"), !options->token.isEmpty()}},
               tr("dispatching from %1 to %2 as %3 (batches of %4, %5 in flight, %6)%7")
                   .arg(database->url().display(), gateway, options->name)
                   .arg(options->batchSize)
                   .arg(options->concurrency)
                   .arg(options->token.isEmpty() ? tr("no token") : tr("with a token"))
                   .arg(options->once ? tr(", until nothing is due") : QString()));

    QElapsedTimer clock;
    clock.start();
    NotificationDispatcher dispatcher(*database, *options);
    int exitCode = 0;
    QString stopReason;
    DispatchCounts lastPrinted;
    auto printProgress = [&] {
        const DispatchCounts counts = dispatcher.counts();
        if (counts.sent == lastPrinted.sent && counts.retried == lastPrinted.retried &&
            counts.dead == lastPrinted.dead && counts.released == lastPrinted.released &&
            counts.lapsed == lastPrinted.lapsed)
            return;
        lastPrinted = counts;
        QJsonObject line = countsObject(counts);
        line.insert(QStringLiteral("event"), QStringLiteral("progress"));
        line.insert(QStringLiteral("seconds"), double(clock.elapsed()) / 1000.0);
        out.record(line, tr("%1 after %2 s").arg(countsText(counts)).arg(clock.elapsed() / 1000));
    };
    QTimer progressTimer;
    progressTimer.setInterval(progressIntervalMs());
    QObject::connect(&progressTimer, &QTimer::timeout, printProgress);
    progressTimer.start();

    QObject::connect(&stopSignals, &StopSignals::stopRequested, &dispatcher, [&](const QString &signalName) {
        stopReason = signalName;
        out.record(
            QJsonObject{{QStringLiteral("event"), QStringLiteral("stopping")}, {QStringLiteral("signal"), signalName}},
            tr("%1: stopping (waiting for the requests in flight; send it again to quit at once)").arg(signalName));
        dispatcher.stop();
    });
    QObject::connect(&dispatcher, &NotificationDispatcher::problem, &dispatcher, [&](const QString &sentence) {
        out.warning(sentence);
        if (options->once && exitCode == 0) {
            // A one-off drain that cannot reach its database has failed; a
            // service keeps trying (the dispatcher retries by itself).
            exitCode = 1;
            dispatcher.stop();
        }
    });
    QObject::connect(&dispatcher, &NotificationDispatcher::reconnected, &dispatcher, [&] {
        out.record(QJsonObject{{QStringLiteral("event"), QStringLiteral("reconnected")}},
                   tr("reconnected to the database; dispatching goes on"));
    });
    QObject::connect(
        &dispatcher, &NotificationDispatcher::finished, &dispatcher, [] { QCoreApplication::exit(0); },
        Qt::QueuedConnection);
    QMetaObject::invokeMethod(
        &dispatcher, [&dispatcher] { dispatcher.start(); }, Qt::QueuedConnection);
    QCoreApplication::exec();
    progressTimer.stop();

    const DispatchCounts counts = dispatcher.counts();
    QJsonObject summary = countsObject(counts);
    summary.insert(QStringLiteral("event"), QStringLiteral("finished"));
    summary.insert(QStringLiteral("seconds"), double(clock.elapsed()) / 1000.0);
    if (!stopReason.isEmpty())
        summary.insert(QStringLiteral("signal"), stopReason);
    out.record(summary,
               tr("finished after %1 s: %2").arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1).arg(countsText(counts)));
    return exitCode;
}

} // namespace reissuedesk::cli
