#pragma once
// `reissuedesk-admin pdf-worker render PAGE WIDTH HEIGHT MAX_PIXELS` and
// `reissuedesk-admin pdf-worker facts`: the far side of imaging/PdfSandbox.
// Reads one PDF from standard input, opens it with Qt PDF (PdfRendering) and
// writes the answer (PdfWire) to standard output. Not meant to be run by hand;
// started with a QCoreApplication before anything else (admin_main.cpp), so it
// costs a few milliseconds and opens no database, settings or display.

#include <QStringList>

namespace reissuedesk::cli {

// Exit status: 0 with an answer written (which may carry the PDF's error), 2
// for wrong arguments, 1 when the input could not be read or written.
int runPdfWorker(const QStringList &arguments);

} // namespace reissuedesk::cli
