#include "storage/Database.h"

#include "storage/StorageError.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace reissuedesk {
namespace {

QAtomicInteger<quint64> instanceCounter;

// Which connection each Database uses on this thread, by the Database's unique
// prefix. Thread-local, so a thread that ends takes its connections with it
// (and a new thread that happens to reuse a dead one's address starts clean).
struct ThreadConnectionNames {
    QHash<QString, QString> names;
    // Prepared statements per connection name: preparing once per connection
    // saves PostgreSQL a PREPARE and a DEALLOCATE round trip on every call.
    QHash<QString, QHash<QString, QSqlQuery>> statements;
    ~ThreadConnectionNames()
    {
        statements.clear();
        for (const QString &name : std::as_const(names)) {
            if (!QSqlDatabase::contains(name))
                continue;
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
};

ThreadConnectionNames &threadConnectionNames()
{
    static thread_local ThreadConnectionNames names;
    return names;
}

// Tables of a file some other program wrote: everything but SQLite's own.
QStringList foreignTables(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                                   "ESCAPE '\\' ORDER BY name")))
        throw StorageError::fromQuery(QStringLiteral("reading the tables"), query);
    QStringList tables;
    while (query.next())
        tables.append(query.value(0).toString());
    if (tables.isEmpty() || tables.contains(QStringLiteral("schema_migrations")))
        return {};
    return tables;
}

QString openFailureMessage(const DatabaseUrl &url, const QSqlError &error)
{
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.driverText().trimmed();
    return QCoreApplication::translate("Database", "cannot open %1: %2").arg(url.display(), detail);
}

} // namespace

Database::Database(const DatabaseUrl &url, Creation creation)
    : m_url(url)
    , m_creation(creation)
    , m_dialect(SqlDialect::forUrl(url))
    , m_namePrefix(QStringLiteral("reissuedesk-%1").arg(instanceCounter.fetchAndAddRelaxed(1)))
{
    if (!QSqlDatabase::isDriverAvailable(m_dialect->driverName()))
        throw StorageError(
            StorageError::Kind::Connection,
            QCoreApplication::translate("Database", "the Qt SQL driver %1 is not installed (Debian package %2)")
                .arg(m_dialect->driverName(),
                     url.isSqlite() ? QStringLiteral("libqt6sql6-sqlite") : QStringLiteral("libqt6sql6-psql")));
    connection(); // open now, so that errors surface at construction
}

Database::~Database()
{
    threadConnectionNames().statements.remove(threadConnectionNames().names.value(m_namePrefix));
    threadConnectionNames().names.remove(m_namePrefix);
    QMutexLocker locker(&m_mutex);
    for (const QString &name : std::as_const(m_connectionNames)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QSqlDatabase Database::connection() const
{
    QString &name = threadConnectionNames().names[m_namePrefix];
    if (name.isEmpty()) {
        QMutexLocker locker(&m_mutex);
        name = m_namePrefix + QStringLiteral("-%1").arg(++m_connectionSerial);
        m_connectionNames.insert(name);
    }
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    try {
        return open(name);
    } catch (...) {
        threadConnectionNames().statements.remove(name);
        QSqlDatabase::removeDatabase(name);
        QMutexLocker locker(&m_mutex);
        m_connectionNames.remove(name);
        threadConnectionNames().names.remove(m_namePrefix);
        throw;
    }
}

QSqlQuery &Database::prepared(const QString &statement) const
{
    const QSqlDatabase db = connection();
    QHash<QString, QSqlQuery> &cache = threadConnectionNames().statements[db.connectionName()];
    auto it = cache.find(statement);
    if (it == cache.end()) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.prepare(statement))
            throw StorageError::fromQuery(QCoreApplication::translate("Database", "preparing a statement"), query);
        it = cache.insert(statement, query);
    }
    it->finish();
    return *it;
}

void Database::finishPreparedStatements() const
{
    const QString name = threadConnectionNames().names.value(m_namePrefix);
    if (name.isEmpty())
        return;
    for (QSqlQuery &query : threadConnectionNames().statements[name])
        query.finish();
}

