#pragma once
// Brings a database to the schema this program was built with. Migrations are
// numbered SQL scripts in resources (:/migrations/<dialect>/NNNN_name.sql); each
// runs in its own transaction together with its row in schema_migrations, so a
// failure leaves the database at the previous version. A database that is newer
// than the program, or whose applied scripts were edited afterwards, is refused.

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace reissuedesk {

class Database;
class SqlDialect;

struct Migration {
    int version = 0;
    QString name;
    QString script;
    QString checksum; // sha256 hex of the script
};

class Migrator {
public:
    explicit Migrator(const Database &database);

    static QList<Migration> shipped(const SqlDialect &dialect);

    int latestVersion() const;
    // 0 for an empty database.
    int currentVersion() const;

    struct Outcome {
        int fromVersion = 0;
        int toVersion = 0;
        QStringList applied; // "0001_initial", ...
        // Indexes an interrupted bulk load had left dropped, built again
        // (DeferredIndexes): "up to date" is only said of a whole schema.
        QStringList rebuiltIndexes;
    };
    // Throws StorageError: SchemaTooNew, SchemaTampered, or the failing
    // statement. `log` hears about indexes being rebuilt (they can take minutes).
    Outcome migrate(const std::function<void(const QString &)> &log = {});

    // Throws unless the schema is exactly the latest: for programs that must not
    // write to an older or newer schema.
    void requireCurrent() const;

private:
    void verifyApplied() const;

    const Database &m_database;
    QList<Migration> m_migrations;
};

} // namespace reissuedesk
