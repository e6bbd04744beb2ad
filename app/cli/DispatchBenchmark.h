#pragma once
// `reissuedesk-admin bench dispatch`: how fast the dispatcher drains the outbox
// against a gateway that answers at once (HttpSink, in this process), beside
// the floor: a bare POST loop (PostLoop) sending the same messages to the same
// server with the same concurrency. Goal (issue 10): at least 500 messages/s
// with the outbox in PostgreSQL, and at least half the floor's rate.
//
// It seeds its own messages (BenchOutbox, tagged by run) on the database's
// first application (creating one demo application when there is none) and
// deletes them afterwards. Because a dispatcher sends every due row, it refuses
// a database whose outbox holds anything else waiting: use a scratch database.

#include "cli/CommandOutput.h"

#include <QCoreApplication>

namespace reissuedesk {
class Database;
}

namespace reissuedesk::cli {

class DispatchBenchmark {
    Q_DECLARE_TR_FUNCTIONS(DispatchBenchmark)

public:
    struct Options {
        int count = 5000;
        int concurrency = 8;
        int batch = 100;
        int rounds = 3; // floor and dispatcher alternately; medians compared
    };

    DispatchBenchmark(const Database &database, Options options);

    // Prints the cases and the summary; returns the exit code. Throws StorageError.
    int run(const CommandOutput &out);

private:
    const Database &m_database;
    Options m_options;
};

} // namespace reissuedesk::cli
