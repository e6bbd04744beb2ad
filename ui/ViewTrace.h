#pragma once
// Timings of the path from selecting an application to the first paint of its
// documents, printed to stderr. Off by default; the GUI's main() switches it on
// for REISSUEDESK_TRACE=1 (nothing in ui/ reads the environment).

#include <QString>

namespace reissuedesk {

class ViewTrace {
public:
    static bool enabled();
    static void setEnabled(bool on);
    static void start(const QString &what);
    // Prints the time since start() with `what`; `finish` ends the trace.
    static void mark(const QString &what, bool finish = false);
    static bool running();
};

} // namespace reissuedesk
