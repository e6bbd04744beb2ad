#pragma once
// Text that came from outside (a gateway's answer, a server's error) on its
// way into a database column and onto an operator's screen: one line, no
// control or invisible formatting characters (bidi overrides, zero-width
// characters, BOM), no lone surrogates (PostgreSQL refuses them, SQLite
// stores garbage), no NUL (PostgreSQL text cannot hold it), and bounded.

#include <QString>

namespace reissuedesk {

// Line breaks, tabs and other controls become spaces, runs of white space one
// space; format characters and lone surrogates are dropped; a text longer
// than `maxCharacters` (UTF-16 units) is cut on a character boundary so that,
// with the "…" it then ends with, it is at most that long.
QString oneLinePlainText(const QString &text, qsizetype maxCharacters);

} // namespace reissuedesk
