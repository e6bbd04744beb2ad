#include "core/ShipmentRecord.h"

#include "core/ApplicationNumber.h"
#include "core/PrintableText.h"

#include <QRegularExpression>
#include <algorithm>

namespace reissuedesk {
namespace {

const QString applicationNumberColumn = QStringLiteral("application_number");
const QString carrierColumn = QStringLiteral("carrier");
const QString trackingNumberColumn = QStringLiteral("tracking_number");
const QString shippedDateColumn = QStringLiteral("shipped_date");

// Characters nobody types into a carrier's name: what PrintableText would
// escape (controls, U+FEFF and bidi overrides, surrogates, private use, …).
bool isPrintable(char32_t codePoint)
{
    return PrintableText::isShown(codePoint);
}

// A lone surrogate cannot come from valid UTF-8, but a QString may hold one.
bool allPrintable(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            if (!isPrintable(QChar::surrogateToUcs4(c, text.at(i + 1))))
                return false;
            ++i;
            continue;
        }
        if (c.isSurrogate() || !isPrintable(c.unicode()))
            return false;
    }
    return true;
}

qsizetype codePointCount(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

} // namespace

std::optional<ShipmentColumns> ShipmentColumns::fromHeader(const QStringList &header, QString *problem)
{
    ShipmentColumns columns;
    const std::pair<const QString *, qsizetype *> wanted[] = {
        {&applicationNumberColumn, &columns.applicationNumber},
        {&carrierColumn, &columns.carrier},
        {&trackingNumberColumn, &columns.trackingNumber},
        {&shippedDateColumn, &columns.shippedDate},
    };
    QStringList missing;
    for (const auto &[name, index] : wanted) {
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (header.at(i).trimmed().compare(*name, Qt::CaseInsensitive) != 0)
                continue;
            if (*index >= 0) {
                if (problem)
                    *problem = QStringLiteral("the header names the column %1 twice").arg(*name);
                return std::nullopt;
            }
            *index = i;
        }
        if (*index < 0)
            missing.append(*name);
    }
    if (!missing.isEmpty()) {
        if (problem)
            *problem =
                QStringLiteral("the header row does not name the column%1 %2 (it must name "
                               "application_number, carrier, tracking_number and shipped_date)")
                    .arg(missing.size() > 1 ? QStringLiteral("s") : QString(), missing.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return columns;
}

qsizetype ShipmentColumns::requiredFieldCount() const
{
    return std::max({applicationNumber, carrier, trackingNumber, shippedDate}) + 1;
}

QDate ShipmentRecord::parseDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{4})([-/])([0-9]{2})\\2([0-9]{2})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(1).toInt(), match.captured(3).toInt(), match.captured(4).toInt());
}

QString ShipmentRecord::quoted(const QString &value)
{
    constexpr qsizetype shown = 64;
    QString out = QStringLiteral("\"");
    for (qsizetype i = 0; i < value.size() && i < shown; ++i) {
        const QChar c = value.at(i);
        const bool pair = c.isHighSurrogate() && i + 1 < value.size() && value.at(i + 1).isLowSurrogate();
        if (pair && isPrintable(QChar::surrogateToUcs4(c, value.at(i + 1)))) {
            out.append(c).append(value.at(i + 1));
            ++i;
        } else if (!c.isSurrogate() && isPrintable(c.unicode())) {
            out.append(c);
        } else {
            out.append(QStringLiteral("\\u") +
                       QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0')).toUpper());
        }
    }
    if (value.size() > shown)
        out.append(QStringLiteral("…"));
    return out.append(QLatin1Char('"'));
}

ShipmentRecord ShipmentRecord::fromFields(const QStringList &fields, const ShipmentColumns &columns, QDate today)
{
    ShipmentRecord record;
    if (fields.size() < columns.requiredFieldCount()) {
        record.problems.append(QStringLiteral("the line has %1 field%2; the header needs at least %3")
                                   .arg(fields.size())
                                   .arg(fields.size() == 1 ? QString() : QStringLiteral("s"))
                                   .arg(columns.requiredFieldCount()));
        return record;
    }
    const QString number = fields.at(columns.applicationNumber).trimmed();
    record.applicationNumber = ApplicationNumber::normalize(number);
    if (number.isEmpty())
        record.problems.append(QStringLiteral("the application number is missing"));
    else if (!ApplicationNumber::isWellFormed(record.applicationNumber))
        record.problems.append(
            QStringLiteral("%1 is not an application number (like BK20261124-000123)").arg(quoted(number)));

    record.carrier = fields.at(columns.carrier).trimmed();
    if (record.carrier.isEmpty())
        record.problems.append(QStringLiteral("the carrier is missing"));
    else if (!allPrintable(record.carrier))
        record.problems.append(
            QStringLiteral("the carrier %1 contains control or invisible characters").arg(quoted(record.carrier)));
    else if (codePointCount(record.carrier) > MaxCarrierLength)
        record.problems.append(QStringLiteral("the carrier is longer than %1 characters").arg(MaxCarrierLength));

    record.trackingNumber = fields.at(columns.trackingNumber).trimmed();
    static const QRegularExpression tracking(QStringLiteral("^[A-Za-z0-9-]*$"));
    if (record.trackingNumber.isEmpty())
        record.problems.append(QStringLiteral("the tracking number is missing"));
    else if (record.trackingNumber.size() < MinTrackingLength || record.trackingNumber.size() > MaxTrackingLength ||
             !tracking.match(record.trackingNumber).hasMatch())
        record.problems.append(QStringLiteral("the tracking number %1 is not %2 to %3 letters, digits or dashes")
                                   .arg(quoted(record.trackingNumber))
                                   .arg(MinTrackingLength)
                                   .arg(MaxTrackingLength));

    const QString date = fields.at(columns.shippedDate).trimmed();
    record.shippedDate = parseDate(date);
    if (date.isEmpty())
        record.problems.append(QStringLiteral("the shipped date is missing"));
    else if (!record.shippedDate.isValid())
        record.problems.append(
            QStringLiteral("the shipped date %1 is not a date as YYYY-MM-DD or YYYY/MM/DD").arg(quoted(date)));
    else if (record.shippedDate > today)
        record.problems.append(
            QStringLiteral("the shipped date %1 is in the future").arg(record.shippedDate.toString(Qt::ISODate)));
    return record;
}

} // namespace reissuedesk
