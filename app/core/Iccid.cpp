#include "core/Iccid.h"

namespace reissuedesk {
namespace {

bool isAsciiDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

// The character at index i, both halves of a surrogate pair, or a U+ escape when it
// would not print.
QString describeCharacterAt(QStringView s, qsizetype i) {
    char32_t cp = s.at(i).unicode();
    qsizetype length = 1;
    if (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
        cp = QChar::surrogateToUcs4(s.at(i), s.at(i + 1));
        length = 2;
    }
    if (QChar::isPrint(cp) && !QChar::isSpace(cp))
        return u'\'' + s.mid(i, length).toString() + u'\'';
    return QStringLiteral("U+%1").arg(quint32(cp), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

QChar Iccid::luhnCheckDigit(QStringView digitsWithoutCheck) {
    if (digitsWithoutCheck.isEmpty())
        return {};
    // Walking from the right, the digit next to the (future) check digit is doubled,
    // then every second one after it.
    int sum = 0;
    bool doubled = true;
    for (qsizetype i = digitsWithoutCheck.size() - 1; i >= 0; --i) {
        const QChar c = digitsWithoutCheck.at(i);
        if (!isAsciiDigit(c))
            return {};
        int digit = c.unicode() - u'0';
        if (doubled) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
        doubled = !doubled;
    }
    return QChar(char16_t(u'0' + (10 - sum % 10) % 10));
}

QString Iccid::normalize(const QString &input) {
    QString digits;
    digits.reserve(input.size());
    for (QChar c : input) {
        if (!c.isSpace())
            digits.append(c);
    }
    return digits;
}

ValidationResult Iccid::validate(const QString &input) {
    const QString number = normalize(input);
    if (number.isEmpty())
        return ValidationResult::fail(QStringLiteral("ICCID is empty"));
    for (qsizetype i = 0; i < number.size(); ++i) {
        if (!isAsciiDigit(number.at(i)))
            return ValidationResult::fail(QStringLiteral("ICCID contains a non-digit character ") +
                                          describeCharacterAt(number, i));
    }
    if (number.size() != 19 && number.size() != 20)
        return ValidationResult::fail(
            QStringLiteral("ICCID must have 19 or 20 digits, has %1").arg(number.size()));
    if (!number.startsWith(QLatin1String("89")))
        return ValidationResult::fail(
            QStringLiteral("ICCID must start with 89 (telecom industry identifier)"));

    const QChar expected = luhnCheckDigit(QStringView(number).chopped(1));
    if (number.back() != expected)
        return ValidationResult::fail(
            QStringLiteral("ICCID check digit is %1, expected %2").arg(number.back()).arg(expected));
    return ValidationResult::ok();
}

} // namespace reissuedesk
