#pragma once
// The rule for every text value an import line brings in, applied before any
// write so that no line can fail at the database or be stored altered: the
// two databases disagree on what they do with a lone surrogate (SQLite stored
// U+10058, PostgreSQL "?X"), so such text is refused, on both, by field name.
//
// Refused: lone surrogates, control characters (tab included), line and
// paragraph separators, unassigned code points and noncharacters, private-use
// characters, and invisible format characters (U+FEFF, U+200B, bidi
// overrides…) except the zero-width joiner and non-joiner inside visible
// text (emoji sequences, some scripts need them); and text that has no
// visible character at all (only joiners, combining marks, Hangul fillers,
// blank braille). What is accepted is stored in Unicode NFC, so the same name
// typed on two systems is one string.

#include <QString>

namespace reissuedesk::ImportedText {

// Why `text` cannot be stored ("" when it can), e.g. "contains a lone
// surrogate (\uD800)"; the caller puts the field's name in front.
QString problem(const QString &text);

// `text` in Unicode NFC with leading and trailing white space removed. Only
// for text problem() accepts.
QString normalized(const QString &text);

} // namespace reissuedesk::ImportedText
