#include "cli/TextColumns.h"

#include <QChar>
#include <QList>

namespace reissuedesk::cli {
namespace {

// The East Asian Wide (W) and Fullwidth (F) blocks of Unicode 15's
// EastAsianWidth.txt that text in this program can hold (CJK, Hangul, kana,
// fullwidth forms, emoji), as closed ranges in ascending order.
struct Range {
    char32_t first;
    char32_t last;
};
constexpr Range WideRanges[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},   {0x2614, 0x2615},
    {0x2E80, 0x303E},   {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
    {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},   {0xFE30, 0xFE6F},
    {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x18CFF}, {0x1B000, 0x1B2FF}, {0x1F300, 0x1F64F},
    {0x1F680, 0x1F6FF}, {0x1F900, 0x1F9FF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
};

bool isWide(char32_t codePoint)
{
    for (const Range &range : WideRanges) {
        if (codePoint < range.first)
            return false;
        if (codePoint <= range.last)
            return true;
    }
    return false;
}

int columnsOf(char32_t codePoint)
{
    if (codePoint == 0x200B || codePoint == 0x200C || codePoint == 0x200D || codePoint == 0xFEFF)
        return 0;
    switch (QChar::category(codePoint)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
        return 0;
    default:
        return isWide(codePoint) ? 2 : 1;
    }
}

} // namespace

int displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t codePoint : text.toUcs4())
        width += columnsOf(codePoint);
    return width;
}

QString padRight(const QString &text, int width)
{
    return text + QString(qMax(0, width - displayWidth(text)), QLatin1Char(' '));
}

QString padLeft(const QString &text, int width)
{
    return QString(qMax(0, width - displayWidth(text)), QLatin1Char(' ')) + text;
}

} // namespace reissuedesk::cli
