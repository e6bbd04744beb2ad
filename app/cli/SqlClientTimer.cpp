#include "cli/SqlClientTimer.h"

#include "cli/Benchmark.h"
#include "storage/Database.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace reissuedesk::cli {
namespace {

// sqlite3 prints "Run Time: real 0.012 ..." (seconds, whole milliseconds): a
// batch of statements is timed as one unit of about this long...
constexpr double sqliteBatchTargetMs = 25.0;
// ...and a median below this is measured again with a larger batch.
constexpr double sqliteBatchMinimumMs = 10.0;
constexpr int sqliteMaxBatch = 1000;
// Upper bound on the size of one sqlite3 script (statements are repeated in it).
constexpr qsizetype sqliteMaxScriptBytes = 64 * 1024 * 1024;
constexpr int clientTimeoutMs = 30 * 60 * 1000;

QString quoted(const QString &text, QChar quote)
{
    QString result = text;
    result.replace(quote, QString(quote) + quote);
    return quote + result + quote;
}

QString literal(const QVariant &value, bool postgres)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.metaType().id()) {
    case QMetaType::QString:
    case QMetaType::QChar:
        return quoted(value.toString(), QLatin1Char('\''));
    case QMetaType::Bool:
        return postgres ? (value.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE"))
                        : (value.toBool() ? QStringLiteral("1") : QStringLiteral("0"));
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return value.toString();
    case QMetaType::Float:
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QMetaType::QDateTime: {
        const QDateTime time = value.toDateTime();
        if (!postgres)
            return QString::number(time.toMSecsSinceEpoch());
        return QLatin1Char('\'') + time.toUTC().toString(Qt::ISODateWithMs) + QStringLiteral("'::timestamptz");
    }
    case QMetaType::QDate:
        return QLatin1Char('\'') + value.toDate().toString(Qt::ISODate) + QLatin1Char('\'') +
               (postgres ? QStringLiteral("::date") : QString());
    default:
        throw std::invalid_argument(std::string("no SQL literal for a value of type ") + value.metaType().name());
    }
}

QString firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.section(QLatin1Char('\n'), 0, 0).trimmed();
}

// Every match of `pattern`'s first group in `text`, as numbers times `scale`.
QList<double> numbers(const QString &text, const QRegularExpression &pattern, double scale)
{
    QList<double> values;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        values.append(it.next().captured(1).toDouble() * scale);
    return values;
}

QString conninfoValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// libpq connection string for the URL, without the password.
QString conninfo(const DatabaseUrl &url)
{
    QStringList parts;
    QStringList keys;
    auto add = [&](const QString &key, const QString &value) {
        if (value.isEmpty() || keys.contains(key))
            return;
        keys.append(key);
        parts.append(key + QLatin1Char('=') + conninfoValue(value));
    };
    add(QStringLiteral("host"), url.host());
    if (url.port() > 0)
        add(QStringLiteral("port"), QString::number(url.port()));
    add(QStringLiteral("user"), url.userName());
    add(QStringLiteral("dbname"), url.databaseName());
    for (const QString &option : url.connectOptions().split(QLatin1Char(';'), Qt::SkipEmptyParts))
        add(option.section(QLatin1Char('='), 0, 0).trimmed(), option.section(QLatin1Char('='), 1));
    add(QStringLiteral("connect_timeout"), QStringLiteral("5"));
    add(QStringLiteral("application_name"), QStringLiteral("reissuedesk-bench"));
    return parts.join(QLatin1Char(' '));
}

} // namespace

QString SqlClientTimer::libpqConnectionString(const DatabaseUrl &url)
{
    return conninfo(url);
}

SqlClientTimer::SqlClientTimer(const Database &database)
    : m_postgres(!database.url().isSqlite())
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    const DatabaseUrl &url = database.url();
    const QString name = m_postgres ? QStringLiteral("psql") : QStringLiteral("sqlite3");
    m_program = QStandardPaths::findExecutable(name);
    if (m_program.isEmpty()) {
        m_unavailableReason = QStringLiteral("%1 not found in PATH (Debian package %2)")
                                  .arg(name, m_postgres ? QStringLiteral("postgresql-client") : name);
        return;
    }
    // Untranslated messages with a '.' decimal point ("Time: 1.234 ms").
    m_environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    if (m_postgres) {
        m_environment.insert(QStringLiteral("PGCLIENTENCODING"), QStringLiteral("UTF8"));
        // A password given in the URL or typed at the prompt: in the environment only.
        if (!url.password().isEmpty())
            m_environment.insert(QStringLiteral("PGPASSWORD"), url.password());
        m_arguments = {QStringLiteral("-X"),
                       QStringLiteral("-q"),
                       QStringLiteral("-w"),
                       QStringLiteral("-v"),
                       QStringLiteral("ON_ERROR_STOP=1"),
                       QStringLiteral("-d"),
                       conninfo(url)};
    } else {
        m_arguments = {QStringLiteral("-bail"),     QStringLiteral("-batch"),    QStringLiteral("-init"),
                       QStringLiteral("/dev/null"), QStringLiteral("-readonly"), url.filePath()};
    }

    QProcess version;
    version.setProcessEnvironment(m_environment);
    version.start(m_program, {QStringLiteral("--version")});
    if (version.waitForFinished(10000) && version.exitStatus() == QProcess::NormalExit && version.exitCode() == 0) {
        const QString line = firstLine(QString::fromUtf8(version.readAllStandardOutput()));
        m_description = m_postgres ? line : name + QLatin1Char(' ') + line.section(QLatin1Char(' '), 0, 0);
    } else {
        version.kill();
        version.waitForFinished(1000);
        m_description = name;
    }
}

