#pragma once
// How long an SMS is as the carrier counts it, and how many parts it is sent
// in. A text made only of GSM 03.38 default-alphabet characters goes as GSM-7
// (160 septets in one part, 153 per part once it is split, because each part
// then carries a 7-septet concatenation header); the extension characters
// (^ { } [ ] ~ | \ €) take two septets each. Anything else, Chinese included,
// goes as UCS-2: 70 UTF-16 units in one part, 67 per part once split.
// Operators see this count before sending, so a message that costs the
// customer (and us) several parts is never a surprise.

#include <QString>

namespace reissuedesk {

struct SmsLength {
    enum class Encoding { Gsm7, Ucs2 };

    Encoding encoding = Encoding::Gsm7;
    int units = 0; // septets (GSM-7) or UTF-16 units (UCS-2)
    int parts = 1; // an empty message still goes as one part

    static constexpr int Gsm7SinglePart = 160;
    static constexpr int Gsm7PerPart = 153;
    static constexpr int Ucs2SinglePart = 70;
    static constexpr int Ucs2PerPart = 67;

    static SmsLength of(const QString &text);

    // Septets a character takes in GSM-7: 1 (basic table), 2 (extension table),
    // 0 when GSM-7 cannot carry it.
    static int gsm7Septets(QChar character);
};

} // namespace reissuedesk
