#include "imaging/PdfObjects.h"

#include "imaging/PdfText.h"

#include <QList>

#include <zlib.h>

#include <algorithm>
#include <climits>
#include <utility>

namespace reissuedesk::detail {
namespace {

using namespace pdftext;

// The value of the first `key` in `dictionary` when it is a direct number.
bool numberFor(std::string_view dictionary, std::string_view key, qint64 *value)
{
    for (size_t at = dictionary.find(key); at != npos; at = dictionary.find(key, at + 1)) {
        if (nameAt(dictionary, at, key) && numberAfter(dictionary, at + key.size(), value) != npos)
            return true;
    }
    return false;
}

// pdfium reads a stream as an object stream by its /Type; a stream that
// names /ObjStm anywhere or has a /First key is taken for one here.
bool mayBeObjectStream(std::string_view dictionary)
{
    for (const std::string_view key : {std::string_view("/ObjStm"), std::string_view("/First")}) {
        for (size_t at = dictionary.find(key); at != npos; at = dictionary.find(key, at + 1)) {
            if (nameAt(dictionary, at, key))
                return true;
        }
    }
    return false;
}

// /First as a direct number ("/First 7 0 R" is not: pdfium would look up 7).
bool directFirst(std::string_view dictionary, qint64 *first)
{
    for (size_t at = dictionary.find("/First"); at != npos; at = dictionary.find("/First", at + 1)) {
        if (!nameAt(dictionary, at, "/First"))
            continue;
        const size_t after = numberAfter(dictionary, at + 6, first);
        if (after == npos)
            return false;
        qint64 generation = 0;
        const size_t afterGeneration = numberAfter(dictionary, after, &generation);
        if (afterGeneration == npos)
            return true;
        size_t r = afterGeneration;
        while (r < dictionary.size() && isWhite(dictionary[r]))
            ++r;
        return !(r < dictionary.size() && dictionary[r] == 'R');
    }
    return false;
}

enum class Filter { None, Flate, Other };

// Only "no filter" and a single FlateDecode without a predictor are opened.
Filter filterOf(std::string_view dictionary)
{
    const size_t key = dictionary.find("/Filter");
    if (key == npos)
        return Filter::None;
    size_t pos = key + 7;
    while (pos < dictionary.size() && isWhite(dictionary[pos]))
        ++pos;
    bool array = false;
    if (pos < dictionary.size() && dictionary[pos] == '[') {
        array = true;
        ++pos;
        while (pos < dictionary.size() && isWhite(dictionary[pos]))
            ++pos;
    }
    const bool flate = nameAt(dictionary, pos, "/FlateDecode") || nameAt(dictionary, pos, "/Fl");
    if (!flate)
        return Filter::Other;
    if (array) {
        pos += nameAt(dictionary, pos, "/FlateDecode") ? 12 : 3;
        while (pos < dictionary.size() && isWhite(dictionary[pos]))
            ++pos;
        if (pos >= dictionary.size() || dictionary[pos] != ']')
            return Filter::Other; // a chain of filters
    }
    qint64 predictor = 1;
    if (numberFor(dictionary, "/Predictor", &predictor) && predictor > 1)
        return Filter::Other;
    return Filter::Flate;
}

// Inflates zlib data into at most `cap` bytes; *overflow says more was coming.
// Damaged data keeps what came out before the damage, as a lenient reader would.
QByteArray inflateUpTo(std::string_view data, qsizetype cap, bool *overflow)
{
    *overflow = false;
    QByteArray out;
    z_stream z{};
    if (inflateInit(&z) != Z_OK)
        return out;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    z.avail_in = uInt(std::min<size_t>(data.size(), UINT_MAX));
    qsizetype produced = 0;
    out.resize(std::min<qsizetype>(cap, std::max<qsizetype>(4096, qsizetype(data.size()) * 4)));
    for (;;) {
        if (produced == out.size()) {
            if (out.size() >= cap) {
                *overflow = true;
                break;
            }
            out.resize(std::min<qsizetype>(cap, out.size() * 2));
        }
        z.next_out = reinterpret_cast<Bytef *>(out.data() + produced);
        z.avail_out = uInt(out.size() - produced);
        const int result = inflate(&z, Z_NO_FLUSH);
        produced = out.size() - qsizetype(z.avail_out);
        if (result != Z_OK)
            break; // the end, damaged data, or no more input
    }
    inflateEnd(&z);
    out.truncate(produced);
    return out;
}

// `text` with every "#hh" (a name's escaped character, "/K#69ds" is /Kids)
// replaced by its character, as pdfium reads names; the text itself when it has
// no '#'. `store` holds the decoded copy.
std::string_view withEscapesDecoded(std::string_view text, QByteArray *store)
{
    if (text.find('#') == npos)
        return text;
    const auto hex = [](char c) {
        return c >= '0' && c <= '9'   ? c - '0'
               : c >= 'a' && c <= 'f' ? c - 'a' + 10
               : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                      : -1;
    };
    store->clear();
    store->reserve(qsizetype(text.size()));
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '#' && i + 2 < text.size() && hex(text[i + 1]) >= 0 && hex(text[i + 2]) >= 0) {
            store->append(char(hex(text[i + 1]) * 16 + hex(text[i + 2])));
            i += 2;
        } else {
            store->append(text[i]);
        }
    }
    return std::string_view(store->constData(), size_t(store->size()));
}

