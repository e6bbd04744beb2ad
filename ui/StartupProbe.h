#pragma once
// For the start-up benchmark (docs/BENCHMARKS.md): with REISSUEDESK_STARTUP_PROBE=1
// the GUI prints, once the queue's first page has arrived and been painted, the
// time since main() started and its resident memory as one JSON line on stderr,
// then quits. Off otherwise; costs nothing.

#include <QElapsedTimer>

namespace reissuedesk {

class MainWindow;

class StartupProbe {
public:
    static void installIfRequested(MainWindow &window, const QElapsedTimer &sinceStart);
};

} // namespace reissuedesk
