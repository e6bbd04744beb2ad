#include "cli/StreamInput.h"

#include "core/StandardStreams.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace reissuedesk::cli {

StreamInput::~StreamInput()
{
    close();
}

bool StreamInput::openPath(const QString &path)
{
    close();
    if (path == QLatin1String("-")) {
        if (standardInputWasClosed()) {
            setErrorString(QCoreApplication::translate("StreamInput", "standard input is closed"));
            return false;
        }
        m_fd = STDIN_FILENO;
        m_ownsDescriptor = false;
    } else {
        const QByteArray native = QFile::encodeName(path);
        do {
            m_fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
        } while (m_fd < 0 && errno == EINTR);
        if (m_fd < 0) {
            setErrorString(QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        m_ownsDescriptor = true;
    }
    return QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

void StreamInput::close()
{
    if (isOpen())
        QIODevice::close();
    if (m_ownsDescriptor && m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_ownsDescriptor = false;
}

qint64 StreamInput::readData(char *data, qint64 maxSize)
{
    for (;;) {
        const ssize_t count = ::read(m_fd, data, static_cast<size_t>(maxSize));
        if (count >= 0)
            return count;
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            // A non-blocking descriptor from the caller: wait for data rather
            // than take "nothing yet" for the end.
            pollfd readable{m_fd, POLLIN, 0};
            if (::poll(&readable, 1, -1) >= 0 || errno == EINTR)
                continue;
        }
        setErrorString(QString::fromLocal8Bit(std::strerror(errno)));
        return -1;
    }
}

qint64 StreamInput::writeData(const char *, qint64)
{
    return -1;
}

} // namespace reissuedesk::cli
