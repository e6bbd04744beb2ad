#include "imaging/DecodeBenchmark.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <vector>

namespace reissuedesk {
namespace {

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

// Times `repeat` decodes of `request`; the last result is kept for its sizes.
double timeDecodes(const DecodeRequest &request, int repeat, DecodeResult &last)
{
    std::vector<double> samples;
    samples.reserve(size_t(repeat));
    for (int i = 0; i < repeat; ++i) {
        last = DecodeResult(); // free the previous image first: one decoded image alive at a time
        QElapsedTimer timer;
        timer.start();
        last = DocumentDecoder::decode(request);
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(std::move(samples));
}

void resetPeakRss()
{
    // "5" resets VmHWM to the current RSS (Linux 4.0+); harmless where refused.
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
}

} // namespace

qint64 DecodeBenchmark::peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    // /proc files report size 0, so QFile::atEnd() is true at once: read it whole.
    const QByteArray text = status.readAll();
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith("VmHWM:")) {
            const QByteArray value = line.mid(6).trimmed(); // "123456 kB"
            return value.left(value.indexOf(' ')).toLongLong();
        }
    }
    return 0;
}

DecodeTimings DecodeBenchmark::measure(const QByteArray &bytes, QSize previewTarget, int repeat,
                                       DecodeRequest::Scaling previewScaling)
{
    repeat = std::max(1, repeat);
    DecodeTimings timings;
    resetPeakRss();

    DecodeRequest preview;
    preview.bytes = bytes;
    preview.targetSize = previewTarget;
    preview.scaling = previewScaling;
    DecodeResult result;
    timings.previewMs = timeDecodes(preview, repeat, result);
    timings.previewSize = result.image.size();
    timings.error = result.error;

    DecodeRequest full;
    full.bytes = bytes;
    result = DecodeResult();
    timings.fullMs = timeDecodes(full, repeat, result);
    timings.fullSize = result.fullSize;
    if (timings.error.isEmpty())
        timings.error = result.error;

    timings.peakRssKb = peakRssKb();
    return timings;
}

} // namespace reissuedesk