QString SqlClientTimer::inlineValues(const QString &sql, const QVariantList &values, bool postgres)
{
    QString result;
    result.reserve(sql.size() + 16 * values.size());
    QChar quote;
    qsizetype next = 0;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('?')) {
            if (next >= values.size())
                throw std::invalid_argument("the statement has more placeholders than values");
            result += literal(values.at(next++), postgres);
            continue;
        }
        result += c;
    }
    if (next != values.size())
        throw std::invalid_argument("the statement has fewer placeholders than values");
    return result;
}

SqlClientTimer::Result SqlClientTimer::time(const QString &sql, const QVariantList &values, int warmup, int repeat,
                                            double estimateMs) const
{
    if (!isAvailable())
        return {std::nullopt, 1, m_unavailableReason};
    QString statement;
    try {
        statement = inlineValues(sql, values, m_postgres);
    } catch (const std::invalid_argument &error) {
        return {std::nullopt, 1, QString::fromUtf8(error.what())};
    }
    return m_postgres ? timePostgres(statement, warmup, repeat) : timeSqlite(statement, warmup, repeat, estimateMs);
}

SqlClientTimer::Output SqlClientTimer::runClient(const QStringList &arguments, const QString &script) const
{
    Output output;
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/reissuedesk-bench-XXXXXX.sql"));
    if (!file.open()) {
        output.failure = QStringLiteral("cannot write a script for %1: %2").arg(m_program, file.errorString());
        return output;
    }
    file.write(script.toUtf8());
    file.close();

    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setStandardInputFile(file.fileName());
    process.start(m_program, arguments);
    if (!process.waitForStarted()) {
        output.failure = QStringLiteral("cannot run %1: %2").arg(m_program, process.errorString());
        return output;
    }
    if (!process.waitForFinished(clientTimeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        output.failure =
            QStringLiteral("%1 did not finish within %2 minutes").arg(m_program).arg(clientTimeoutMs / 60000);
        return output;
    }
    output.out = QString::fromUtf8(process.readAllStandardOutput());
    const QString errors = firstLine(QString::fromUtf8(process.readAllStandardError()));
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        output.failure = QStringLiteral("%1 failed (exit code %2)%3")
                             .arg(QFileInfo(m_program).fileName())
                             .arg(process.exitCode())
                             .arg(errors.isEmpty() ? QString() : QStringLiteral(": ") + errors);
        return output;
    }
    output.ok = true;
    return output;
}

SqlClientTimer::Result SqlClientTimer::timeSqlite(const QString &statement, int warmup, int repeat,
                                                  double estimateMs) const
{
    static const QRegularExpression runTime(QStringLiteral(R"(^Run Time: real ([0-9]+(?:\.[0-9]+)?))"),
                                            QRegularExpression::MultilineOption);
    const qsizetype statementBytes = statement.toUtf8().size() + 2;
    const int maxBatch =
        int(std::clamp<qsizetype>(sqliteMaxScriptBytes / (statementBytes * std::max(repeat, 1)), 1, sqliteMaxBatch));
    double perStatementMs = std::max(estimateMs, 0.001);
    Result result;
    for (int attempt = 0; attempt < 3; ++attempt) {
        result.batch = int(std::clamp(std::ceil(sqliteBatchTargetMs / perStatementMs), 1.0, double(maxBatch)));
        QString script;
        // Results are formatted and thrown away; the cache as our own connections
        // have it (SqliteDialect::configureConnection).
        script += QStringLiteral(".output /dev/null\nPRAGMA cache_size = -65536;\n");
        for (int i = 0; i < warmup; ++i)
            script += statement + QStringLiteral(";\n");
        script += QStringLiteral(".timer on\n");
        QString line;
        line.reserve(statementBytes * result.batch);
        for (int i = 0; i < result.batch; ++i)
            line += statement + QStringLiteral("; ");
        line += QLatin1Char('\n');
        for (int i = 0; i < repeat; ++i)
            script += line;

        const Output output = runClient(m_arguments, script);
        if (!output.ok) {
            result.failure = output.failure;
            return result;
        }
        const QList<double> batches = numbers(output.out, runTime, 1000.0);
        if (batches.size() != repeat) {
            result.failure = QStringLiteral("sqlite3 printed %1 timings instead of %2").arg(batches.size()).arg(repeat);
            return result;
        }
        const double median = BenchTiming::of(batches).medianMs;
        if (median >= sqliteBatchMinimumMs || result.batch >= maxBatch || attempt == 2) {
            result.medianMs = median / result.batch;
            return result;
        }
        perStatementMs = std::max(median, 0.5) / result.batch;
    }
    return result;
}

SqlClientTimer::Result SqlClientTimer::timePostgres(const QString &statement, int warmup, int repeat) const
{
    static const QRegularExpression timing(QStringLiteral(R"(^Time: ([0-9]+(?:\.[0-9]+)?) ms)"),
                                           QRegularExpression::MultilineOption);
    QString script = QStringLiteral("\\o /dev/null\n");
    for (int i = 0; i < warmup; ++i)
        script += statement + QStringLiteral(";\n");
    script += QStringLiteral("\\timing on\n");
    for (int i = 0; i < repeat; ++i)
        script += statement + QStringLiteral(";\n");
    Result result;
    const Output output = runClient(m_arguments, script);
    if (!output.ok) {
        result.failure = output.failure;
        return result;
    }
    const QList<double> times = numbers(output.out, timing, 1.0);
    if (times.size() != repeat) {
        result.failure = QStringLiteral("psql printed %1 timings instead of %2").arg(times.size()).arg(repeat);
        return result;
    }
    result.medianMs = BenchTiming::of(times).medianMs;
    return result;
}

} // namespace reissuedesk::cli
