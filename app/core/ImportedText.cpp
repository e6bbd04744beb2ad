#include "core/ImportedText.h"

#include "core/PrintableText.h"

namespace reissuedesk::ImportedText {
namespace {

QString codePointName(char32_t codePoint)
{
    return QStringLiteral("U+") + QString::number(codePoint, 16).rightJustified(4, QLatin1Char('0')).toUpper();
}

bool isJoiner(char32_t codePoint)
{
    return codePoint == 0x200C || codePoint == 0x200D; // zero-width non-joiner, joiner
}

// Letters and symbols that draw nothing: a name made of them looks empty.
bool isBlankLetter(char32_t codePoint)
{
    switch (codePoint) {
    case 0x115F: // Hangul choseong filler
    case 0x1160: // Hangul jungseong filler
    case 0x3164: // Hangul filler
    case 0xFFA0: // halfwidth Hangul filler
    case 0x2800: // braille pattern blank
    case 0x180E: // Mongolian vowel separator
        return true;
    default:
        return false;
    }
}

bool isVisible(char32_t codePoint)
{
    if (isBlankLetter(codePoint))
        return false;
    switch (QChar::category(codePoint)) {
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
        return false;
    default:
        return true;
    }
}

QString refused(char32_t codePoint)
{
    // What PrintableText would show is stored; the joiners are the exception.
    if (isJoiner(codePoint) || PrintableText::isShown(codePoint))
        return {};
    switch (QChar::category(codePoint)) {
    case QChar::Other_Control:
        return QStringLiteral("contains a control character (%1)").arg(codePointName(codePoint));
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return QStringLiteral("contains a line or paragraph separator (%1)").arg(codePointName(codePoint));
    case QChar::Other_Format:
        return QStringLiteral("contains an invisible format character (%1)").arg(codePointName(codePoint));
    case QChar::Other_PrivateUse:
        return QStringLiteral("contains a private-use character (%1)").arg(codePointName(codePoint));
    default: // unassigned code points and noncharacters
        return QStringLiteral("contains an unassigned code point (%1)").arg(codePointName(codePoint));
    }
}

} // namespace

QString problem(const QString &text)
{
    bool visible = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        char32_t codePoint = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(c, text.at(i + 1));
            ++i;
        } else if (c.isSurrogate()) {
            return QStringLiteral("contains a lone surrogate (\\u%1)").arg(QString::number(c.unicode(), 16).toUpper());
        }
        const QString why = refused(codePoint);
        if (!why.isEmpty())
            return why;
        visible = visible || isVisible(codePoint);
    }
    if (!visible && !text.trimmed().isEmpty())
        return QStringLiteral("has no visible character");
    return {};
}

QString normalized(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).trimmed();
}

} // namespace reissuedesk::ImportedText
