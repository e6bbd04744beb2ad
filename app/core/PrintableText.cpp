#include "core/PrintableText.h"

#include <algorithm>

namespace reissuedesk::PrintableText {
namespace {

QString escaped(char16_t unit)
{
    return QStringLiteral("\\u") + QString::number(unit, 16).rightJustified(4, QLatin1Char('0')).toUpper();
}

QString clean(const QString &text, qsizetype maxChars, bool keepLineBreaks)
{
    QString out;
    out.reserve(std::min(text.size(), maxChars + 1));
    qsizetype shown = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (shown >= maxChars) {
            out.append(QChar(0x2026));
            break;
        }
        ++shown;
        const QChar c = text.at(i);
        if (keepLineBreaks && c == QLatin1Char('\n')) {
            out.append(c);
            continue;
        }
        if (keepLineBreaks && c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
            continue; // the \n that follows is the line break
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const char32_t codePoint = QChar::surrogateToUcs4(c, text.at(i + 1));
            if (isShown(codePoint))
                out.append(c).append(text.at(i + 1));
            else
                out.append(escaped(c.unicode())).append(escaped(text.at(i + 1).unicode()));
            ++i;
            continue;
        }
        if (!c.isSurrogate() && isShown(c.unicode()))
            out.append(c);
        else
            out.append(escaped(c.unicode()));
    }
    return out;
}

} // namespace

bool isShown(char32_t codePoint)
{
    switch (QChar::category(codePoint)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    default:
        return true;
    }
}

QString oneLine(const QString &text, qsizetype maxChars)
{
    return clean(text, maxChars, false);
}

QString lines(const QString &text, qsizetype maxChars)
{
    return clean(text, maxChars, true);
}

} // namespace reissuedesk::PrintableText
