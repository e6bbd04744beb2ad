#pragma once
// Internal to reissuedesk_imaging: how the PDF worker process sends its answer
// back to PdfSandbox over its standard output. A version tag, then the fields of
// PdfPageResult or PdfFacts in QDataStream's encoding; a page's pixels go raw
// (RGB32 rows), which is what the desk wants and costs no encoding.
//
// The reader treats the answer as untrusted (the process ran pdfium on a
// hostile file): every size is checked against what was asked before anything
// is allocated, and an answer that does not add up is refused whole.

#include "imaging/PdfRendering.h"

#include <QByteArray>

namespace reissuedesk::detail::PdfWire {

QByteArray encode(const PdfPageResult &result);
QByteArray encode(const PdfFacts &facts);

// False when `bytes` is not a whole, consistent answer; `maxPixels` bounds the
// image a page answer may carry.
bool decode(const QByteArray &bytes, qint64 maxPixels, PdfPageResult *result);
bool decode(const QByteArray &bytes, PdfFacts *facts);

} // namespace reissuedesk::detail::PdfWire
