#pragma once
// A pragmatic e-mail address check for contact addresses on applications: it catches
// the typos operators actually meet (missing '@', "qq,com", stray spaces, a dropped
// TLD) rather than implementing RFC 5322. Quoted local parts, IP-literal domains and
// internationalised (non-ASCII) addresses are rejected; the problem text says so.

#include "core/ValidationResult.h"

#include <QString>

namespace reissuedesk {

class EmailAddress {
public:
    // Valid: ASCII only, at most 254 characters, no white space or control
    // characters, exactly one '@'; a local part of 1–64 characters from the RFC 5322
    // "atext" set plus dots (not leading, trailing or doubled); a domain of at least
    // two dot-separated labels of [A-Za-z0-9-] (1–63 characters, not starting or
    // ending with '-') whose last label is at least two letters. The input is not
    // trimmed: callers trim form input before they validate it.
    static ValidationResult validate(const QString &address);
};

} // namespace reissuedesk
