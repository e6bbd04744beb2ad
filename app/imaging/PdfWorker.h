#pragma once
// `reissuedesk-pdf-worker render PAGE WIDTH HEIGHT MAX_PIXELS` and
// `reissuedesk-pdf-worker facts`: the far side of imaging/PdfSandbox.
// Reads one PDF from standard input, opens it with Qt PDF (PdfRendering) and
// writes the answer (PdfWire) to standard output. Not meant to be run by hand.
// Its own small program (pdf_worker_main.cpp): it links Qt Core, Gui and PDF
// only, so it starts in about half the time the admin tool took, and a hostile
// PDF meets a process with no database driver, network or OCR library in it.

#include <QStringList>

namespace reissuedesk {

// Exit status: 0 with an answer written (which may carry the PDF's error), 2
// for wrong arguments, 1 when the input could not be read or written.
int runPdfWorker(const QStringList &arguments);

} // namespace reissuedesk
