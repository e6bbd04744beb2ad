#include "core/MobileNumber.h"

namespace reissuedesk {
namespace {

bool isDecoration(QChar c) {
    if (c.isSpace())
        return true;
    switch (c.unicode()) {
    case u'-':
    case u'(':
    case u')':
    case u'\u2010': // hyphen
    case u'\u2011': // non-breaking hyphen
    case u'\u2012': // figure dash
    case u'\u2013': // en dash
    case u'\u2014': // em dash
    case u'\uFF0D': // full-width hyphen-minus, typed by Chinese input methods
    case u'\uFF08': // full-width parentheses, likewise
    case u'\uFF09':
        return true;
    default:
        return false;
    }
}

bool isAsciiDigits(QStringView s) {
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// The character at index i, both halves of a surrogate pair, or a U+ escape when it
// would not print (a quoted tab or newline in an error message would be invisible).
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

QString MobileNumber::normalize(const QString &input) {
    QString stripped;
    stripped.reserve(input.size());
    for (QChar c : input) {
        if (!isDecoration(c))
            stripped.append(c);
    }

    // The country code is only dropped when a whole mobile number follows it: "86"
    // on its own could equally be the start of some other, mistyped number.
    for (QLatin1String prefix : {QLatin1String("+86"), QLatin1String("0086"), QLatin1String("86")}) {
        if (stripped.size() == prefix.size() + 11 && stripped.startsWith(prefix) &&
            isAsciiDigits(QStringView(stripped).mid(prefix.size())))
            return stripped.mid(prefix.size());
    }
    return stripped;
}

ValidationResult MobileNumber::validate(const QString &input) {
    const QString number = normalize(input);
    if (number.isEmpty())
        return ValidationResult::fail(QStringLiteral("phone number is empty"));

    for (qsizetype i = 0; i < number.size(); ++i) {
        if (number.at(i) < u'0' || number.at(i) > u'9')
            return ValidationResult::fail(QStringLiteral("phone number contains a non-digit character ") +
                                          describeCharacterAt(number, i));
    }
    if (number.size() != 11)
        return ValidationResult::fail(
            QStringLiteral("phone number must have 11 digits, has %1").arg(number.size()));
    // 10x, 11x and 12x are not allocated to mobile networks in mainland China.
    if (number.at(0) != u'1' || number.at(1) < u'3')
        return ValidationResult::fail(QStringLiteral("phone number must start with 13–19"));
    return ValidationResult::ok();
}

} // namespace reissuedesk