// Hands each definition to the caller while the text handed over stays within
// a budget: in a sound file the texts do not overlap and add up to less than
// the file (plus what its object streams unpack to); a file of "1 0 obj" lines
// without "endobj" would otherwise hand over the rest of the file for each.
class Visitor {
public:
    Visitor(const std::function<void(qint64, std::string_view)> &visit, qsizetype fileSize)
        : m_visit(visit)
        , m_budget(4 * fileSize + 1024 * 1024)
    {
    }

    // Counts `bytes` read; false once the budget is spent.
    bool spend(qsizetype bytes)
    {
        m_budget -= bytes;
        return m_budget >= 0;
    }

    bool offer(qint64 number, std::string_view text)
    {
        if (!spend(qsizetype(text.size())))
            return false;
        QByteArray decoded;
        m_visit(number, withEscapesDecoded(text, &decoded));
        return true;
    }

    void grant(qsizetype unpacked) { m_budget += 4 * unpacked; }

private:
    const std::function<void(qint64, std::string_view)> &m_visit;
    qsizetype m_budget;
};

// One word of an object stream's header, read both ways a reader might:
// pdfium (CPDF_SyntaxParser::GetDirectNum) takes a word that is not all digits
// as 0; a laxer reader takes its leading digits. Both are followed.
struct HeaderWord {
    qint64 strict = 0;
    qint64 lax = 0;
};

QList<HeaderWord> headerWords(std::string_view header)
{
    QList<HeaderWord> words;
    size_t pos = 0;
    while (pos < header.size()) {
        const char c = header[pos];
        if (isWhite(c)) {
            ++pos;
            continue;
        }
        if (c == '%') { // a comment, to the end of the line
            while (pos < header.size() && header[pos] != '\n' && header[pos] != '\r')
                ++pos;
            continue;
        }
        const size_t start = pos;
        ++pos; // a delimiter starts a word of its own
        if (!isDelimiter(c) || c == '/') {
            while (pos < header.size() && !isDelimiter(header[pos]))
                ++pos;
        }
        const std::string_view word = header.substr(start, pos - start);
        HeaderWord read;
        size_t digitsStart = 0;
        while (digitsStart < word.size() && (word[digitsStart] == '+' || word[digitsStart] == '-'))
            ++digitsStart;
        size_t digits = digitsStart;
        while (digits < word.size() && isDigit(word[digits]) && digits - digitsStart < 10)
            ++digits;
        read.lax = digitsValue(word.substr(digitsStart, digits - digitsStart));
        const bool allDigits = word.find_first_not_of("0123456789") == npos && word.size() <= 10;
        read.strict = allDigits ? read.lax : 0;
        words.append(read);
    }
    return words;
}

// The objects an object stream holds: its header lists "number offset" pairs,
// offsets counted from /First. Where the two readings of a word differ, both
// give an entry. False when the visitor's budget ran out.
bool visitObjectStream(qint64 first, std::string_view data, Visitor &visitor)
{
    if (first > qint64(data.size()))
        first = qint64(data.size());
    const std::string_view header = data.substr(0, size_t(first));
    // Reading the header counts against the budget as the objects' texts do.
    if (!visitor.spend(qsizetype(header.size())))
        return false;
    const QList<HeaderWord> words = headerWords(header);
    QList<std::pair<qint64, qint64>> entries; // offset, number
    for (qsizetype i = 0; i + 1 < words.size(); i += 2) {
        const HeaderWord number = words.at(i);
        const HeaderWord offset = words.at(i + 1);
        for (const qint64 n : {number.strict, number.lax}) {
            if (n == 0) // pdfium skips object number 0
                continue;
            for (const qint64 o : {offset.strict, offset.lax}) {
                if (first + o < qint64(data.size()))
                    entries.append({first + o, n});
            }
        }
    }
    std::sort(entries.begin(), entries.end());
    entries.erase(std::unique(entries.begin(), entries.end()), entries.end());
    // Each object's text ends where the next larger offset starts, or where
    // its dictionary or array closes if that is later: pdfium parses a whole
    // object from its offset whatever the next offset says (found by the
    // fuzzer: "2 0 3 02" gave object 2 only "<<" here).
    size_t end = data.size();
    QList<size_t> ends(entries.size());
    for (qsizetype i = entries.size() - 1; i >= 0; --i) {
        if (i + 1 < entries.size() && entries.at(i + 1).first > entries.at(i).first)
            end = size_t(entries.at(i + 1).first);
        ends[i] = std::max(end, objectEnd(data, size_t(entries.at(i).first)));
    }
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const size_t start = size_t(entries.at(i).first);
        if (!visitor.offer(entries.at(i).second, data.substr(start, ends.at(i) - start)))
            return false;
    }
    return true;
}

} // namespace

