#include "core/ResidentIdNumber.h"

#include <array>

namespace reissuedesk {
namespace {

constexpr qsizetype Length = 18;
constexpr std::array<int, 17> Weights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char16_t CheckCharacters[] = u"10X98765432";
constexpr int EarliestBirthYear = 1900;

// Province-level codes of GB/T 2260: the 31 mainland provinces, regions and
// municipalities, then 71 (Taiwan), 81 (Hong Kong), 82 (Macao) and 91.
bool isProvinceCode(int code) {
    return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37) ||
           (code >= 41 && code <= 46) || (code >= 50 && code <= 54) || (code >= 61 && code <= 65) ||
           code == 71 || code == 81 || code == 82 || code == 91;
}

bool isAsciiDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

bool isAsciiDigits(QStringView s) {
    for (QChar c : s) {
        if (!isAsciiDigit(c))
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

// Characters 7–14 as a date, or an invalid QDate. The caller has checked they are
// digits.
QDate encodedDate(QStringView number) {
    return QDate(digitsValue(number.sliced(6, 4)), digitsValue(number.sliced(10, 2)),
                 digitsValue(number.sliced(12, 2)));
}

// Number of code points, so that a stray supplementary-plane character counts once in
// "has N characters".
qsizetype codePointCount(QStringView s) {
    qsizetype count = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!(s.at(i).isLowSurrogate() && i > 0 && s.at(i - 1).isHighSurrogate()))
            ++count;
    }
    return count;
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

QChar ResidentIdNumber::checkCharacter(QStringView first17) {
    if (first17.size() != 17 || !isAsciiDigits(first17))
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - u'0') * Weights[std::size_t(i)];
    return QChar(CheckCharacters[sum % 11]);
}

QString ResidentIdNumber::normalize(const QString &number) {
    QString normalized = number.trimmed();
    if (normalized.endsWith(u'x'))
        normalized.back() = u'X';
    return normalized;
}

QString ResidentIdNumber::withCheckCharacter(QStringView first17) {
    const QChar check = checkCharacter(first17);
    if (check.isNull())
        return {};
    return first17.toString() + check;
}

std::optional<QDate> ResidentIdNumber::birthDate(const QString &number) {
    const QString normalized = normalize(number);
    if (normalized.size() != Length || !isAsciiDigits(QStringView(normalized).sliced(6, 8)))
        return std::nullopt;
    const QDate date = encodedDate(normalized);
    if (!date.isValid() || date.year() < EarliestBirthYear)
        return std::nullopt;
    return date;
}

ValidationResult ResidentIdNumber::validate(const QString &number, QDate today) {
    const QString id = normalize(number);
    if (id.isEmpty())
        return ValidationResult::fail(QStringLiteral("ID number is empty"));
    // Counted in code points; once that is 18, the checks below find any character
    // that takes two UTF-16 units, since a digit never does.
    if (const qsizetype length = codePointCount(id); length != Length)
        return ValidationResult::fail(
            QStringLiteral("ID number must have 18 characters, has %1").arg(length));

    for (qsizetype i = 0; i < Length - 1; ++i) {
        if (!isAsciiDigit(id.at(i)))
            return ValidationResult::fail(QStringLiteral("ID number must have only digits in its first 17 "
                                                         "characters, has ") +
                                          describeCharacterAt(id, i) +
                                          QStringLiteral(" at position %1").arg(i + 1));
    }
    const QChar last = id.at(Length - 1);
    if (!isAsciiDigit(last) && last != u'X')
        return ValidationResult::fail(QStringLiteral("ID number must end in a digit or X, not ") +
                                      describeCharacterAt(id, Length - 1));

    const QStringView province = QStringView(id).first(2);
    if (!isProvinceCode(digitsValue(province)))
        return ValidationResult::fail(QStringLiteral("ID number starts with ") + province.toString() +
                                      QStringLiteral(", which is not a province code"));

    const QString dateText = id.mid(6, 8);
    const QDate birth = encodedDate(id);
    if (!birth.isValid())
        return ValidationResult::fail(QStringLiteral("ID number birth date ") + dateText +
                                      QStringLiteral(" is not a date"));
    if (birth.year() < EarliestBirthYear)
        return ValidationResult::fail(QStringLiteral("ID number birth date ") + dateText +
                                      QStringLiteral(" is before 1900"));
    if (birth > today)
        return ValidationResult::fail(QStringLiteral("ID number birth date ") + dateText +
                                      QStringLiteral(" is in the future"));

    const QChar expected = checkCharacter(QStringView(id).first(17));
    if (last != expected)
        return ValidationResult::fail(
            QStringLiteral("ID number check character is %1, expected %2").arg(last).arg(expected));
    return ValidationResult::ok();
}

} // namespace reissuedesk
