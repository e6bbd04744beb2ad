#include "cli/IdleDeskBenchmark.h"

#include "storage/Database.h"
#include "storage/QueueCountReader.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QMutex>
#include <QSemaphore>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <unistd.h>

namespace reissuedesk::cli {
namespace {

struct DeskTally {
    QMutex mutex;
    QList<qint64> pids;
    QList<double> countMs;
    QStringList errors;
    std::atomic<bool> stop{false};
};

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

} // namespace

IdleDeskBenchmark::IdleDeskBenchmark(const Database &database, const Options &options)
    : m_database(database)
    , m_options(options)
{
}

std::optional<double> IdleDeskBenchmark::processCpuSeconds(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // The command name (field 2) is in parentheses and may hold spaces: count
    // fields from the last ')'. utime and stime are fields 14 and 15.
    const QByteArray line = file.readAll();
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    if (fields.size() < 13)
        return std::nullopt;
    bool okUser = false;
    bool okSystem = false;
    const double ticks = double(fields.at(11).toLongLong(&okUser) + fields.at(12).toLongLong(&okSystem));
    if (!okUser || !okSystem)
        return std::nullopt;
    return ticks / double(sysconf(_SC_CLK_TCK));
}

int IdleDeskBenchmark::run(const CommandOutput &out)
{
    if (m_database.url().isSqlite()) {
        out.error(QCoreApplication::translate("IdleDeskBenchmark",
                                              "bench idle-desks measures a shared PostgreSQL server; this is SQLite"));
        return 2;
    }
    const QSqlDatabase main = m_database.connection();
    const qint64 applications =
        sql::scalar(main, QStringLiteral("SELECT COUNT(*) FROM applications"), QStringLiteral("counting applications"))
            .toLongLong();

    DeskTally tally;
    QSemaphore connected;
    QList<QThread *> desks;
    const Options options = m_options;
    const Database &database = m_database;
    for (int i = 0; i < options.desks; ++i) {
        desks.append(QThread::create([&, i] {
            qint64 nextPollMs = 0;
            qint64 nextCountMs = 0;
            try {
                const QSqlDatabase db = database.connection();
                const qint64 pid =
                    sql::scalar(db, QStringLiteral("SELECT pg_backend_pid()"), QStringLiteral("reading the backend"))
                        .toLongLong();
                {
                    QMutexLocker locker(&tally.mutex);
                    tally.pids.append(pid);
                }
                connected.release();
                // Desks do not tick in step: spread the first ticks over one period.
                nextPollMs = qint64(options.pollEverySeconds * 1000.0 * i / options.desks);
                nextCountMs = qint64(options.countEverySeconds * 1000.0 * i / options.desks);
                const QueueCountReader reader(database, i + 1);
                QElapsedTimer clock;
                clock.start();
                while (!tally.stop.load()) {
                    const qint64 now = clock.elapsed();
                    if (now >= nextPollMs) {
                        sql::scalar(db, QStringLiteral("SELECT 1"), QStringLiteral("checking the connection"));
                        nextPollMs += qint64(options.pollEverySeconds * 1000.0);
                    }
                    if (now >= nextCountMs) {
                        QElapsedTimer timer;
                        timer.start();
                        if (options.scan)
                            reader.scanned(QDateTime::currentDateTimeUtc());
                        else
                            reader.fromCounters(QDateTime::currentDateTimeUtc());
                        const double ms = double(timer.nsecsElapsed()) / 1e6;
                        QMutexLocker locker(&tally.mutex);
                        tally.countMs.append(ms);
                        nextCountMs += qint64(options.countEverySeconds * 1000.0);
                    }
                    const qint64 wait = std::min(nextPollMs, nextCountMs) - clock.elapsed();
                    QThread::msleep(quint64(std::clamp<qint64>(wait, 1, 100)));
                }
            } catch (const StorageError &error) {
                QMutexLocker locker(&tally.mutex);
                tally.errors.append(error.message());
                connected.release();
            }
            database.dropThreadConnection();
        }));
    }
    for (QThread *desk : std::as_const(desks))
        desk->start();
    connected.acquire(options.desks);

    // One period of warm-up (connections' first statements, plan caches), then the window.
    QThread::msleep(quint64(std::max(options.countEverySeconds, options.pollEverySeconds) * 1000.0));
    const QList<qint64> pids = [&] {
        QMutexLocker locker(&tally.mutex);
        tally.countMs.clear();
        return tally.pids;
    }();
    auto serverCpu = [&]() -> std::optional<double> {
        double total = 0;
        for (const qint64 pid : pids) {
            const std::optional<double> seconds = processCpuSeconds(pid);
            if (!seconds)
                return std::nullopt;
            total += *seconds;
        }
        return total;
    };
    const QString loadBefore = loadAverage();
    const std::optional<double> cpuBefore = serverCpu();
    QElapsedTimer window;
    window.start();
    QThread::msleep(quint64(options.seconds) * 1000);
    const std::optional<double> cpuAfter = serverCpu();
    const double elapsed = double(window.nsecsElapsed()) / 1e9;
    const QString loadAfter = loadAverage();
    tally.stop = true;
    for (QThread *desk : std::as_const(desks)) {
        desk->wait();
        delete desk;
    }

    const bool measured = cpuBefore && cpuAfter && tally.errors.isEmpty();
    const double percent = measured ? (*cpuAfter - *cpuBefore) / elapsed * 100.0 : 0.0;
    const QString mode = options.scan ? QStringLiteral("scan") : QStringLiteral("counters");
    QJsonObject record{{QStringLiteral("bench"), QStringLiteral("idle-desks")},
                       {QStringLiteral("backend"), m_database.dialect().name()},
                       {QStringLiteral("counts"), mode},
                       {QStringLiteral("applications"), applications},
                       {QStringLiteral("desks"), options.desks},
                       {QStringLiteral("seconds"), elapsed},
                       {QStringLiteral("count_every_s"), options.countEverySeconds},
                       {QStringLiteral("poll_every_s"), options.pollEverySeconds},
                       {QStringLiteral("count_requests"), qint64(tally.countMs.size())},
                       {QStringLiteral("count_median_ms"), median(tally.countMs)},
                       {QStringLiteral("load_average_before"), loadBefore},
                       {QStringLiteral("load_average_after"), loadAfter},
                       {QStringLiteral("errors"), qint64(tally.errors.size())}};
    record.insert(QStringLiteral("server_cpu_percent_of_core"), measured ? QJsonValue(percent) : QJsonValue());
    for (const QString &error : std::as_const(tally.errors).mid(0, 5))
        out.warning(error);
    if (!cpuBefore || !cpuAfter)
        out.warning(QCoreApplication::translate("IdleDeskBenchmark",
                                                "the server's processes cannot be read from /proc here: is the "
                                                "server on this machine?"));
    out.record(record,
               QCoreApplication::translate("IdleDeskBenchmark",
                                           "%1 idle desks (%2 counts) on %3 applications for %4 s: server CPU %5 % "
                                           "of one core; %6 counts, median %7 ms; load average %8 -> %9")
                   .arg(options.desks)
                   .arg(mode)
                   .arg(applications)
                   .arg(elapsed, 0, 'f', 1)
                   .arg(measured ? QString::number(percent, 'f', 2) : QStringLiteral("?"))
                   .arg(tally.countMs.size())
                   .arg(median(tally.countMs), 0, 'f', 2)
                   .arg(loadBefore, loadAfter));
    return measured ? 0 : 1;
}

} // namespace reissuedesk::cli
