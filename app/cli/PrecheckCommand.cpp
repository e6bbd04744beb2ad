#include "cli/PrecheckCommand.h"

#include "cli/OptionValues.h"
#include "cli/Prechecker.h"
#include "cli/StopSignals.h"
#include "net/DocumentStore.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSqlDriver>
#include <QSysInfo>
#include <QTimer>

#include <cmath>
#include <optional>

namespace reissuedesk::cli {
namespace {

QJsonObject countsObject(const PrecheckCounts &counts)
{
    return {{QStringLiteral("read"), counts.read},       {QStringLiteral("unreadable"), counts.unreadable},
            {QStringLiteral("retried"), counts.retried}, {QStringLiteral("failed"), counts.failed},
            {QStringLiteral("lost"), counts.lost},       {QStringLiteral("released"), counts.released}};
}

QString lineText(const QJsonObject &line)
{
    const QString sha = line.value(QStringLiteral("sha256")).toString().left(12);
    const QString result = line.value(QStringLiteral("result")).toString();
    const QString error = line.value(QStringLiteral("error")).toString();
    const qint64 ms = qint64(line.value(QStringLiteral("ms")).toDouble());
    if (error.isEmpty())
        return PrecheckCommand::tr("%1…: %2 (%3 ms)").arg(sha, result).arg(ms);
    return PrecheckCommand::tr("%1…: %2: %3 (%4 ms)").arg(sha, result, error).arg(ms);
}

} // namespace

void PrecheckCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("watch"), tr("Keep going: wait for new ID scans instead of exiting.")});
    parser.addOption({QStringLiteral("batch"), tr("Images claimed at once (default 10)."), QStringLiteral("N"),
                      QStringLiteral("10")});
    parser.addOption({QStringLiteral("max-attempts"),
                      tr("Fetch attempts before an image is given up as failed (default 3)."), QStringLiteral("N"),
                      QStringLiteral("3")});
    parser.addOption({QStringLiteral("retry-delay"), tr("Seconds before a failed fetch is tried again (default 60)."),
                      QStringLiteral("SECONDS"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("lease"),
                      tr("Seconds a claim lasts before another precheck may take the image over (default 300)."),
                      QStringLiteral("SECONDS"), QStringLiteral("300")});
    parser.addOption({QStringLiteral("poll"),
                      tr("With --watch: seconds between looks for work besides notifications (default 30)."),
                      QStringLiteral("SECONDS"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("name"), tr("This precheck's name in id_readings.claimed_by (default host:pid)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("allow-origin"),
                      tr("A document store origin and path prefix (https://host/prefix/); repeatable."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("allow-internal-origin"),
                      tr("As --allow-origin, for a store on loopback or a private network."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("allow-dir"),
                      tr("A folder file: documents may be read from; repeatable (SQLite: the database's "
                         "documents folder is allowed by default)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("store-token-file"),
                      tr("Bearer token for the document store on the first line of FILE (readable by its owner "
                         "only)."),
                      QStringLiteral("FILE")});
}

int PrecheckCommand::run(const QCommandLineParser &parser, const CommandOutput &out)
{
    PrecheckOptions options;
    const OptionValues values(parser, out);
    const auto batch = values.wholeNumber(QStringLiteral("batch"), 1, 1000);
    const auto attempts = batch ? values.wholeNumber(QStringLiteral("max-attempts"), 1, 100) : std::nullopt;
    const auto retryDelay = attempts ? values.seconds(QStringLiteral("retry-delay"), 0, 86400) : std::nullopt;
    const auto lease = retryDelay ? values.seconds(QStringLiteral("lease"), 1, 86400) : std::nullopt;
    const auto poll = lease ? values.seconds(QStringLiteral("poll"), 0.1, 3600) : std::nullopt;
    if (!poll)
        return 2;
    options.batchSize = *batch;
    options.maxAttempts = *attempts;
    options.retryDelay = *retryDelay;
    options.lease = *lease;
    options.name = parser.value(QStringLiteral("name"));
    if (options.name.isEmpty())
        options.name = QStringLiteral("%1:%2").arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid());
    const bool watch = parser.isSet(QStringLiteral("watch"));

    const auto database = openCurrentDatabase(parser, out);
    // Document URLs come from a public form: only the document store's.
    DocumentStoreConfig config;
    config.origins = parser.values(QStringLiteral("allow-origin"));
    config.internalOrigins = parser.values(QStringLiteral("allow-internal-origin"));
    config.directories = parser.values(QStringLiteral("allow-dir"));
    config.bearerTokenFile = parser.value(QStringLiteral("store-token-file"));
    if (database->dialect().name() == QLatin1String("sqlite"))
        config.directories.append(embeddedDocumentsFolder(database->url().filePath()));
    QStringList problems;
    options.store = std::make_shared<const DocumentStore>(DocumentStore::fromConfig(config, &problems));
    for (const QString &problem : problems)
        out.warning(problem);

    StopSignals stopSignals;
    if (!stopSignals.isActive()) {
        out.error(stopSignals.errorText());
        return 1;
    }

    out.record(QJsonObject{{QStringLiteral("event"), QStringLiteral("started")},
                           {QStringLiteral("database"), database->url().display()},
                           {QStringLiteral("name"), options.name},
                           {QStringLiteral("watch"), watch},
                           {QStringLiteral("reader_version"), options.readerVersion}},
               tr("reading ID scans from %1 as %2 (reader version %3)%4")
                   .arg(database->url().display(), options.name)
                   .arg(options.readerVersion)
                   .arg(watch ? tr(", watching for new ones") : QString()));

    Prechecker prechecker(*database, options, [&out](const QJsonObject &line) { out.record(line, lineText(line)); });

    QEventLoop waiting;
    QTimer pollTimer;
    pollTimer.setSingleShot(true);
    QObject::connect(&pollTimer, &QTimer::timeout, &waiting, &QEventLoop::quit);
    QObject::connect(&stopSignals, &StopSignals::stopRequested, &waiting, [&](const QString &signalName) {
        out.record(
            QJsonObject{{QStringLiteral("event"), QStringLiteral("stopping")}, {QStringLiteral("signal"), signalName}},
            tr("%1: stopping after the image being read; send it again to quit at once").arg(signalName));
        prechecker.stop();
        waiting.quit();
    });
    if (watch && database->dialect().name() == QLatin1String("postgresql")) {
        QSqlDriver *driver = database->connection().driver();
        if (driver->subscribeToNotification(QLatin1String(notificationChannel)))
            QObject::connect(driver, &QSqlDriver::notification, &waiting, &QEventLoop::quit);
        else
            out.warning(tr("cannot LISTEN for new ID scans; polling every %1 s").arg(poll->count() / 1000.0));
    }

    int exitCode = 0;
    while (!prechecker.isStopping()) {
        int claimed = 0;
        try {
            claimed = prechecker.runBatch();
        } catch (const StorageError &error) {
            out.warning(error.message());
            if (!watch) {
                exitCode = 1;
                break;
            }
            database->dropThreadConnection();
        }
        if (claimed > 0)
            continue;
        if (!watch)
            break;
        pollTimer.start(int(poll->count()));
        waiting.exec();
    }

    const PrecheckCounts &counts = prechecker.counts();
    QJsonObject summary = countsObject(counts);
    summary.insert(QStringLiteral("event"), QStringLiteral("finished"));
    out.record(summary, tr("%1 read, %2 unreadable, %3 to retry, %4 failed, %5 lost to another reader, %6 given back")
                            .arg(counts.read)
                            .arg(counts.unreadable)
                            .arg(counts.retried)
                            .arg(counts.failed)
                            .arg(counts.lost)
                            .arg(counts.released));
    return exitCode;
}

} // namespace reissuedesk::cli
