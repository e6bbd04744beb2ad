#pragma once
// Opens PDFs in a separate process with a time limit.
//
// Qt PDF 6.4's pdfium never returns on some hostile PDFs (page trees that refer
// back to themselves, in shapes the fuzzer keeps finding: docs/DEVELOPMENT.md),
// and it holds Qt PDF's global mutex while it spins, so in-process every later
// PDF would wait for ever too. Here each request starts reissuedesk-pdf-worker
// (PdfWorker and PdfRendering on the other side), hands it the bytes as its
// standard input and reads the answer (PdfWire) from its standard output, both
// anonymous in-memory files (memfd), not pipes. A worker still
// running at the time limit is killed and the PDF is refused with a sentence
// that says so; a file that stalled is remembered (by content) and refused at
// once the next time, in this process. A page answer carries the PDF's facts
// too, kept (by content) for readFacts(): decode, then inspect, costs one
// worker. A crash, a missing program or an answer that does not add up are
// sentences too. The worker also dies with the thread
// that started it (PR_SET_PDEATHSIG), has a CPU-time limit of its own, and may
// write no more answer than the request's pixel budget needs (RLIMIT_FSIZE).
// Its resident memory is watched while it runs (every 50 ms): past the memory
// limit it is killed and the PDF refused and remembered like a stalled one. A
// 65 KB PDF whose page lists one compressed stream of blank content 24 times
// made pdfium hold 3 GB. No rlimit can do this: pdfium reserves more address
// space at start than any RLIMIT_AS or RLIMIT_DATA worth setting. Should
// memory run out all the same (a worker per background thread, each near the
// limit), the worker is the kernel's first choice (oom_score_adj 1000).
//
// Blocking: call from a worker thread (the desk's background lane), never the
// GUI thread. Thread-safe; requests on different threads run in parallel
// processes (no global mutex any more).

#include "imaging/PdfRendering.h"

#include <QString>

namespace reissuedesk {

class PdfSandbox {
public:
    static constexpr int DefaultTimeLimitMs = 10'000;
    // Legitimate PDFs stay under 100 MB in the worker (a 5,000-page 24 MB file
    // 70 MB, twelve 16,000 px images 82 MB); a desk must outlive a hostile one.
    static constexpr qint64 DefaultMemoryLimitBytes = qint64(1024) * 1024 * 1024;

    static detail::PdfPageResult renderPage(const detail::PdfPageRequest &request);
    static detail::PdfFacts readFacts(const QByteArray &bytes,
                                      const std::shared_ptr<const std::atomic<bool>> &stop = {});

    // Worker processes running now, in this process (tests, diagnostics).
    static int runningWorkers();

    // The sentence for a request stopped because its result was no longer
    // wanted (DecodeRequest::stop); callers drop such results unseen.
    static QString stoppedMessage();

    // Per request, from start to answer. Process-wide.
    static void setTimeLimitMs(int milliseconds);
    static int timeLimitMs();
    // The worker's resident memory, per request. Process-wide.
    static void setMemoryLimitBytes(qint64 bytes);
    static qint64 memoryLimitBytes();

    // The program started as the worker: $REISSUEDESK_PDF_WORKER if set, else
    // reissuedesk-pdf-worker next to the running program or in ../libexec (the
    // package), else the one this build made. Empty when none exists.
    // setWorkerProgram() overrides (tests).
    static QString workerProgram();
    static void setWorkerProgram(const QString &path);
    // The worker installed with a program in `programFolder`: beside it, else
    // in ../libexec (canonical path), else empty.
    static QString installedWorker(const QString &programFolder);

    // The sentence for a PDF stopped at the time limit (tests, documentation).
    static QString stalledMessage(int timeLimitMs);
    // The sentence for a PDF whose worker passed the memory limit.
    static QString memoryMessage(qint64 limitBytes);
};

} // namespace reissuedesk
