#pragma once
// `reissuedesk-admin bench ocr`: the OCR ID reader on generated cards with known
// truth (demo/IdCardSample). Prints what issue 12 asks to be measured: share of
// numbers read right, numbers reported wrong (must be 0), expiry and name read right,
// median and p95 time per image, peak memory, and the load average the times were
// taken under (two cores shared with builds make times swing).

#include "cli/CommandOutput.h"

#include <QCoreApplication>

namespace reissuedesk::cli {

class OcrBenchmark {
    Q_DECLARE_TR_FUNCTIONS(OcrBenchmark)

public:
    static constexpr int DefaultCount = 40;
    // Not the seed the reader was tuned on (tests/imaging uses 12).
    static constexpr quint32 DefaultSeed = 20261201;

    static int run(int count, quint32 seed, const CommandOutput &out);
};

} // namespace reissuedesk::cli
