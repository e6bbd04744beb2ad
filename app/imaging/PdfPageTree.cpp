#include "imaging/PdfPageTree.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <algorithm>
#include <string_view>
#include <utility>

namespace reissuedesk::detail {
namespace {

bool isWhite(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isDelimiter(char c)
{
    return isWhite(c) || c == '/' || c == '<' || c == '>' || c == '[' || c == ']' || c == '(' || c == ')' || c == '{' ||
           c == '}' || c == '%';
}

// Reads the unsigned number that ends just before `end` (after skipping white
// space backwards); returns its first position, or npos.
size_t numberBefore(std::string_view text, size_t end, qint64 *value)
{
    size_t pos = end;
    while (pos > 0 && isWhite(text[pos - 1]))
        --pos;
    const size_t last = pos;
    while (pos > 0 && isDigit(text[pos - 1]) && last - pos < 10)
        --pos;
    if (pos == last || (pos > 0 && !isDelimiter(text[pos - 1])))
        return std::string_view::npos;
    *value = std::stoll(std::string(text.substr(pos, last - pos)));
    return pos;
}

// The object references ("N G R") inside the first [...] after /Kids.
QList<qint64> kidsOf(std::string_view dictionary)
{
    QList<qint64> kids;
    const size_t key = dictionary.find("/Kids");
    if (key == std::string_view::npos)
        return kids;
    size_t pos = key + 5;
    while (pos < dictionary.size() && isWhite(dictionary[pos]))
        ++pos;
    if (pos >= dictionary.size() || dictionary[pos] != '[')
        return kids;
    const size_t close = dictionary.find(']', pos);
    const std::string_view list = dictionary.substr(pos + 1, close == std::string_view::npos ? close : close - pos - 1);
    for (size_t r = list.find('R'); r != std::string_view::npos; r = list.find('R', r + 1)) {
        if (r + 1 < list.size() && !isDelimiter(list[r + 1]))
            continue;
        qint64 generation = 0;
        const size_t generationStart = numberBefore(list, r, &generation);
        if (generationStart == std::string_view::npos)
            continue;
        qint64 number = 0;
        if (numberBefore(list, generationStart, &number) != std::string_view::npos)
            kids.append(number);
    }
    return kids;
}

bool isPagesNode(std::string_view dictionary)
{
    for (size_t type = dictionary.find("/Type"); type != std::string_view::npos;
         type = dictionary.find("/Type", type + 1)) {
        size_t pos = type + 5;
        while (pos < dictionary.size() && isWhite(dictionary[pos]))
            ++pos;
        if (dictionary.substr(pos, 6) == "/Pages" && (pos + 6 == dictionary.size() || isDelimiter(dictionary[pos + 6])))
            return true;
    }
    return false;
}

} // namespace

QString pdfPageTreeProblem(const QByteArray &bytes)
{
    const std::string_view text(bytes.constData(), size_t(bytes.size()));
    // Object number -> its /Kids, for /Pages nodes; a later definition of the
    // same number (an incremental update) replaces an earlier one, as in a reader.
    QHash<qint64, QList<qint64>> pages;
    // The next "endobj" and "stream" at or after a position, found once each and
    // reused while they are still ahead: a file of nothing but "1 0 obj" must
    // not make this quadratic.
    size_t nextEndobj = 0;
    size_t nextStream = 0;
    const auto ahead = [&text](size_t &cached, std::string_view word, size_t from) {
        if (cached != std::string_view::npos && cached < from)
            cached = text.find(word, from);
        return cached;
    };
    for (size_t at = text.find("obj"); at != std::string_view::npos; at = text.find("obj", at + 3)) {
        if (at + 3 < text.size() && !isDelimiter(text[at + 3]))
            continue;
        if (at >= 3 && text.substr(at - 3, 3) == "end")
            continue;
        qint64 generation = 0;
        const size_t generationStart = numberBefore(text, at, &generation);
        if (generationStart == std::string_view::npos)
            continue;
        qint64 number = 0;
        if (numberBefore(text, generationStart, &number) == std::string_view::npos)
            continue;
        size_t end = ahead(nextEndobj, "endobj", at + 3);
        const size_t stream = ahead(nextStream, "stream", at + 3);
        if (stream != std::string_view::npos && (end == std::string_view::npos || stream < end))
            end = stream; // only the dictionary before a stream's data
        const std::string_view dictionary =
            text.substr(at + 3, end == std::string_view::npos ? std::string_view::npos : end - at - 3);
        if (isPagesNode(dictionary))
            pages.insert(number, kidsOf(dictionary));
        else
            pages.remove(number);
    }

    // Depth-first over /Pages nodes only (leaves are pages); grey = on the path.
    enum class Mark { White, Grey, Black };
    QHash<qint64, Mark> marks;
    // Roots in object order, so the object named is the same on every run.
    QList<qint64> roots = pages.keys();
    std::sort(roots.begin(), roots.end());
    for (const qint64 root : std::as_const(roots)) {
        if (marks.value(root, Mark::White) != Mark::White)
            continue;
        struct Frame {
            qint64 node;
            qsizetype next;
        };
        QList<Frame> path{{root, 0}};
        marks.insert(root, Mark::Grey);
        while (!path.isEmpty()) {
            Frame &top = path.last();
            const QList<qint64> &kids = pages[top.node];
            if (top.next >= kids.size()) {
                marks.insert(top.node, Mark::Black);
                path.removeLast();
                continue;
            }
            const qint64 kid = kids.at(top.next++);
            if (!pages.contains(kid))
                continue;
            const Mark mark = marks.value(kid, Mark::White);
            if (mark == Mark::Grey)
                return QCoreApplication::translate("DocumentDecoder",
                                                   "the PDF is damaged (its page tree refers back to itself at "
                                                   "object %1), so it is not opened")
                    .arg(kid);
            if (mark == Mark::White) {
                marks.insert(kid, Mark::Grey);
                path.append({kid, 0});
            }
        }
    }
    return {};
}

} // namespace reissuedesk::detail
