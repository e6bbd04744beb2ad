#pragma once
// The floor `stress` compares decide with: PostgreSQL's own pgbench running a
// decide-shaped transaction (lock an application row, update it, insert a
// decision, two outbox rows and an audit row, commit) with as many clients as
// stress had operators, on the same server in the same run. The rows live in
// a scratch schema (reissuedesk_pgbench_floor) of bare tables of the same
// shape, made before and dropped after, so that the real tables, their rules
// and the run's verdict are untouched. What decide costs above this floor is
// ReissueDesk's own: policy reads, rule triggers, round trips. pgbench starts
// on a settled server (QuietServer), as stress's decide phase does.
//
// runOnSchema() is the second floor: pgbench calling reissuedesk_decide()
// itself, one statement per transaction, on the real tables with all their
// indexes, triggers and NOTIFY, over fresh applications claimed for one
// scratch operator. It is what the schema costs with the leanest client, so
// decide / schema floor is the desk's own share (its policy read, Qt, the
// claims beside it) and schema floor / bare floor the schema's. Unlike the
// bare floor it writes real rows: its applications, decisions, outbox and
// audit rows stay, as stress's own do.
//
// pgbench comes from PATH or the server's bindir (pg_config --bindir: Debian
// ships it in postgresql-15 under /usr/lib/postgresql/15/bin). The password,
// if any, travels in PGPASSWORD only.

#include <QString>
#include <optional>

namespace reissuedesk {
class Database;
}

namespace reissuedesk::cli {

class PgbenchFloor {
public:
    explicit PgbenchFloor(const Database &database);

    // The pgbench program, or empty with unavailableReason().
    QString program() const { return m_program; }
    QString unavailableReason() const { return m_unavailableReason; }

    struct Result {
        qint64 transactions = 0;
        double p50Ms = 0;
        double p99Ms = 0;
        QString failure; // non-empty: no figures
    };
    // `clients` connections, `transactionsPerClient` each, over `rows` application rows.
    Result run(int clients, int transactionsPerClient, int rows) const;
    // `clients` connections deciding `transactionsPerClient` fresh
    // applications each through reissuedesk_decide().
    Result runOnSchema(int clients, int transactionsPerClient) const;

    static QString script();
    static QString schemaScript();

private:
    void createScratch(int rows) const;
    void claimForSchemaFloor(qint64 applications) const;
    void dropScratch() const;
    void dropScratchIfPossible() const; // a failure here is the next run's to clean up
    Result runScript(const QString &script, int clients, int transactionsPerClient, const QStringList &defines) const;

    const Database &m_database;
    QString m_program;
    QString m_unavailableReason;
};

} // namespace reissuedesk::cli
