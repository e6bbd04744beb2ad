#include "storage/AuditCsvExport.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <stdexcept>

namespace reissuedesk {

AuditCsvExport::AuditCsvExport(const Database &database, qint64 exporterId)
    : m_database(database)
    , m_exporterId(exporterId)
{
}

QString AuditCsvExport::field(const QString &value)
{
    QString text = value;
    // OWASP "CSV injection": a cell starting like a formula is shown as text.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString AuditCsvExport::header()
{
    static const QStringList names{QStringLiteral("id"),
                                   QStringLiteral("occurred_at_utc"),
                                   QStringLiteral("actor"),
                                   QStringLiteral("operator_id"),
                                   QStringLiteral("action"),
                                   QStringLiteral("application_id"),
                                   QStringLiteral("application_number"),
                                   QStringLiteral("document_id"),
                                   QStringLiteral("detail")};
    QStringList fields;
    for (const QString &name : names)
        fields << field(name);
    return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

qint64 AuditCsvExport::write(QIODevice &device, const AuditFilter &filter, std::atomic<qint64> *rowsWritten,
                             const std::atomic<bool> *cancel) const
{
    const auto id = [](qint64 value) { return value > 0 ? QString::number(value) : QString(); };
    auto put = [&device](const QString &text) {
        const QByteArray bytes = text.toUtf8();
        if (device.write(bytes) != bytes.size())
            throw std::runtime_error(
                QCoreApplication::translate("AuditCsvExport", "The export file could not be written: %1")
                    .arg(device.errorString())
                    .toStdString());
    };
    device.write("\xEF\xBB\xBF"); // UTF-8 byte order mark: Excel otherwise guesses a code page
    put(header());
    AuditRepository repository(m_database);
    qint64 written = 0;
    qint64 beforeId = 0;
    for (;;) {
        if (cancel && cancel->load())
            return written;
        const QList<AuditEntry> rows = repository.page(filter, beforeId, PageSize);
        QString chunk;
        for (const AuditEntry &row : rows) {
            const QStringList fields{field(QString::number(row.id)),
                                     field(row.occurredAt.toUTC().toString(Qt::ISODateWithMs)),
                                     field(row.actor),
                                     field(id(row.operatorId)),
                                     field(row.action),
                                     field(id(row.applicationId)),
                                     field(row.applicationNumber),
                                     field(id(row.documentId)),
                                     field(row.detail)};
            chunk += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        }
        put(chunk);
        written += rows.size();
        if (rowsWritten)
            rowsWritten->store(written);
        if (rows.size() < PageSize)
            return written;
        beforeId = rows.last().id;
    }
}

qint64 AuditCsvExport::exportTo(const QString &path, const AuditFilter &filter, std::atomic<qint64> *rowsWritten,
                                const std::atomic<bool> *cancel) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw std::runtime_error(QCoreApplication::translate("AuditCsvExport", "%1 could not be created: %2")
                                     .arg(path, file.errorString())
                                     .toStdString());
    const qint64 rows = write(file, filter, rowsWritten, cancel);
    if (cancel && cancel->load()) {
        file.cancelWriting();
        return 0;
    }
    if (!file.commit())
        throw std::runtime_error(QCoreApplication::translate("AuditCsvExport", "%1 could not be saved: %2")
                                     .arg(path, file.errorString())
                                     .toStdString());

    // Ids and the filter only: the file name may name a person's folder.
    QJsonObject detail{{QStringLiteral("rows"), rows}};
    if (filter.operatorId > 0)
        detail.insert(QStringLiteral("filter_operator_id"), filter.operatorId);
    if (!filter.action.isEmpty())
        detail.insert(QStringLiteral("filter_action"), filter.action);
    if (!filter.applicationNumber.isEmpty())
        detail.insert(QStringLiteral("filter_application_number"), filter.applicationNumber);
    if (filter.from.isValid())
        detail.insert(QStringLiteral("filter_from"), filter.from.toUTC().toString(Qt::ISODate));
    if (filter.until.isValid())
        detail.insert(QStringLiteral("filter_until"), filter.until.toUTC().toString(Qt::ISODate));
    QSqlQuery insert = sql::prepare(
        m_database.connection(),
        QStringLiteral("INSERT INTO audit_log (occurred_at, actor, operator_id, action, detail) VALUES (%1, "
                       "COALESCE((SELECT login FROM operators WHERE id = ?), 'unknown operator'), "
                       "(SELECT id FROM operators WHERE id = ?), 'audit.exported', ?)")
            .arg(m_database.dialect().nowExpression()));
    sql::exec(insert, QCoreApplication::translate("AuditCsvExport", "recording the audit export"),
              {m_exporterId, m_exporterId, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
    return rows;
}

} // namespace reissuedesk