void Database::dropThreadConnection() const
{
    const QString name = threadConnectionNames().names.take(m_namePrefix);
    if (name.isEmpty())
        return;
    // The cached statements are freed after the driver is gone: freed before,
    // each would send DEALLOCATE over a connection that may be dead, and Qt's
    // driver prints the server's words for every one ("Unable to free
    // statement: FATAL: terminating connection …"). Closing the connection
    // frees them on the server anyway.
    QHash<QString, QSqlQuery> statements = threadConnectionNames().statements.take(name);
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    statements.clear();
    QMutexLocker locker(&m_mutex);
    m_connectionNames.remove(name);
}

QSqlDatabase Database::open(const QString &connectionName) const
{
    QSqlDatabase db = QSqlDatabase::contains(connectionName)
                          ? QSqlDatabase::database(connectionName, false)
                          : QSqlDatabase::addDatabase(m_dialect->driverName(), connectionName);
    if (m_url.isSqlite()) {
        SqliteLocation::prepare(m_url.filePath(), m_creation);
        db.setDatabaseName(m_url.filePath());
        // Wait for another desk's or tool's write lock instead of failing at once.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setHostName(m_url.host());
        if (m_url.port() > 0)
            db.setPort(m_url.port());
        db.setDatabaseName(m_url.databaseName());
        db.setUserName(m_url.userName());
        if (!m_url.password().isEmpty())
            db.setPassword(m_url.password());
        db.setConnectOptions(postgresConnectOptions(m_url));
    }
    if (!db.open()) {
        const StorageError classified = StorageError::fromSqlError(QString(), db.lastError());
        StorageError::Kind kind = classified.kind();
        if (kind == StorageError::Kind::Query)
            kind = StorageError::Kind::Connection;
        throw StorageError(kind, openFailureMessage(m_url, db.lastError()), classified.nativeCode());
    }
    QStringList foreign;
    try {
        // Before any PRAGMA: switching to WAL would already write to another
        // program's file. Reading the catalogue also proves the file really
        // is a database.
        if (m_url.isSqlite())
            foreign = foreignTables(db);
        if (foreign.isEmpty()) {
            m_dialect->configureConnection(db);
            if (!m_url.isSqlite()) {
                QSqlQuery probe(db);
                if (!probe.exec(QStringLiteral("SELECT 1")))
                    throw StorageError::fromQuery(
                        QCoreApplication::translate("Database", "reading %1").arg(m_url.display()), probe);
            }
        }
    } catch (const StorageError &error) {
        db.close();
        if (error.kind() == StorageError::Kind::NotADatabase)
            throw StorageError(
                error.kind(),
                QCoreApplication::translate("Database", "%1 is not a ReissueDesk database or is corrupt (%2)")
                    .arg(m_url.filePath(), error.message()),
                error.nativeCode());
        throw;
    }
    if (!foreign.isEmpty()) {
        db.close();
        constexpr int shown = 8;
        QString names = foreign.mid(0, shown).join(QStringLiteral(", "));
        if (foreign.size() > shown)
            names += QCoreApplication::translate("Database", " and %1 more").arg(foreign.size() - shown);
        throw StorageError(StorageError::Kind::NotADatabase,
                           QCoreApplication::translate("Database",
                                                       "%1 is not a ReissueDesk database: it has tables %2. "
                                                       "ReissueDesk does not add its tables to another program's "
                                                       "database; choose another file.")
                               .arg(m_url.filePath(), names));
    }
    return db;
}

QString Database::postgresConnectOptions(const DatabaseUrl &url)
{
    // The URL's libpq keywords (TLS: sslmode, sslrootcert, sslcert, sslkey)
    // reach libpq through QPSQL's connect options, after our defaults.
    QString options = QStringLiteral("application_name=reissuedesk");
    if (!url.connectOptions().contains(QLatin1String("connect_timeout=")))
        options += QStringLiteral(";connect_timeout=5");
    if (!url.connectOptions().isEmpty())
        options += QLatin1Char(';') + url.connectOptions();
    return options;
}

} // namespace reissuedesk
