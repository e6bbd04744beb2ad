#include "cli/SeedDemoCommand.h"

#include "demo/DemoSeeder.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>

namespace reissuedesk::cli {
namespace {

QString defaultDocumentsDir(const Database &database)
{
    // Beside the embedded database file; for a shared server, in the user's data
    // folder (pass --documents-dir to put them on the document store instead).
    if (database.url().isSqlite())
        return QFileInfo(database.url().filePath()).absolutePath() + QStringLiteral("/documents");
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/documents");
}

} // namespace

void SeedDemoCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("count"), tr("How many applications to add (default 1000)."), QStringLiteral("N"),
                      QStringLiteral("1000")});
    parser.addOption({QStringLiteral("seed"), tr("Random seed; the same seed gives the same data."),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("documents-dir"),
                      tr("Document root for the generated files (default: 'documents' beside an "
                         "SQLite database)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("no-documents"), tr("Create no document files or rows.")});
    parser.addOption({QStringLiteral("now"),
                      tr("Anchor time (ISO 8601) for submission times; default: the current time."),
                      QStringLiteral("TIME")});
}

int SeedDemoCommand::run(const QCommandLineParser &parser, const CommandOutput &out)
{
    demo::SeedOptions options;
    bool ok = false;
    options.count = parser.value(QStringLiteral("count")).toLongLong(&ok);
    if (!ok || options.count < 0 || options.count > 100'000'000) {
        out.error(tr("--count must be a whole number from 0 to 100000000, not \"%1\"")
                      .arg(parser.value(QStringLiteral("count"))));
        return 2;
    }
    options.seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok) {
        out.error(tr("--seed must be a whole number from 0 to 4294967295"));
        return 2;
    }
    if (parser.isSet(QStringLiteral("now"))) {
        options.now = QDateTime::fromString(parser.value(QStringLiteral("now")), Qt::ISODate);
        if (!options.now.isValid()) {
            out.error(tr("--now must be an ISO 8601 time such as 2026-11-24T10:00:00Z"));
            return 2;
        }
    }
    options.withDocuments = !parser.isSet(QStringLiteral("no-documents"));
    // Without documents, rows are cheap: bigger transactions mean fewer WAL syncs.
    options.chunkSize = options.withDocuments ? 200 : 20000;
    // One transaction per chunk: on a million rows, 100,000-row transactions
    // measured slower (152 s against 118 s, idle machine, docs/BENCHMARKS.md).
    options.transactionRows = 0;

    const auto database = openCurrentDatabase(parser, out);
    options.documentsDir = parser.isSet(QStringLiteral("documents-dir")) ? parser.value(QStringLiteral("documents-dir"))
                                                                         : defaultDocumentsDir(*database);
    QElapsedTimer timer;
    timer.start();
    const demo::SeedResult result = demo::DemoSeeder(*database).seed(options, [&out](qint64 done, qint64 total) {
        out.progress(tr("seeding: %1 / %2 applications").arg(done).arg(total));
    });
    out.progress(QString());
    const double seconds = double(timer.elapsed()) / 1000.0;
    out.record({{QStringLiteral("applications"), result.applications},
                {QStringLiteral("documents"), result.documentFiles},
                {QStringLiteral("document_bytes"), result.documentBytes},
                {QStringLiteral("decisions"), result.decisions},
                {QStringLiteral("documents_dir"), result.runFolder},
                {QStringLiteral("seconds"), seconds}},
               tr("added %1 applications (%2 decided) and %3 document files (%4 MB%5) in %6 s")
                   .arg(result.applications)
                   .arg(result.decisions)
                   .arg(result.documentFiles)
                   .arg(double(result.documentBytes) / 1e6, 0, 'f', 1)
                   .arg(result.runFolder.isEmpty() ? QString() : tr(" under ") + result.runFolder)
                   .arg(seconds, 0, 'f', 1));
    return 0;
}

} // namespace reissuedesk::cli
