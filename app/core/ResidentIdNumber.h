#pragma once
// The 18-character resident identity number of the People's Republic of China
// (GB 11643-1999): a 6-digit region code, the 8-digit birth date YYYYMMDD, a
// 3-digit sequence (odd for men, even for women) and a check character, a digit or
// X, computed as ISO 7064 MOD 11-2 over the first 17 digits. Only the province part
// of the region code is checked: county codes change too often to keep a table.
// The first-generation 15-digit numbers expired in 2013 and are rejected.

#include "core/ValidationResult.h"

#include <QChar>
#include <QDate>
#include <QString>
#include <QStringView>
#include <optional>

namespace reissuedesk {

class ResidentIdNumber {
public:
    // The check character ('0'–'9' or 'X') for the first 17 characters of a number.
    // Returns a null QChar unless the input is exactly 17 ASCII digits.
    static QChar checkCharacter(QStringView first17);

    // Valid: after normalize(), 18 characters, 17 ASCII digits and then a digit or X;
    // a known province code; a birth date from 1900 onwards that exists and is not
    // after `today`; the right check character.
    static ValidationResult validate(const QString &number, QDate today = QDate::currentDate());

    // The birth date the number encodes, when it is 18 characters long and characters
    // 7–14 form a real date from 1900 onwards. Nothing else is checked, so a number
    // with a mistyped check character still yields its birth date.
    static std::optional<QDate> birthDate(const QString &number);

    // Trims white space and upper-cases a trailing x (people type it in lower case).
    static QString normalize(const QString &number);

    // first17 followed by its check character; an empty string unless first17 is
    // exactly 17 ASCII digits.
    static QString withCheckCharacter(QStringView first17);
};

} // namespace reissuedesk
