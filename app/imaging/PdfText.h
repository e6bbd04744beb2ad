#pragma once
// Internal to reissuedesk_imaging: the few lexical rules of PDF (ISO 32000-1,
// 7.2) that PdfObjects and PdfPageTree need to read objects as text.

#include <QtGlobal>

#include <string_view>

namespace reissuedesk::detail::pdftext {

inline bool isWhite(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline bool isDelimiter(char c)
{
    return isWhite(c) || c == '/' || c == '<' || c == '>' || c == '[' || c == ']' || c == '(' || c == ')' || c == '{' ||
           c == '}' || c == '%';
}

inline constexpr size_t npos = std::string_view::npos;

// The value of up to 10 digits; the caller has checked they are digits.
inline qint64 digitsValue(std::string_view digits)
{
    qint64 value = 0;
    for (const char c : digits)
        value = value * 10 + (c - '0');
    return value;
}

// Reads the unsigned number that ends just before `end` (after skipping white
// space backwards); returns its first position, or npos.
inline size_t numberBefore(std::string_view text, size_t end, qint64 *value)
{
    size_t pos = end;
    while (pos > 0 && isWhite(text[pos - 1]))
        --pos;
    const size_t last = pos;
    while (pos > 0 && isDigit(text[pos - 1]) && last - pos < 10)
        --pos;
    if (pos == last || (pos > 0 && !isDelimiter(text[pos - 1])))
        return npos;
    *value = digitsValue(text.substr(pos, last - pos));
    return pos;
}

// Reads the unsigned number that starts at or after `from` (after skipping
// white space); returns the position just past it, or npos.
inline size_t numberAfter(std::string_view text, size_t from, qint64 *value)
{
    size_t pos = from;
    while (pos < text.size() && isWhite(text[pos]))
        ++pos;
    const size_t first = pos;
    while (pos < text.size() && isDigit(text[pos]) && pos - first < 10)
        ++pos;
    if (pos == first || (pos < text.size() && !isDelimiter(text[pos])))
        return npos;
    *value = digitsValue(text.substr(first, pos - first));
    return pos;
}

// Whether `name` (e.g. "/Kids") occurs in `text` as a whole name at `at`.
inline bool nameAt(std::string_view text, size_t at, std::string_view name)
{
    return text.substr(at, name.size()) == name &&
           (at + name.size() == text.size() || isDelimiter(text[at + name.size()]));
}

} // namespace reissuedesk::detail::pdftext
