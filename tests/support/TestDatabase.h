#pragma once
// A fresh, empty database for one test on one back end, removed afterwards.
// SQLite: a file in a temporary folder. PostgreSQL: a new database on the server
// the libpq environment names (PGHOST, PGPORT, PGUSER, PGPASSWORD — exactly what
// pg_virtualenv sets), so no credential appears in the repository or a URL.
//
// Data-driven suites call addBackendRows() in their _data() function and
// TestDatabase::skipUnlessAvailable() at the top of the test.

#include "storage/DatabaseUrl.h"

#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace reissuedesk::test {

class TestDatabase {
public:
    explicit TestDatabase(const QString &backend);
    ~TestDatabase();

    // "sqlite" always; "postgresql" too (every suite lists it, and it is skipped
    // or failed when no server is configured, see isAvailable()).
    static QStringList backends();
    static bool isAvailable(const QString &backend);
    // Why not: for the QSKIP / QFAIL message.
    static QString unavailableReason(const QString &backend);
    // REISSUEDESK_REQUIRE_PG=1: a missing server fails instead of skipping.
    static bool isRequired(const QString &backend);

    DatabaseUrl url() const { return m_url; }
    QString urlText() const { return m_url.display(); }
    QString backend() const { return m_backend; }
    // A scratch folder that lives as long as this object (documents, imports).
    QString scratchDir() const { return m_dir.path(); }

private:
    QString m_backend;
    QTemporaryDir m_dir;
    QString m_postgresName;
    DatabaseUrl m_url;
};

} // namespace reissuedesk::test

// Adds one row per back end to a data-driven test with a "backend" column.
#define REISSUEDESK_ADD_BACKEND_ROWS()                                                                              \
    do {                                                                                                            \
        QTest::addColumn<QString>("backend");                                                                       \
        for (const QString &backendName : reissuedesk::test::TestDatabase::backends())                              \
            QTest::newRow(qPrintable(backendName)) << backendName;                                                  \
    } while (false)

// Skips (or, where required, fails) the current row when its server is missing.
#define REISSUEDESK_REQUIRE_BACKEND(backend)                                                                        \
    do {                                                                                                            \
        if (!reissuedesk::test::TestDatabase::isAvailable(backend)) {                                               \
            if (reissuedesk::test::TestDatabase::isRequired(backend))                                               \
                QFAIL(qPrintable(reissuedesk::test::TestDatabase::unavailableReason(backend)));                     \
            QSKIP(qPrintable(reissuedesk::test::TestDatabase::unavailableReason(backend)));                         \
        }                                                                                                           \
    } while (false)
