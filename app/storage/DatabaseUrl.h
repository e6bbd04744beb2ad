#pragma once
// Where the shared database is: `sqlite:PATH` (relative or absolute) or a libpq
// URI `postgresql://user@host:port/dbname?sslmode=...`. A password inside a URL is
// accepted (libpq allows it) but kept apart and never shown: display() is what may
// be printed, logged or stored.

#include <QString>

namespace reissuedesk {

class DatabaseUrl {
public:
    enum class Backend { Sqlite, Postgres };

    // Throws StorageError(InvalidUrl) naming what is wrong.
    static DatabaseUrl parse(const QString &text);
    static DatabaseUrl sqliteFile(const QString &path);
    // The embedded default: reissuedesk.sqlite in the user's data folder.
    static DatabaseUrl defaultEmbedded();
    // --db, else $REISSUEDESK_DB, else the embedded default.
    static DatabaseUrl resolve(const QString &fromCommandLine);

    Backend backend() const { return m_backend; }
    bool isSqlite() const { return m_backend == Backend::Sqlite; }

    // SQLite: absolute file path.
    QString filePath() const { return m_filePath; }

    // PostgreSQL parts; empty means "libpq's default / environment".
    QString host() const { return m_host; }
    int port() const { return m_port; } // -1 = default
    QString databaseName() const { return m_databaseName; }
    QString userName() const { return m_userName; }
    QString password() const { return m_password; }
    // libpq keywords from the query string, as "key=value;key=value".
    QString connectOptions() const { return m_connectOptions; }

    DatabaseUrl withPassword(const QString &password) const;

    // Safe to print: never contains the password.
    QString display() const;

private:
    Backend m_backend = Backend::Sqlite;
    QString m_filePath;
    QString m_host;
    int m_port = -1;
    QString m_databaseName;
    QString m_userName;
    QString m_password;
    QString m_connectOptions;
};

} // namespace reissuedesk
