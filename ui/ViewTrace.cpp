#include "ui/ViewTrace.h"

#include <QElapsedTimer>
#include <cstdio>

namespace reissuedesk {

namespace {

struct TraceState {
    QElapsedTimer timer;
    QString what;
    bool running = false;
};

TraceState &traceState()
{
    static TraceState state;
    return state;
}

} // namespace

namespace {
bool traceOn = false;
}

bool ViewTrace::enabled()
{
    return traceOn;
}

void ViewTrace::setEnabled(bool on)
{
    traceOn = on;
}

void ViewTrace::start(const QString &what)
{
    if (!enabled())
        return;
    TraceState &state = traceState();
    state.timer.start();
    state.what = what;
    state.running = true;
}

void ViewTrace::mark(const QString &what, bool finish)
{
    TraceState &state = traceState();
    if (!enabled() || !state.running)
        return;
    std::fprintf(stderr, "[trace] %s: %s after %.1f ms\n", qPrintable(state.what), qPrintable(what),
                 double(state.timer.nsecsElapsed()) / 1e6);
    std::fflush(stderr);
    if (finish)
        state.running = false;
}

bool ViewTrace::running()
{
    return enabled() && traceState().running;
}

} // namespace reissuedesk
