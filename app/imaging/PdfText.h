#pragma once
// Internal to reissuedesk_imaging: the few lexical rules of PDF (ISO 32000-1,
// 7.2) that PdfObjects and PdfPageTree need to read objects as text.

#include <QtGlobal>

#include <algorithm>
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

// Reads the numeric word (digits, '.', '+', '-': pdfium's numeric characters)
// that ends just before `end`, after skipping white space backwards; its value
// is that of its digits. Returns its first position, or npos.
inline size_t numericWordBefore(std::string_view text, size_t end, qint64 *value)
{
    size_t pos = end;
    while (pos > 0 && isWhite(text[pos - 1]))
        --pos;
    const size_t last = pos;
    const auto numeric = [](char c) { return isDigit(c) || c == '.' || c == '+' || c == '-'; };
    while (pos > 0 && numeric(text[pos - 1]) && last - pos < 16)
        --pos;
    if (pos == last || (pos > 0 && !isDelimiter(text[pos - 1])))
        return npos;
    qint64 digits = 0;
    int count = 0;
    for (size_t i = pos; i < last; ++i) {
        if (isDigit(text[i]) && count < 10) {
            digits = digits * 10 + (text[i] - '0');
            ++count;
        }
    }
    *value = digits;
    return pos;
}

// The object number N of "N G obj" or "N G R" whose keyword starts at
// `keyword`; the position where N starts, or npos. pdfium reads "2 .0 obj" as
// object 2 (found by the fuzzer), so either may be any numeric word.
inline size_t objectNumberBefore(std::string_view text, size_t keyword, qint64 *number)
{
    qint64 generation = 0;
    const size_t generationStart = numericWordBefore(text, keyword, &generation);
    if (generationStart == npos)
        return npos;
    return numericWordBefore(text, generationStart, number);
}

// Whether `name` (e.g. "/Kids") occurs in `text` as a whole name at `at`.
inline bool nameAt(std::string_view text, size_t at, std::string_view name)
{
    return text.substr(at, name.size()) == name &&
           (at + name.size() == text.size() || isDelimiter(text[at + name.size()]));
}

// Where the dictionary or array that starts at `start` (after white space)
// closes, as a parser reads it: nested << >> and [ ], literal strings with
// escapes and nested parentheses, hex strings and comments skipped. The end of
// `text` when it never closes; `start` when no dictionary or array starts there.
inline size_t objectEnd(std::string_view text, size_t start)
{
    size_t pos = start;
    while (pos < text.size() && isWhite(text[pos]))
        ++pos;
    if (pos >= text.size() || (text[pos] != '[' && text.substr(pos, 2) != "<<"))
        return start;
    int depth = 0;
    while (pos < text.size()) {
        const char c = text[pos];
        if (c == '%') {
            while (pos < text.size() && text[pos] != '\n' && text[pos] != '\r')
                ++pos;
            continue;
        }
        if (c == '(') {
            int parens = 1;
            ++pos;
            while (pos < text.size() && parens > 0) {
                if (text[pos] == '\\')
                    ++pos;
                else if (text[pos] == '(')
                    ++parens;
                else if (text[pos] == ')')
                    --parens;
                ++pos;
            }
            continue;
        }
        if (text.substr(pos, 2) == "<<" || text.substr(pos, 2) == ">>") {
            depth += c == '<' ? 1 : -1;
            pos += 2;
        } else if (c == '<') { // a hex string
            const size_t close = text.find('>', pos);
            pos = close == npos ? text.size() : close + 1;
            continue;
        } else if (c == '[' || c == ']') {
            depth += c == '[' ? 1 : -1;
            ++pos;
        } else {
            ++pos;
            continue;
        }
        if (depth <= 0)
            return std::min(pos, text.size());
    }
    return text.size();
}

} // namespace reissuedesk::detail::pdftext
