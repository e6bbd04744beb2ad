#include "core/ApplicationNumber.h"

#include <QStringView>

namespace reissuedesk {
namespace {

constexpr QLatin1String Prefix("BK");
constexpr qsizetype DateLength = 8;             // yyyyMMdd
constexpr qsizetype DashIndex = 2 + DateLength; // "BK" + date
constexpr qsizetype SequenceIndex = DashIndex + 1;
constexpr qsizetype MinSequenceDigits = 6;
constexpr qsizetype MaxSequenceDigits = 19; // qint64 has up to 19 digits

bool isAsciiDigits(QStringView s) {
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

int digitsValue(QStringView digits) {
    int value = 0;
    for (QChar c : digits)
        value = value * 10 + (c.unicode() - u'0');
    return value;
}

// The day written as 8 digits, or an invalid QDate. The caller has checked the digits.
QDate dayFromDigits(QStringView digits) {
    return QDate(digitsValue(digits.first(4)), digitsValue(digits.sliced(4, 2)),
                 digitsValue(digits.sliced(6, 2)));
}

// Whether some valid day is written with these leading digits (at most 8).
bool isDayPrefix(QStringView digits) {
    // Any start of a year can be completed to one from 1 to 9999 (even "000" to
    // "0001"), and every such year has a valid day in every month.
    if (digits.size() < 4)
        return true;
    const int year = digitsValue(digits.first(4));
    if (year == 0)
        return false;
    if (digits.size() == 4)
        return true;
    if (digits.size() == 5)
        return digits.at(4) == u'0' || digits.at(4) == u'1';
    const int month = digitsValue(digits.sliced(4, 2));
    if (month < 1 || month > 12)
        return false;
    if (digits.size() == 6)
        return true;
    if (digits.size() == 7) {
        const int tens = digitsValue(digits.sliced(6, 1));
        for (int units = 0; units <= 9; ++units) {
            if (QDate(year, month, tens * 10 + units).isValid())
                return true;
        }
        return false;
    }
    return dayFromDigits(digits).isValid();
}

// Whether these sequence digits (without the dash) are the beginning of a sequence
// spelled the way format() spells it.
bool isSequencePrefix(QStringView digits) {
    if (digits.size() > MaxSequenceDigits)
        return false;
    // Zero padding stops at 6 digits: a seventh digit after a leading zero can never
    // lead to a well-formed number.
    if (digits.size() > MinSequenceDigits && digits.startsWith(u'0'))
        return false;
    if (digits.size() == MaxSequenceDigits) {
        bool fits = false;
        const qint64 sequence = digits.toLongLong(&fits);
        return fits && sequence >= 0;
    }
    return true;
}

} // namespace

QString ApplicationNumber::format(QDate day, qint64 sequence) {
    if (!day.isValid() || day.year() < 1 || day.year() > 9999 || sequence < 0)
        return {};
    return Prefix + QString::number(day.year()).rightJustified(4, u'0') +
           QString::number(day.month()).rightJustified(2, u'0') +
           QString::number(day.day()).rightJustified(2, u'0') + u'-' +
           QString::number(sequence).rightJustified(MinSequenceDigits, u'0');
}

std::optional<ApplicationNumber::Parts> ApplicationNumber::parse(const QString &number) {
    const QStringView n(number);
    if (n.size() < SequenceIndex + MinSequenceDigits || !n.startsWith(Prefix) || n.at(DashIndex) != u'-')
        return std::nullopt;
    const QStringView dayDigits = n.sliced(2, DateLength);
    const QStringView sequenceDigits = n.sliced(SequenceIndex);
    if (!isAsciiDigits(dayDigits) || !isAsciiDigits(sequenceDigits))
        return std::nullopt;
    if (sequenceDigits.size() > MinSequenceDigits && sequenceDigits.startsWith(u'0'))
        return std::nullopt; // over-padded: not the one spelling of this number
    if (sequenceDigits.size() > MaxSequenceDigits)
        return std::nullopt;

    const QDate day = dayFromDigits(dayDigits);
    if (!day.isValid())
        return std::nullopt;
    bool fits = false;
    const qint64 sequence = sequenceDigits.toLongLong(&fits);
    if (!fits)
        return std::nullopt;
    return Parts{day, sequence};
}

bool ApplicationNumber::isWellFormed(const QString &number) {
    return parse(number).has_value();
}

QString ApplicationNumber::normalize(const QString &input) {
    QString normalized = input.trimmed().toUpper();
    // Put the dash back only when everything after "BK" is digits and some of them
    // belong to the sequence; anything else is left for the caller to reject.
    if (normalized.size() > DashIndex && normalized.startsWith(Prefix) &&
        isAsciiDigits(QStringView(normalized).sliced(2)))
        normalized.insert(DashIndex, u'-');
    return normalized;
}

bool ApplicationNumber::looksLikePrefix(const QString &input) {
    const QString n = normalize(input);
    if (n.size() < Prefix.size() || !n.startsWith(Prefix))
        return false;

    const QStringView dayDigits = QStringView(n).sliced(2, qMin(n.size() - 2, DateLength));
    if (!isAsciiDigits(dayDigits) || !isDayPrefix(dayDigits))
        return false;
    if (n.size() <= DashIndex)
        return true;
    if (n.at(DashIndex) != u'-')
        return false;
    const QStringView sequenceDigits = QStringView(n).sliced(SequenceIndex);
    return isAsciiDigits(sequenceDigits) && isSequencePrefix(sequenceDigits);
}

} // namespace reissuedesk
