#include "core/PlainText.h"

#include <algorithm>

namespace reissuedesk {

QString oneLinePlainText(const QString &text, qsizetype maxCharacters)
{
    QString out;
    out.reserve(std::min(text.size(), maxCharacters + 2));
    bool pendingSpace = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        char32_t code = c.unicode();
        qsizetype width = 1;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(c, text.at(i + 1));
            width = 2;
        } else if (c.isSurrogate()) {
            continue; // lone half of a pair
        }
        const QChar::Category category = QChar::category(code);
        if (category == QChar::Other_Format || category == QChar::Other_NotAssigned ||
            category == QChar::Other_PrivateUse)
            continue;
        if (category == QChar::Other_Control || QChar::isSpace(code)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (out.size() > maxCharacters)
            break; // enough to know it is cut
        if (pendingSpace)
            out.append(QLatin1Char(' '));
        pendingSpace = false;
        out.append(text.mid(i, width));
        i += width - 1;
    }
    if (out.size() > maxCharacters) {
        qsizetype keep = std::max<qsizetype>(0, maxCharacters - 1);
        if (keep > 0 && out.at(keep - 1).isHighSurrogate())
            --keep; // never half a pair
        out.truncate(keep);
        out.append(QChar(0x2026));
    }
    return out;
}

} // namespace reissuedesk
