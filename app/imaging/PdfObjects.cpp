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

bool isObjectStream(std::string_view dictionary)
{
    for (size_t at = dictionary.find("/Type"); at != npos; at = dictionary.find("/Type", at + 1)) {
        size_t pos = at + 5;
        while (pos < dictionary.size() && isWhite(dictionary[pos]))
            ++pos;
        if (nameAt(dictionary, pos, "/ObjStm"))
            return true;
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
        m_visit(number, text);
        return true;
    }

    void grant(qsizetype unpacked) { m_budget += 4 * unpacked; }

private:
    const std::function<void(qint64, std::string_view)> &m_visit;
    qsizetype m_budget;
};

// The objects an object stream holds: its header lists "number offset" pairs,
// offsets counted from /First. False when the visitor's budget ran out.
bool visitObjectStream(std::string_view dictionary, std::string_view data, Visitor &visitor)
{
    qint64 first = 0;
    if (!numberFor(dictionary, "/First", &first) || first > qint64(data.size()))
        return true;
    const std::string_view header = data.substr(0, size_t(first));
    // Reading the header counts against the budget as the objects' texts do.
    if (!visitor.spend(qsizetype(header.size())))
        return false;
    QList<std::pair<qint64, qint64>> entries; // offset, number
    size_t pos = 0;
    for (;;) {
        qint64 number = 0;
        qint64 offset = 0;
        pos = numberAfter(header, pos, &number);
        if (pos == npos)
            break;
        pos = numberAfter(header, pos, &offset);
        if (pos == npos)
            break;
        if (first + offset < qint64(data.size()))
            entries.append({first + offset, number});
    }
    std::sort(entries.begin(), entries.end());
    // Each object's text ends where the next larger offset starts.
    size_t end = data.size();
    QList<size_t> ends(entries.size());
    for (qsizetype i = entries.size() - 1; i >= 0; --i) {
        if (i + 1 < entries.size() && entries.at(i + 1).first > entries.at(i).first)
            end = size_t(entries.at(i + 1).first);
        ends[i] = end;
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
        qint64 generation = 0;
        const size_t generationStart = numberBefore(text, at, &generation);
        if (generationStart == npos)
            continue;
        qint64 number = 0;
        if (numberBefore(text, generationStart, &number) == npos)
            continue;
        size_t end = ahead(nextEndobj, "endobj", at + 3);
        size_t stream = ahead(nextStream, "stream", at + 3);
        // "endstream" contains "stream": a stream keyword is one not preceded by "end".
        while (stream != npos && stream >= 3 && text.substr(stream - 3, 3) == "end")
            stream = ahead(nextStream, "stream", stream + 6);
        const bool isStream = stream != npos && (end == npos || stream < end);
        if (isStream)
            end = stream; // only the dictionary before a stream's data
        const std::string_view dictionary = text.substr(at + 3, end == npos ? npos : end - at - 3);
        if (!visitor.offer(number, dictionary)) {
            scan.result = PdfObjectScan::Result::ObjectsOverlap;
            return scan;
        }

        if (!isStream || !isObjectStream(dictionary))
            continue;
        const Filter filter = filterOf(dictionary);
        if (filter == Filter::Other)
            continue;
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
        if (!visitObjectStream(dictionary, objects, visitor)) {
            scan.result = PdfObjectScan::Result::ObjectsOverlap;
            return scan;
        }
    }
    return scan;
}

} // namespace reissuedesk::detail
