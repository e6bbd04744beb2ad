// libFuzzer target: any bytes through ContentSniffer::sniff and
// DocumentDecoder::decode, as an uploaded document would go (PDFs: in
// reissuedesk-pdf-worker, imaging/PdfSandbox; .ci/fuzz says which). The pixel budget
// is small (1 MP) so a declared-size bomb is refused quickly and the fuzzer's
// RSS limit catches any decoder that allocates before checking it.
#include "imaging/ContentSniffer.h"
#include "imaging/DocumentDecoder.h"
#include "imaging/PdfPageTree.h"
#include "imaging/PdfSandbox.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

using namespace reissuedesk;

#ifndef FUZZ_ENTRY_POINT // libFuzzer; tst_fuzzcorpus has its own application object
#define FUZZ_ENTRY_POINT LLVMFuzzerTestOneInput
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Image format plugins and Qt PDF want an application object.
    static QCoreApplication app(*argc, *argv);
    // A PDF that stalls pdfium is stopped well inside libFuzzer's -timeout
    // (the worker is a release build; a small PDF takes it milliseconds).
    PdfSandbox::setTimeLimitMs(1'000);
    return 0;
}
#endif

extern "C" int FUZZ_ENTRY_POINT(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    const SniffResult sniffed = ContentSniffer::sniff(bytes.left(ContentSniffer::HeadSize));
    if (sniffed.displayable != (sniffed.isPdf() || !sniffed.imageFormat.isEmpty()))
        __builtin_trap(); // the contract in ContentSniffer.h

    // PDFs open in a worker process (PdfSandbox), out of the fuzzer's sight and
    // at the cost of a fork of this (sanitized, large) process: ~40 inputs a
    // second instead of thousands. So the page-tree check, which runs in that
    // worker, is called here on every PDF (its parser fuzzed in-process, with
    // coverage and sanitizers), and one PDF in eight (by length) also goes
    // through the worker, as a desk would send it.
    if (sniffed.isPdf()) {
        (void)detail::pdfPageTreeProblem(bytes);
        if (size % 8 != 0)
            return 0;
    }

    DecodeRequest request;
    request.bytes = bytes;
    request.maxPixels = 1'000'000;
    // The input's length picks the mode, so both paths see every shape of data
    // without stealing leading bytes from the magic numbers.
    request.targetSize = size % 3 == 0 ? QSize() : QSize(320, 240);
    request.scaling = size % 2 == 0 ? DecodeRequest::Scaling::Fast : DecodeRequest::Scaling::Exact;
    const DecodeResult result = DocumentDecoder::decode(request);

    if (result.ok() && result.image.isNull())
        __builtin_trap(); // success means a picture
    if (!result.image.isNull() && qint64(result.image.width()) * result.image.height() > 4 * request.maxPixels)
        __builtin_trap(); // the budget held
    return 0;
}
