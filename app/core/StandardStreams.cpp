#include "core/StandardStreams.h"

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace reissuedesk {
namespace {

bool g_inputWasClosed = false;

bool isClosed(int descriptor)
{
    return ::fcntl(descriptor, F_GETFD) < 0 && errno == EBADF;
}

} // namespace

void reserveStandardStreams()
{
    for (int descriptor = 0; descriptor <= 2; ++descriptor) {
        if (!isClosed(descriptor))
            continue;
        if (descriptor == STDIN_FILENO)
            g_inputWasClosed = true;
        // open() takes the lowest free number, which is this one: 0, 1 and 2
        // are filled in order.
        const int opened = ::open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY);
        if (opened >= 0 && opened != descriptor) {
            ::dup2(opened, descriptor);
            ::close(opened);
        }
    }
}

bool standardInputWasClosed()
{
    return g_inputWasClosed;
}

} // namespace reissuedesk
