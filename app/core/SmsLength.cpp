#include "core/SmsLength.h"

namespace reissuedesk {
namespace {

// The GSM 03.38 default alphabet, in table order (0x00–0x7F; 0x1B, the escape
// to the extension table, left out).
const QString &basicTable()
{
    static const QString table = QString::fromUtf8("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                                                   "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");
    return table;
}

const QString &extensionTable()
{
    static const QString table = QString::fromUtf8("\f^{}\\[~]|€");
    return table;
}

int partsFor(int units, int singlePart, int perPart)
{
    if (units <= singlePart)
        return 1;
    return (units + perPart - 1) / perPart;
}

} // namespace

int SmsLength::gsm7Septets(QChar character)
{
    if (basicTable().contains(character))
        return 1;
    if (extensionTable().contains(character))
        return 2;
    return 0;
}

SmsLength SmsLength::of(const QString &text)
{
    SmsLength length;
    int septets = 0;
    for (const QChar character : text) {
        const int size = gsm7Septets(character);
        if (size == 0) {
            length.encoding = Encoding::Ucs2;
            length.units = int(text.size());
            length.parts = partsFor(length.units, Ucs2SinglePart, Ucs2PerPart);
            return length;
        }
        septets += size;
    }
    length.units = septets;
    length.parts = partsFor(septets, Gsm7SinglePart, Gsm7PerPart);
    return length;
}

} // namespace reissuedesk
