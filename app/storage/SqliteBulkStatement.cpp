#include "storage/SqliteBulkStatement.h"

#include "storage/StorageError.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QStringEncoder>

#include <sqlite3.h>

namespace reissuedesk {
namespace {

// QSqlResultPrivate::isVariantNull, which QSQLITE applies before binding.
bool bindsAsNull(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.metaType().id()) {
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime *>(value.constData())->isValid();
    case QMetaType::QDate:
        return !static_cast<const QDate *>(value.constData())->isValid();
    case QMetaType::QTime:
        return !static_cast<const QTime *>(value.constData())->isValid();
    default:
        return false;
    }
}

} // namespace

sqlite3 *SqliteBulkStatement::handleOf(const QSqlDatabase &db)
{
    if (!db.driver() || db.driverName() != QLatin1String("QSQLITE"))
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteBulkStatement::SqliteBulkStatement(sqlite3 *handle, const QString &statement, const QString &what)
    : m_handle(handle)
    , m_what(what)
{
    const int code = sqlite3_prepare16_v3(handle, statement.utf16(), int(statement.size() * 2),
                                          SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (code != SQLITE_OK)
        fail(code);
}

SqliteBulkStatement::~SqliteBulkStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteBulkStatement::fail(int code) const
{
    // As QSQLITE reports it (extended result codes are on), so that callers
    // see the same kinds and messages on either path.
    Q_UNUSED(code);
    throw StorageError::fromSqlError(m_what, QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_handle)),
                                                       QSqlError::StatementError,
                                                       QString::number(sqlite3_extended_errcode(m_handle))));
}

void SqliteBulkStatement::run(const QList<QVariantList> &rows, qsizetype start, qsizetype count,
                              QList<QVariantList> &returned)
{
    sqlite3_reset(m_statement);
    // All of the batch's text, as UTF-8, in one buffer sized up front: one
    // conversion per value and no allocation per value (a QByteArray each was
    // a tenth of a seed's time); the buffer never moves while values point into it.
    QStringEncoder toUtf8(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    qsizetype textSpace = 0;
    for (qsizetype row = start; row < start + count; ++row) {
        for (const QVariant &value : rows.at(row)) {
            if (value.metaType().id() == QMetaType::QString)
                textSpace += toUtf8.requiredSpace(static_cast<const QString *>(value.constData())->size());
        }
    }
    m_utf8.resize(textSpace);
    char *textEnd = m_utf8.data();
    int position = 1;
    int code = SQLITE_OK;
    for (qsizetype row = start; row < start + count && code == SQLITE_OK; ++row) {
        for (const QVariant &value : rows.at(row)) {
            const int at = position++;
            if (bindsAsNull(value)) {
                code = sqlite3_bind_null(m_statement, at);
                continue;
            }
            switch (value.metaType().id()) {
            case QMetaType::Int:
            case QMetaType::Bool:
                code = sqlite3_bind_int(m_statement, at, value.toInt());
                break;
            case QMetaType::UInt:
            case QMetaType::LongLong:
                code = sqlite3_bind_int64(m_statement, at, value.toLongLong());
                break;
            case QMetaType::Double:
                code = sqlite3_bind_double(m_statement, at, value.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray *bytes = static_cast<const QByteArray *>(value.constData());
                // The rows outlive sqlite3_step: no copy needed.
                code = sqlite3_bind_blob(m_statement, at, bytes->constData(), int(bytes->size()), SQLITE_STATIC);
                break;
            }
            case QMetaType::QString: {
                // UTF-8 here (Qt's converter is vectorised): bound as UTF-16,
                // SQLite would translate every value itself, a tenth of a seed.
                char *const text = textEnd;
                textEnd = toUtf8.appendToBuffer(textEnd, *static_cast<const QString *>(value.constData()));
                code = sqlite3_bind_text(m_statement, at, text, int(textEnd - text), SQLITE_STATIC);
                break;
            }
            case QMetaType::QDateTime: {
                const QString text = value.toDateTime().toString(Qt::ISODateWithMs);
                code = sqlite3_bind_text16(m_statement, at, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
                break;
            }
            default: {
                const QString text = value.toString();
                code = sqlite3_bind_text16(m_statement, at, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
                break;
            }
            }
            if (code != SQLITE_OK)
                break;
        }
    }
    if (code == SQLITE_OK && position - 1 != sqlite3_bind_parameter_count(m_statement))
        throw StorageError(StorageError::Kind::Query, QStringLiteral("%1: %2 values for %3 parameters")
                                                          .arg(m_what)
                                                          .arg(position - 1)
                                                          .arg(sqlite3_bind_parameter_count(m_statement)));
    if (code != SQLITE_OK)
        fail(code);
    const int width = sqlite3_column_count(m_statement);
    while ((code = sqlite3_step(m_statement)) == SQLITE_ROW) {
        QVariantList row;
        row.reserve(width);
        for (int column = 0; column < width; ++column) {
            switch (sqlite3_column_type(m_statement, column)) {
            case SQLITE_INTEGER:
                row.append(qlonglong(sqlite3_column_int64(m_statement, column)));
                break;
            case SQLITE_FLOAT:
                row.append(sqlite3_column_double(m_statement, column));
                break;
            case SQLITE_NULL:
                row.append(QVariant());
                break;
            case SQLITE_BLOB:
                row.append(QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
                                      sqlite3_column_bytes(m_statement, column)));
                break;
            default:
                row.append(QString(reinterpret_cast<const QChar *>(sqlite3_column_text16(m_statement, column)),
                                   sqlite3_column_bytes16(m_statement, column) / 2));
                break;
            }
        }
        returned.append(row);
    }
    if (code != SQLITE_DONE) {
        const int failed = code;
        sqlite3_reset(m_statement);
        fail(failed);
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

} // namespace reissuedesk
