#pragma once
// ICCIDs (ITU-T E.118 SIM serial numbers) as printed on the card carrier: 19 or 20
// digits starting with the telecom industry identifier 89, the last digit a Luhn
// check digit over the others. The check digit catches every single-digit typo and
// every swap of two adjacent digits except 09 <-> 90.

#include "core/ValidationResult.h"

#include <QChar>
#include <QString>
#include <QStringView>

namespace reissuedesk {

class Iccid {
public:
    // The Luhn check digit ('0'–'9') to append to the given digits. Returns a null
    // QChar when the input is empty or contains anything but ASCII digits.
    static QChar luhnCheckDigit(QStringView digitsWithoutCheck);

    // Valid: after normalize(), 19 or 20 ASCII digits, starting with 89, ending in
    // the Luhn check digit of the digits before it.
    static ValidationResult validate(const QString &input);

    // Removes white space: carriers print the number in groups of four or five.
    static QString normalize(const QString &input);
};

} // namespace reissuedesk
