#pragma once
// One line of a carrier's shipment export (docs/SHIPMENTS.md), checked on its
// own before anything is looked up or written: the application number in its
// one spelling, a carrier name of printable text, a tracking number of letters,
// digits and dashes, and a shipped date that is not in the future. Whether the
// application exists, is approved and was approved before that date is the
// importer's business (app/storage/ShipmentImporter).
//
// Every problem is a sentence that quotes the offending value with control
// characters written as escapes, so a hostile file cannot move a terminal's
// cursor through a rejection message.

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace reissuedesk {

// Where the four columns are in the file, from its header row (names in any
// order and any case, extra columns ignored).
struct ShipmentColumns {
    qsizetype applicationNumber = -1;
    qsizetype carrier = -1;
    qsizetype trackingNumber = -1;
    qsizetype shippedDate = -1;

    // nullopt and `problem` set when a column is missing or named twice.
    static std::optional<ShipmentColumns> fromHeader(const QStringList &header, QString *problem);
    // The fields a line needs to have all four columns.
    qsizetype requiredFieldCount() const;
};

struct ShipmentRecord {
    static constexpr int MaxCarrierLength = 64;
    static constexpr int MinTrackingLength = 6;
    static constexpr int MaxTrackingLength = 40;

    QString applicationNumber; // normalized (ApplicationNumber::normalize)
    QString carrier;           // trimmed
    QString trackingNumber;    // trimmed
    QDate shippedDate;
    QStringList problems; // empty: the line is good as far as the file can tell

    bool isValid() const { return problems.isEmpty(); }

    // Checks one line's fields as the columns name them; `today` is the last
    // acceptable shipped date.
    static ShipmentRecord fromFields(const QStringList &fields, const ShipmentColumns &columns, QDate today);

    // "YYYY-MM-DD" or "YYYY/MM/DD", a real calendar day; invalid otherwise.
    static QDate parseDate(const QString &text);
    // A value as a rejection message shows it: in quotes, control and other
    // invisible characters as \uXXXX, cut after 64 characters.
    static QString quoted(const QString &value);
};

} // namespace reissuedesk
