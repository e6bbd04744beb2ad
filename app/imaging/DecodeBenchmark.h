#pragma once
// Timing of DocumentDecoder on one document, for `reissuedesk-admin bench decode`:
// how long a preview and a full-resolution decode take, and the memory peak.

#include "imaging/DocumentDecoder.h"

#include <QByteArray>
#include <QSize>

namespace reissuedesk {

struct DecodeTimings {
    double previewMs = 0; // median wall time of a decode at previewTarget
    double fullMs = 0;    // median wall time of a full-resolution decode
    QSize fullSize;       // displayed orientation
    QSize previewSize;    // what the preview decode returned
    qint64 peakRssKb = 0; // VmHWM from /proc/self/status after the runs (0 where unavailable)
    QString error;        // the decoder's error, if any (timings are still of the attempts)
};

class DecodeBenchmark {
public:
    // Runs each decode `repeat` times (at least once) and reports medians. On Linux
    // the peak is reset first (/proc/self/clear_refs), so peakRssKb is the peak
    // during these runs rather than since the process started, where the kernel
    // allows it. `previewScaling` is how the viewer asks for previews.
    static DecodeTimings measure(const QByteArray &bytes, QSize previewTarget, int repeat,
                                 DecodeRequest::Scaling previewScaling = DecodeRequest::Scaling::Fast);

    // VmHWM of this process in KiB; 0 when /proc is unavailable.
    static qint64 peakRssKb();
};

} // namespace reissuedesk
