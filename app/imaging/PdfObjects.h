#pragma once
// Internal to reissuedesk_imaging: every object a PDF defines, as text, for the
// checks that must run before Qt PDF (pdfium) sees a file (PdfPageTree).
//
// A reader picks one definition of each object through the cross-reference
// table, and a damaged or hostile file's table can point at any of them, so this
// visits *every* definition, in file order, never only the last one:
// * plain objects (`N G obj … endobj`): the text from `obj` to the first
//   `endobj` or `stream` after it (a stream's dictionary, never its data);
// * objects inside object streams (`/Type /ObjStm`, PDF 1.5+) whose data is
//   unfiltered or one `/FlateDecode` without predictor: inflated here, then each
//   object's text as the stream's header places it (where pdfium and a laxer
//   reader would read a header word differently, both places).
// An object stream in any other form (another filter, a predictor, an indirect
// /First) stops the scan: the file cannot be checked. Names' "#hh" escapes are
// decoded in every text handed over, as pdfium decodes them.

#include <QByteArray>

#include <functional>
#include <string_view>

namespace reissuedesk::detail {

// Inflated object-stream data a file may hold in all; past this the file is
// refused rather than checked in part.
inline constexpr qsizetype PdfObjectStreamBudget = 32 * 1024 * 1024;

struct PdfObjectScan {
    enum class Result {
        Complete,
        // The object streams unpack past PdfObjectStreamBudget.
        ObjectStreamsTooLarge,
        // An object stream this scan cannot read (see above).
        ObjectStreamUnreadable,
        // The objects' texts add up to more than four times the file (and what
        // its object streams unpack to): objects without "endobj" running into
        // each other, which would make the scan quadratic.
        ObjectsOverlap,
    };
    // Anything but Complete: the scan stopped there, so not every definition
    // was visited.
    Result result = Result::Complete;
};

// Calls visit(number, text) for every definition found; `text` is valid only
// during the call.
PdfObjectScan forEachPdfObject(const QByteArray &bytes,
                               const std::function<void(qint64 number, std::string_view text)> &visit);

} // namespace reissuedesk::detail
