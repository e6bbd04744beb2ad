#include "cli/PgbenchFloor.h"

#include "cli/QuietServer.h"
#include "cli/SqlClientTimer.h"
#include "demo/DemoSeeder.h"
#include "storage/Database.h"
#include "storage/OperatorRepository.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <algorithm>

namespace reissuedesk::cli {
namespace {

const QString schema = QStringLiteral("reissuedesk_pgbench_floor");

QString findPgbench()
{
    const QString inPath = QStandardPaths::findExecutable(QStringLiteral("pgbench"));
    if (!inPath.isEmpty())
        return inPath;
    QProcess config;
    config.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
    if (config.waitForFinished(5000) && config.exitCode() == 0) {
        const QString bindir = QString::fromLocal8Bit(config.readAllStandardOutput()).trimmed();
        const QString candidate = QDir(bindir).filePath(QStringLiteral("pgbench"));
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    const QDir versions(QStringLiteral("/usr/lib/postgresql"));
    const QStringList found = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString &version : found) {
        const QString candidate = versions.filePath(version + QStringLiteral("/bin/pgbench"));
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return {};
}

double percentileOf(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    return sorted.at(std::min<qsizetype>(sorted.size() - 1, qsizetype(p * double(sorted.size()))));
}

} // namespace

PgbenchFloor::PgbenchFloor(const Database &database)
    : m_database(database)
{
    if (database.url().isSqlite()) {
        m_unavailableReason = QStringLiteral("pgbench measures PostgreSQL; this is SQLite");
        return;
    }
    m_program = findPgbench();
    if (m_program.isEmpty())
        m_unavailableReason = QStringLiteral("pgbench not found in PATH, pg_config --bindir or /usr/lib/postgresql "
                                             "(Debian package postgresql-15)");
}

QString PgbenchFloor::script()
{
    // pgbench variables (:id, :op, :decision); random ids, as desks decide
    // different applications.
    return QStringLiteral(
               "\\set id random(1, :rows)\n"
               "\\set op random(1, 1000)\n"
               "BEGIN;\n"
               "SELECT status, version FROM %1.applications WHERE id = :id FOR UPDATE;\n"
               "UPDATE %1.applications SET status = 'approved', claimed_by = NULL, version = version + 1, "
               "updated_at = now() WHERE id = :id;\n"
               "INSERT INTO %1.decisions (application_id, operator_id, outcome, idempotency_key, decided_at) "
               "VALUES (:id, :op, 'approve', gen_random_uuid()::text, now()) RETURNING id AS decision \\gset\n"
               "INSERT INTO %1.notifications (application_id, decision_id, channel, recipient, body, "
               "idempotency_key, created_at) VALUES (:id, :decision, 'sms', '13812345678', "
               "'您的补卡申请已通过，新卡将寄往登记地址。', gen_random_uuid()::text, now()), (:id, :decision, 'email', "
               "'z@example.com', 'Your replacement card application was approved.', gen_random_uuid()::text, "
               "now());\n"
               "INSERT INTO %1.audit_log (occurred_at, actor, operator_id, action, application_id, detail) "
               "VALUES (now(), 'pgbench', :op, 'application.approved', :id, "
               "jsonb_build_object('decision_id', CAST(:decision AS BIGINT), 'reasons', ''));\n"
               "END;\n")
        .arg(schema);
}

QString PgbenchFloor::schemaScript()
{
    // One statement, as a desk's decide is one call: the next claimed
    // application (a sequence hands each transaction its own), decided as an
    // approval with an SMS and, when the applicant gave one, an e-mail, as
    // PostgresDecide::record sends them. No colon may follow a quote here:
    // pgbench would read it as a variable.
    return QStringLiteral(
               "WITH k AS MATERIALIZED (SELECT nextval('%1.next_claim') AS n)\n"
               "SELECT reissuedesk_decide(a.id, a.version, a.claimed_by, 'approved', a.review_round, 'approve', "
               "NULL, '', '', gen_random_uuid()::text, false, '', false, '[]'::jsonb, current_date + 9, "
               "jsonb_build_array(jsonb_build_object('kind', 'approved', 'channel', 'sms', 'recipient', "
               "a.contact_phone, 'language', a.language, 'body', '您的补卡申请 ' || a.application_number || "
               "' 已通过审核，新卡将寄往 ' || a.shipping_address, 'idempotency_key', gen_random_uuid()::text || "
               "'.sms')) || CASE WHEN coalesce(a.contact_email, '') = '' THEN '[]'::jsonb ELSE "
               "jsonb_build_array(jsonb_build_object('kind', 'approved', 'channel', 'email', 'recipient', "
               "a.contact_email, 'language', a.language, 'subject', '补卡申请 ' || a.application_number || ' 已通过', "
               "'body', '您好，您的补卡申请 ' || a.application_number || ' 已通过审核，新卡将寄往 ' || "
               "a.shipping_address, 'idempotency_key', gen_random_uuid()::text || '.email')) END, now(), "
               "'application.approved', jsonb_build_object('reasons', '')) "
               "FROM k JOIN %1.claimed c ON c.n = k.n JOIN applications a ON a.id = c.id;\n")
        .arg(schema);
}

void PgbenchFloor::claimForSchemaFloor(qint64 applications) const
{
    dropScratch();
    QSqlDatabase db = m_database.connection();
    const qint64 baseline =
        sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM applications"), QStringLiteral("reading ids"))
            .toLongLong();
    demo::DemoSeeder(m_database)
        .seed(demo::SeedOptions::freshQueue(applications, quint32(QDateTime::currentMSecsSinceEpoch())));
    const qint64 operatorId =
        OperatorRepository(m_database)
            .add(QStringLiteral("pgbench-floor-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8)),
                 QStringLiteral("pgbench floor"), QStringLiteral("operator"))
            .id;
    const QString what = QStringLiteral("preparing the schema floor");
    sql::run(db, QStringLiteral("CREATE SCHEMA %1").arg(schema), what);
    sql::run(db, QStringLiteral("CREATE TABLE %1.claimed (n BIGINT PRIMARY KEY, id BIGINT NOT NULL)").arg(schema),
             what);
    sql::run(db, QStringLiteral("CREATE SEQUENCE %1.next_claim").arg(schema), what);
    const qint64 claimed =
        sql::scalar(db,
                    QStringLiteral("WITH mine AS (UPDATE applications SET status = 'in_review', claimed_by = ?, "
                                   "claimed_at = now(), lease_expires_at = now() + interval '6 hours', "
                                   "version = version + 1 WHERE id > ? AND status = 'pending' RETURNING id), "
                                   "numbered AS (INSERT INTO %1.claimed SELECT row_number() OVER (ORDER BY id), id "
                                   "FROM mine RETURNING 1) SELECT COUNT(*) FROM numbered")
                        .arg(schema),
                    what, {operatorId, baseline})
            .toLongLong();
    if (claimed != applications)
        throw StorageError(
            StorageError::Kind::Query,
            QStringLiteral("the schema floor claimed %1 of %2 fresh applications").arg(claimed).arg(applications));
}

void PgbenchFloor::createScratch(int rows) const
{
    dropScratch();
    const QSqlDatabase db = m_database.connection();
    const QStringList statements{
        QStringLiteral("CREATE SCHEMA %1").arg(schema),
        QStringLiteral("CREATE TABLE %1.applications (id BIGINT PRIMARY KEY, status TEXT NOT NULL, claimed_by BIGINT, "
                       "version INTEGER NOT NULL DEFAULT 0, updated_at TIMESTAMPTZ NOT NULL DEFAULT now())")
            .arg(schema),
        QStringLiteral("CREATE TABLE %1.decisions (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                       "application_id BIGINT NOT NULL REFERENCES %1.applications (id), operator_id BIGINT NOT NULL, "
                       "outcome TEXT NOT NULL, idempotency_key TEXT NOT NULL UNIQUE, decided_at TIMESTAMPTZ NOT NULL)")
            .arg(schema),
        QStringLiteral("CREATE TABLE %1.notifications (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                       "application_id BIGINT NOT NULL REFERENCES %1.applications (id), decision_id BIGINT NOT NULL "
                       "REFERENCES %1.decisions (id), channel TEXT NOT NULL, recipient TEXT NOT NULL, body TEXT NOT "
                       "NULL, idempotency_key TEXT NOT NULL UNIQUE, created_at TIMESTAMPTZ NOT NULL)")
            .arg(schema),
        QStringLiteral("CREATE TABLE %1.audit_log (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, occurred_at "
                       "TIMESTAMPTZ NOT NULL, actor TEXT NOT NULL, operator_id BIGINT, action TEXT NOT NULL, "
                       "application_id BIGINT, detail JSONB NOT NULL)")
            .arg(schema),
        QStringLiteral("INSERT INTO %1.applications (id, status) SELECT g, 'in_review' FROM generate_series(1, %2) g")
            .arg(schema)
            .arg(rows),
        QStringLiteral("ANALYZE %1.applications").arg(schema),
    };
    for (const QString &statement : statements)
        sql::run(db, statement, QStringLiteral("preparing the pgbench floor"));
}

void PgbenchFloor::dropScratch() const
{
    // Without the server's "drop cascades to ..." notices, which libpq prints.
    const QSqlDatabase db = m_database.connection();
    sql::run(db, QStringLiteral("SET client_min_messages = warning"), QStringLiteral("dropping the pgbench floor"));
    sql::run(db, QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema),
             QStringLiteral("dropping the pgbench floor"));
    sql::run(db, QStringLiteral("RESET client_min_messages"), QStringLiteral("dropping the pgbench floor"));
}

void PgbenchFloor::dropScratchIfPossible() const
{
    try {
        dropScratch();
    } catch (const StorageError &) {
        // Dropped by the next run (each run drops it first).
    }
}

PgbenchFloor::Result PgbenchFloor::run(int clients, int transactionsPerClient, int rows) const
{
    if (m_program.isEmpty())
        return Result{0, 0, 0, m_unavailableReason};
    try {
        createScratch(rows);
        // Not still busy with the writes of whatever ran before (QuietServer).
        QuietServer::settle(m_database);
    } catch (const StorageError &error) {
        return Result{0, 0, 0, error.message()};
    }
    Result result = runScript(script(), clients, transactionsPerClient, {QStringLiteral("rows=%1").arg(rows)});
    dropScratchIfPossible();
    return result;
}

PgbenchFloor::Result PgbenchFloor::runOnSchema(int clients, int transactionsPerClient) const
{
    if (m_program.isEmpty())
        return Result{0, 0, 0, m_unavailableReason};
    const qint64 applications = qint64(clients) * transactionsPerClient;
    try {
        claimForSchemaFloor(applications);
        QuietServer::settle(m_database);
    } catch (const StorageError &error) {
        dropScratchIfPossible();
        return Result{0, 0, 0, error.message()};
    }
    Result result = runScript(schemaScript(), clients, transactionsPerClient, {});
    try {
        // Every claimed application decided once, or the figures are not of
        // the work they claim to time.
        const qint64 undecided =
            sql::scalar(m_database.connection(),
                        QStringLiteral("SELECT COUNT(*) FROM %1.claimed c WHERE (SELECT COUNT(*) FROM decisions d "
                                       "WHERE d.application_id = c.id) <> 1")
                            .arg(schema),
                        QStringLiteral("checking the schema floor"))
                .toLongLong();
        if (undecided > 0 && result.failure.isEmpty())
            result =
                Result{0, 0, 0,
                       QStringLiteral("%1 of the %2 applications pgbench was to decide were not decided exactly once")
                           .arg(undecided)
                           .arg(applications)};
        dropScratch();
    } catch (const StorageError &error) {
        if (result.failure.isEmpty())
            result = Result{0, 0, 0, error.message()};
    }
    return result;
}

PgbenchFloor::Result PgbenchFloor::runScript(const QString &scriptText, int clients, int transactionsPerClient,
                                             const QStringList &defines) const
{
    Result result;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        result.failure = QStringLiteral("no temporary folder for pgbench's logs");
        return result;
    }
    QFile scriptFile(dir.filePath(QStringLiteral("decide.sql")));
    if (!scriptFile.open(QIODevice::WriteOnly)) {
        result.failure = QStringLiteral("cannot write pgbench's script: %1").arg(scriptFile.errorString());
        return result;
    }
    scriptFile.write(scriptText.toUtf8());
    scriptFile.close();

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("PGCLIENTENCODING"), QStringLiteral("UTF8"));
    if (!m_database.url().password().isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), m_database.url().password());
    QProcess pgbench;
    pgbench.setProcessEnvironment(environment);
    pgbench.setWorkingDirectory(dir.path());
    QStringList arguments{QStringLiteral("--no-vacuum"),
                          QStringLiteral("--protocol=prepared"),
                          QStringLiteral("--client=%1").arg(clients),
                          QStringLiteral("--jobs=%1").arg(std::min(clients, 8)),
                          QStringLiteral("--transactions=%1").arg(transactionsPerClient),
                          QStringLiteral("--file=%1").arg(scriptFile.fileName()),
                          QStringLiteral("--log"),
                          QStringLiteral("--log-prefix=%1").arg(dir.filePath(QStringLiteral("latency")))};
    for (const QString &define : defines)
        arguments.append(QStringLiteral("--define=%1").arg(define));
    arguments.append(SqlClientTimer::libpqConnectionString(m_database.url()));
    pgbench.start(m_program, arguments);
    const bool finished = pgbench.waitForFinished(30 * 60 * 1000);
    const QString errors = QString::fromLocal8Bit(pgbench.readAllStandardError()).trimmed();
    if (!finished || pgbench.exitStatus() != QProcess::NormalExit || pgbench.exitCode() != 0) {
        pgbench.kill();
        pgbench.waitForFinished(5000);
        result.failure = QStringLiteral("pgbench failed: %1").arg(errors.section(QLatin1Char('\n'), -3));
    }

    // One line per transaction: client, number, latency in microseconds, ...
    QList<double> latencies;
    const QStringList logs = QDir(dir.path()).entryList({QStringLiteral("latency.*")}, QDir::Files);
    for (const QString &name : logs) {
        QFile log(dir.filePath(name));
        if (!log.open(QIODevice::ReadOnly))
            continue;
        while (!log.atEnd()) {
            const QList<QByteArray> fields = log.readLine().simplified().split(' ');
            if (fields.size() >= 3)
                latencies.append(fields.at(2).toDouble() / 1000.0);
        }
    }
    if (!result.failure.isEmpty())
        return result;
    if (latencies.isEmpty()) {
        result.failure = QStringLiteral("pgbench wrote no latency log");
        return result;
    }
    std::sort(latencies.begin(), latencies.end());
    result.transactions = latencies.size();
    result.p50Ms = percentileOf(latencies, 0.50);
    result.p99Ms = percentileOf(latencies, 0.99);
    return result;
}

} // namespace reissuedesk::cli
