#pragma once
// Internal to reissuedesk_imaging: a look at a PDF's page tree before Qt PDF
// sees it.
//
// The pdfium inside Debian's Qt PDF 6.4 never returns from QPdfDocument::load()
// on a page tree that refers back to itself (a node listing itself, or an
// ancestor, among its /Kids), and it holds Qt PDF's global mutex while it spins,
// so every later PDF in the process would wait for ever too. Found by
// fuzz_document_decoder twice (tests/fuzz/corpus/fuzz_document_decoder/
// finding-pdf-kids-*.pdf). This check follows /Kids over every definition of
// every object PdfObjects finds (plain objects and those inside object streams),
// and refuses a cycle before load() is called (or a file PdfObjects cannot
// read whole). It follows what pdfium might read, not pdfium itself, and has
// missed shapes (docs/DEVELOPMENT.md): since the fifth finding it runs in the PDF
// worker process (PdfSandbox), whose time limit bounds whatever it misses; what it
// does catch gets a precise sentence at once instead of a wait.

#include <QByteArray>
#include <QString>

namespace reissuedesk::detail {

// Empty when no cycle was found; otherwise a sentence naming the object (or
// saying the object streams unpack past PdfObjectStreamBudget).
QString pdfPageTreeProblem(const QByteArray &bytes);

} // namespace reissuedesk::detail
