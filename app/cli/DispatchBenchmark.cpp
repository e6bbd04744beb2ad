#include "cli/DispatchBenchmark.h"

#include "cli/Benchmark.h"
#include "cli/HttpSink.h"
#include "cli/PostLoop.h"
#include "demo/DemoSeeder.h"
#include "net/NotificationDispatcher.h"
#include "storage/BenchOutbox.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QUuid>

namespace reissuedesk::cli {
namespace {

// Deletes the run's rows however the benchmark ends.
struct RemoveOnExit {
    const BenchOutbox &outbox;
    ~RemoveOnExit()
    {
        try {
            outbox.remove();
        } catch (...) {
            // The run's own failure is the one worth reporting.
        }
    }
};

double rate(qint64 messages, double seconds)
{
    return seconds > 0 ? double(messages) / seconds : 0.0;
}

} // namespace

DispatchBenchmark::DispatchBenchmark(const Database &database, Options options)
    : m_database(database)
    , m_options(options)
{
}

int DispatchBenchmark::run(const CommandOutput &out)
{
    const QString runTag = QUuid::createUuid().toString(QUuid::Id128).left(12);
    const BenchOutbox outbox(m_database, runTag); // counts what waits outside this run
    if (const qint64 waiting = outbox.waitingElsewhere(); waiting > 0) {
        out.error(tr("bench dispatch would send the %1 messages already waiting in this database's "
                     "outbox: run it on a scratch database (migrate a new one)")
                      .arg(waiting));
        return 1;
    }
    auto [applicationId, applicationNumber] = outbox.anyApplication();
    bool createdApplication = false;
    if (applicationId == 0) {
        demo::SeedOptions seed;
        seed.count = 1;
        seed.withDocuments = false;
        seed.allPending = true;
        demo::DemoSeeder(m_database).seed(seed);
        std::tie(applicationId, applicationNumber) = outbox.anyApplication();
        createdApplication = true;
    }

    HttpSink sink;
    QString error;
    if (!sink.start(&error)) {
        out.error(error);
        return 1;
    }
    const QUrl base(QStringLiteral("http://127.0.0.1:%1/").arg(sink.port()));

    // Rounds alternate the floor and the dispatcher, each on fresh rows, and
    // the medians are compared: on a busy machine one pair of runs can be
    // off by a factor of two either way.
    QList<double> floorMs;
    QList<double> dispatchMs;
    for (int round = 0; round < m_options.rounds; ++round) {
        const BenchOutbox roundOutbox(m_database, QStringLiteral("%1-%2").arg(runTag).arg(round));
        out.progress(tr("round %1: seeding %2 messages ...").arg(round + 1).arg(m_options.count));
        const RemoveOnExit cleanup{roundOutbox};
        const QList<BenchOutbox::Message> messages =
            roundOutbox.seed(m_options.count, applicationId, applicationNumber);

        out.progress(tr("round %1: bare POST loop ...").arg(round + 1));
        if (round == 0) // untimed: connection set-up, Qt's network and JSON code paged in
            PostLoop::run(base, messages.mid(0, std::min<qsizetype>(messages.size(), 500)), m_options.concurrency);
        const PostLoop::Result floor = PostLoop::run(base, messages, m_options.concurrency);

        out.progress(tr("round %1: dispatcher ...").arg(round + 1));
        DispatcherOptions options;
        options.gateway = base;
        options.name = QStringLiteral("bench-%1").arg(runTag);
        options.once = true;
        options.reminderLead = std::chrono::minutes(0); // only the benchmark's own rows
        options.concurrency = m_options.concurrency;
        options.batchSize = m_options.batch;
        options.timeout = std::chrono::seconds(10);
        NotificationDispatcher dispatcher(m_database, options);
        QString problem;
        QEventLoop loop;
        QObject::connect(&dispatcher, &NotificationDispatcher::finished, &loop, &QEventLoop::quit,
                         Qt::QueuedConnection);
        QObject::connect(&dispatcher, &NotificationDispatcher::problem, &loop, [&](const QString &sentence) {
            problem = sentence;
            dispatcher.stop();
        });
        QElapsedTimer clock;
        clock.start();
        QMetaObject::invokeMethod(
            &dispatcher, [&dispatcher] { dispatcher.start(); }, Qt::QueuedConnection);
        loop.exec();
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        out.progress(QString());
        const qint64 sent = roundOutbox.count(QStringLiteral("sent"));
        if (!problem.isEmpty() || sent != m_options.count || floor.answered != m_options.count) {
            out.error(tr("the benchmark did not deliver everything: dispatcher sent %1 of %2, the POST "
                         "loop %3%4")
                          .arg(sent)
                          .arg(m_options.count)
                          .arg(floor.answered)
                          .arg(problem.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(problem)));
            return 1;
        }
        floorMs.append(floor.seconds * 1000.0);
        dispatchMs.append(seconds * 1000.0);
    }
    const qint64 sent = m_options.count;
    const BenchTiming ourTiming = BenchTiming::of(dispatchMs);
    const BenchTiming floorTiming = BenchTiming::of(floorMs);

    const double ours = rate(sent, ourTiming.medianMs / 1000.0);
    const double floorRate = rate(sent, floorTiming.medianMs / 1000.0);
    const BenchReport report(out, QStringLiteral("dispatch"), m_database.dialect().name());
    report.header();
    BenchCase benchCase;
    benchCase.name = QStringLiteral("dispatch_once");
    benchCase.rows = sent;
    benchCase.ours.medianMs = ourTiming.medianMs;
    benchCase.ours.p95Ms = ourTiming.p95Ms;
    benchCase.floorMs = floorTiming.medianMs;
    benchCase.extra = {{QStringLiteral("messages_per_second"), std::round(ours)},
                       {QStringLiteral("floor_messages_per_second"), std::round(floorRate)},
                       {QStringLiteral("share_of_floor"), std::round(ours / floorRate * 100.0) / 100.0}};
    benchCase.note = QStringLiteral("%1 msg/s (floor %2 msg/s, %3 of it)")
                         .arg(qRound(ours))
                         .arg(qRound(floorRate))
                         .arg(ours / floorRate, 0, 'f', 2);
    report.add(benchCase);
    const bool goal = ours >= 500.0 && ours >= 0.5 * floorRate;
    report.summary({{QStringLiteral("messages"), m_options.count},
                    {QStringLiteral("concurrency"), m_options.concurrency},
                    {QStringLiteral("batch"), m_options.batch},
                    {QStringLiteral("rounds"), m_options.rounds},
                    {QStringLiteral("database"), m_database.url().display()},
                    {QStringLiteral("messages_per_second"), std::round(ours)},
                    {QStringLiteral("floor_messages_per_second"), std::round(floorRate)},
                    {QStringLiteral("share_of_floor"), std::round(ours / floorRate * 100.0) / 100.0},
                    {QStringLiteral("goal_met"), goal},
                    {QStringLiteral("created_application"), createdApplication}},
                   tr("\n%1 messages x %10 rounds (medians), %2 in flight, batches of %3, outbox in %4 "
                      "(%5): dispatcher %6 msg/s, bare POST loop %7 msg/s, %8 of the floor; goal >= 500 "
                      "msg/s and >= 0.5: %9")
                       .arg(m_options.count)
                       .arg(m_options.concurrency)
                       .arg(m_options.batch)
                       .arg(m_database.url().display(), m_database.dialect().name())
                       .arg(qRound(ours))
                       .arg(qRound(floorRate))
                       .arg(ours / floorRate, 0, 'f', 2)
                       .arg(goal ? tr("met") : tr("NOT met"))
                       .arg(m_options.rounds));
    return 0;
}

} // namespace reissuedesk::cli
