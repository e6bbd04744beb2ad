// libFuzzer target: any bytes through ContentSniffer::sniff and
// DocumentDecoder::decode, as an uploaded document would go. The pixel budget
// is small (1 MP) so a declared-size bomb is refused quickly and the fuzzer's
// RSS limit catches any decoder that allocates before checking it.
#include "imaging/ContentSniffer.h"
#include "imaging/DocumentDecoder.h"

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
    return 0;
}
#endif

extern "C" int FUZZ_ENTRY_POINT(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    const SniffResult sniffed = ContentSniffer::sniff(bytes.left(ContentSniffer::HeadSize));
    if (sniffed.displayable != (sniffed.isPdf() || !sniffed.imageFormat.isEmpty()))
        __builtin_trap(); // the contract in ContentSniffer.h

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
