#pragma once
// For the start-up benchmark (docs/BENCHMARKS.md): gui_main installs it when
// REISSUEDESK_STARTUP_PROBE=1; once the queue's first page has arrived and
// been painted it prints the time since main() started and its resident memory
// as one JSON line on stderr, then quits.

#include <QElapsedTimer>

namespace reissuedesk {

class MainWindow;

class StartupProbe {
public:
    static void install(MainWindow &window, const QElapsedTimer &sinceStart);
};

} // namespace reissuedesk
