#pragma once
// The answer of every validator in core/: valid, or invalid with a short English
// sentence naming what is wrong (shown to operators and printed by the CLI).

#include <QString>

namespace reissuedesk {

struct ValidationResult {
    bool valid = false;
    QString problem; // empty when valid

    static ValidationResult ok() { return {true, {}}; }
    static ValidationResult fail(const QString &why) { return {false, why}; }
    explicit operator bool() const { return valid; }
};

} // namespace reissuedesk
