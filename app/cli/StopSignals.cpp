#include "cli/StopSignals.h"

#include <QSocketNotifier>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace reissuedesk::cli {
namespace {

int g_pipe[2] = {-1, -1};
std::atomic<int> g_received{0};
struct sigaction g_previousTerm {};
struct sigaction g_previousInt {};

extern "C" void onStopSignal(int signalNumber)
{
    if (g_received.fetch_add(1) > 0)
        _exit(128 + signalNumber);
    const int savedErrno = errno;
    const char byte = char(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
    errno = savedErrno;
}

} // namespace

StopSignals::StopSignals(QObject *parent)
    : QObject(parent)
{
    if (::pipe2(g_pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        m_error = tr("cannot create the signal pipe: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    g_received = 0;
    struct sigaction action {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    if (::sigaction(SIGTERM, &action, &g_previousTerm) != 0 || ::sigaction(SIGINT, &action, &g_previousInt) != 0) {
        m_error = tr("cannot handle SIGTERM and SIGINT: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &StopSignals::readPipe);
}

StopSignals::~StopSignals()
{
    if (m_notifier) {
        ::sigaction(SIGTERM, &g_previousTerm, nullptr);
        ::sigaction(SIGINT, &g_previousInt, nullptr);
    }
    delete m_notifier;
    for (int &fd : g_pipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

void StopSignals::readPipe()
{
    char byte = 0;
    while (::read(g_pipe[0], &byte, 1) == 1) {
        // Only the first signal gets here; a second one exits in the handler.
        Q_EMIT stopRequested(int(byte) == SIGTERM ? QStringLiteral("SIGTERM") : QStringLiteral("SIGINT"));
    }
}

} // namespace reissuedesk::cli
