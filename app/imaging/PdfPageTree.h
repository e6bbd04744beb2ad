#pragma once
// Internal to reissuedesk_imaging: a look at a PDF's page tree before Qt PDF
// sees it.
//
// The pdfium inside Debian's Qt PDF 6.4 never returns from QPdfDocument::load()
// on a page tree that refers back to itself (a /Pages node listing itself, or an
// ancestor, among its /Kids), and it holds Qt PDF's global mutex while it spins,
// so every later PDF in the process would wait for ever too. Found by
// fuzz_document_decoder (a 438-byte file; tests/fuzz/corpus/fuzz_document_decoder/
// finding-pdf-kids-cycle.pdf). This check reads the objects stored as plain text
// (`N G obj << … >> endobj`), follows /Kids between /Pages nodes and refuses a
// cycle before load() is called. Nodes inside compressed object streams are not
// visible to it (docs/DEVELOPMENT.md says so).

#include <QByteArray>
#include <QString>

namespace reissuedesk::detail {

// Empty when no cycle was found; otherwise a sentence naming the object.
QString pdfPageTreeProblem(const QByteArray &bytes);

} // namespace reissuedesk::detail
