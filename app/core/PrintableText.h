#pragma once
// Text that came from outside (a gateway's message id or error, a stored
// last_error) made safe to store and to show on one line: control characters,
// invisible format characters (bidi overrides such as U+202E, which would
// turn the rest of a line around), line and paragraph separators, lone
// surrogates, private-use and unassigned code points are written as \uXXXX,
// and the text is cut after a number of characters with "…". Nothing is
// dropped silently, so what an operator sees still says what arrived.

#include <QString>

namespace reissuedesk::PrintableText {

// False for what is written as \uXXXX: controls, format characters, line and
// paragraph separators, surrogates, private use, unassigned code points.
bool isShown(char32_t codePoint);

// `text` on one line, at most `maxChars` code points of it (then "…").
QString oneLine(const QString &text, qsizetype maxChars);

// As oneLine(), but line breaks (\n, and \r\n as one) are kept: for a
// multi-line view such as a message's detail panel.
QString lines(const QString &text, qsizetype maxChars);

} // namespace reissuedesk::PrintableText