PdfObjectScan forEachPdfObject(const QByteArray &bytes,
                               const std::function<void(qint64 number, std::string_view text)> &visit)
{
    PdfObjectScan scan;
    const std::string_view text(bytes.constData(), size_t(bytes.size()));
    Visitor visitor(visit, bytes.size());
    qsizetype unpackBudget = PdfObjectStreamBudget;
    // The next "endobj", "stream" and "endstream" at or after a position, found
    // once each and reused while they are still ahead: a file of nothing but
    // "1 0 obj" must not make this quadratic.
    size_t nextEndobj = 0;
    size_t nextStream = 0;
    size_t nextEndstream = 0;
    const auto ahead = [&text](size_t &cached, std::string_view word, size_t from) {
        if (cached != npos && cached < from)
            cached = text.find(word, from);
        return cached;
    };
    for (size_t at = text.find("obj"); at != npos; at = text.find("obj", at + 3)) {
        if (at + 3 < text.size() && !isDelimiter(text[at + 3]))
            continue;
        if (at >= 3 && text.substr(at - 3, 3) == "end")
            continue;
        qint64 number = 0;
        if (objectNumberBefore(text, at, &number) == npos)
            continue;
        size_t end = ahead(nextEndobj, "endobj", at + 3);
        size_t stream = ahead(nextStream, "stream", at + 3);
        // "endstream" contains "stream": a stream keyword is one not preceded by "end".
        while (stream != npos && stream >= 3 && text.substr(stream - 3, 3) == "end")
            stream = ahead(nextStream, "stream", stream + 6);
        const bool isStream = stream != npos && (end == npos || stream < end);
        if (isStream)
            end = stream; // only the dictionary before a stream's data
        // A string holding "endobj" must not cut the dictionary short: pdfium
        // parses the whole object.
        if (!isStream && end != npos)
            end = std::max(end, objectEnd(text, at + 3));
        const std::string_view raw = text.substr(at + 3, end == npos ? npos : end - at - 3);
        if (!visitor.offer(number, raw)) {
            scan.result = PdfObjectScan::Result::ObjectsOverlap;
            return scan;
        }
        QByteArray decoded;
        const std::string_view dictionary = withEscapesDecoded(raw, &decoded);
        if (!isStream || !mayBeObjectStream(dictionary))
            continue;
        const Filter filter = filterOf(dictionary);
        qint64 first = 0;
        if (filter == Filter::Other || !directFirst(dictionary, &first)) {
            scan.result = PdfObjectScan::Result::ObjectStreamUnreadable;
            return scan;
        }
        size_t dataStart = stream + 6;
        if (dataStart < text.size() && text[dataStart] == '\r')
            ++dataStart;
        if (dataStart < text.size() && text[dataStart] == '\n')
            ++dataStart;
        const size_t dataEnd = ahead(nextEndstream, "endstream", dataStart);
        const std::string_view data =
            text.substr(dataStart, dataEnd == npos ? npos : dataEnd - std::min(dataStart, dataEnd));
        QByteArray inflated;
        std::string_view objects = data;
        if (filter == Filter::Flate) {
            bool overflow = false;
            inflated = inflateUpTo(data, unpackBudget, &overflow);
            if (overflow) {
                scan.result = PdfObjectScan::Result::ObjectStreamsTooLarge;
                return scan;
            }
            unpackBudget -= inflated.size();
            visitor.grant(inflated.size());
            objects = std::string_view(inflated.constData(), size_t(inflated.size()));
        }
        if (!visitObjectStream(first, objects, visitor)) {
            scan.result = PdfObjectScan::Result::ObjectsOverlap;
            return scan;
        }
    }
    return scan;
}

} // namespace reissuedesk::detail
