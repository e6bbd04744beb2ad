#pragma once
// Mainland Chinese mobile numbers (MSISDNs without the country code). Operators copy
// them from calls, chats and scanned forms, so normalize() forgives the usual
// decoration (spaces, dashes, parentheses, +86/0086/86) before validate() looks at
// the digits.

#include "core/ValidationResult.h"

#include <QString>

namespace reissuedesk {

class MobileNumber {
public:
    // Removes white space, dashes and parentheses (ASCII and full-width) and a leading
    // +86, 0086 or 86 when exactly 11 digits follow it. Anything that does not reduce
    // to 11 digits comes back with only the decoration removed, so validate() can name
    // what is wrong with it.
    static QString normalize(const QString &input);

    // Valid: after normalize(), 11 ASCII digits starting with 13–19.
    static ValidationResult validate(const QString &input);
};

} // namespace reissuedesk
