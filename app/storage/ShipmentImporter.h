#pragma once
// Marks applications shipped from a carrier's CSV export (docs/SHIPMENTS.md).
//
// The whole file is read and every line checked on its own first (CsvReader,
// ShipmentRecord; a line repeated in the file is settled against its first
// occurrence), so a file that cannot be read as a whole (no header, too many
// rows) writes nothing. Then each good line is one transaction: the
// application row locked, its state checked again there (approved, with a
// shipment in 'preparing', approved no later than the shipped date), the
// shipment and application marked shipped, the customer's "shipped" SMS and
// e-mail queued and the audit row written. A line is all or nothing, and one
// bad line never stops the others.
//
// Idempotent: a line whose application already shipped with the same carrier
// and tracking number is "already recorded"; the messages' idempotency keys
// come from the shipment (shipment:<id>:sms / :email), so a repeat can never
// queue a message twice.
//
// On PostgreSQL it runs as the schema owner (or a superuser), like migrate:
// the review rules of migration 0008 leave those sessions alone. Any other
// login is refused with a sentence before the file is read (run() throws).

#include <QDate>
#include <QIODevice>
#include <QString>
#include <functional>

namespace reissuedesk {

class Database;

struct ShipmentLineOutcome {
    enum class Kind { Shipped, AlreadyRecorded, Rejected };
    qint64 line = 0; // physical line where the record starts
    Kind kind = Kind::Rejected;
    QString applicationNumber;
    QString message; // Rejected: why, one or more sentences joined by "; "
};

struct ShipmentImportSummary {
    qint64 read = 0; // data lines (header and blank lines not counted)
    qint64 shipped = 0;
    qint64 alreadyRecorded = 0;
    qint64 rejected = 0;
    // The file as a whole was refused (unreadable, no header, too many rows):
    // nothing was written.
    QString fileProblem;

    bool allGood() const { return fileProblem.isEmpty() && rejected == 0; }
};

class ShipmentImporter {
public:
    using Report = std::function<void(const ShipmentLineOutcome &)>;

    static constexpr qint64 MaxRows = 100000;

    explicit ShipmentImporter(const Database &database, QString actor = QStringLiteral("import-shipments"));

    // Checks everything and reports what would happen, writing nothing.
    void setDryRun(bool dryRun) { m_dryRun = dryRun; }
    // The last shipped date accepted and the day approvals are compared in
    // (default: today, local time).
    void setToday(QDate today) { m_today = today; }
    void setMaxRows(qint64 rows) { m_maxRows = rows; }

    // Outcomes are reported in line order. Throws StorageError when the
    // database fails (lines before it stay applied, each whole); summary()
    // then says how far it got.
    ShipmentImportSummary run(QIODevice &input, const Report &report);
    const ShipmentImportSummary &summary() const { return m_summary; }

private:
    const Database &m_database;
    QString m_actor;
    bool m_dryRun = false;
    QDate m_today;
    qint64 m_maxRows = MaxRows;
    ShipmentImportSummary m_summary;
};

} // namespace reissuedesk
