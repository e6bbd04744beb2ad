#include "imaging/PdfPageTree.h"

#include "imaging/PdfObjects.h"
#include "imaging/PdfText.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <algorithm>
#include <utility>

namespace reissuedesk::detail {
namespace {

using namespace pdftext;

// Appends the object numbers of the references ("N G R") in `list`.
void appendReferences(std::string_view list, QList<qint64> *into)
{
    for (size_t r = list.find('R'); r != npos; r = list.find('R', r + 1)) {
        if (r + 1 < list.size() && !isDelimiter(list[r + 1]))
            continue;
        qint64 number = 0;
        if (objectNumberBefore(list, r, &number) != npos)
            into->append(number);
    }
}

// The text of the array that starts at `open` ('['), to where it closes as a
// parser reads it (a "]" inside a string does not close it), or the end.
std::string_view arrayAt(std::string_view text, size_t open)
{
    return text.substr(open, objectEnd(text, open) - open);
}

// What a reader could take as this object's children in a page tree:
// * the references in every /Kids array (pdfium treats any dictionary with
//   /Kids as an inner node, /Type or not), or the array object that an indirect
//   /Kids ("/Kids 7 0 R") names;
// * for an object that is itself an array, every reference in it (it may be
//   such an indirect /Kids).
QList<qint64> childrenOf(std::string_view object)
{
    QList<qint64> children;
    size_t start = 0;
    while (start < object.size() && isWhite(object[start]))
        ++start;
    if (start < object.size() && object[start] == '[')
        appendReferences(arrayAt(object, start), &children);
    for (size_t key = object.find("/Kids"); key != npos; key = object.find("/Kids", key + 1)) {
        if (!nameAt(object, key, "/Kids"))
            continue;
        size_t pos = key + 5;
        while (pos < object.size() && isWhite(object[pos]))
            ++pos;
        if (pos < object.size() && object[pos] == '[') {
            appendReferences(arrayAt(object, pos), &children);
            continue;
        }
        // An indirect array, "/Kids 4 0 R": the reference right after the key.
        const size_t r = object.find('R', pos);
        qint64 number = 0;
        if (r != npos && (r + 1 == object.size() || isDelimiter(object[r + 1])) &&
            objectNumberBefore(object, r, &number) == pos)
            children.append(number);
    }
    return children;
}

} // namespace

QString pdfPageTreeProblem(const QByteArray &bytes)
{
    // Object number -> its possible children, over *every* definition of that
    // number: the cross-reference table decides which one pdfium reads, and a
    // damaged file's table can point at an earlier one (found by the fuzzer: an
    // object 2 that lists itself, then a second object 2 that does not).
    QHash<qint64, QList<qint64>> children;
    const PdfObjectScan scan = forEachPdfObject(bytes, [&children](qint64 number, std::string_view object) {
        const QList<qint64> found = childrenOf(object);
        if (!found.isEmpty())
            children[number] += found;
    });
    switch (scan.result) {
    case PdfObjectScan::Result::Complete:
        break;
    case PdfObjectScan::Result::ObjectStreamsTooLarge:
        return QCoreApplication::translate("DocumentDecoder",
                                           "the PDF's compressed objects unpack to more than %1 MB, so it is not "
                                           "opened")
            .arg(PdfObjectStreamBudget / (1024 * 1024));
    case PdfObjectScan::Result::ObjectStreamUnreadable:
        return QCoreApplication::translate("DocumentDecoder",
                                           "the PDF keeps objects in a compressed form that cannot be checked "
                                           "before opening, so it is not opened");
    case PdfObjectScan::Result::ObjectsOverlap:
        return QCoreApplication::translate("DocumentDecoder",
                                           "the PDF is damaged (its objects are not closed and run into each "
                                           "other), so it is not opened");
    }

    // Depth-first; grey = on the path.
    enum class Mark { White, Grey, Black };
    QHash<qint64, Mark> marks;
    // Roots in object order, so the object named is the same on every run.
    QList<qint64> roots = children.keys();
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
            const QList<qint64> &kids = children[top.node];
            if (top.next >= kids.size()) {
                marks.insert(top.node, Mark::Black);
                path.removeLast();
                continue;
            }
            const qint64 kid = kids.at(top.next++);
            if (!children.contains(kid))
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
