#include "core/PasswordFile.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace reissuedesk {

PasswordFile::Result PasswordFile::read(const QString &path)
{
    return read(path, QStringLiteral("password file"));
}

PasswordFile::Result PasswordFile::read(const QString &path, const QString &what)
{
    Result result;
    if (path.isEmpty()) {
        result.error = QStringLiteral("no %1 was named").arg(what);
        return result;
    }
    // Checked on the open descriptor, not the name, so the file cannot be
    // swapped between the check and the read. O_NONBLOCK: a FIFO must not hang us.
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        result.error = QStringLiteral("the %1 %2 cannot be opened: %3")
                           .arg(what, path, QString::fromLocal8Bit(std::strerror(errno)));
        return result;
    }
    struct stat info {};
    QByteArray bytes;
    if (::fstat(fd, &info) != 0) {
        result.error = QStringLiteral("the %1 %2 cannot be examined: %3")
                           .arg(what, path, QString::fromLocal8Bit(std::strerror(errno)));
    } else if (!S_ISREG(info.st_mode)) {
        result.error = QStringLiteral("the %1 %2 is not a regular file").arg(what, path);
    } else if (info.st_uid != ::geteuid()) {
        result.error = QStringLiteral("the %1 %2 belongs to another user; it must be yours").arg(what, path);
    } else if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        result.error = QStringLiteral("the %1 %2 can be read or written by others (mode %3): "
                                      "run chmod 600 on it")
                           .arg(what, path)
                           .arg(info.st_mode & 07777, 4, 8, QLatin1Char('0'));
    } else {
        char buffer[4096];
        ssize_t got = 0;
        // The first line is all we want; 4 KiB is far more than any password.
        while (bytes.size() < qsizetype(sizeof buffer) &&
               (got = ::read(fd, buffer, sizeof buffer - std::size_t(bytes.size()))) > 0) {
            bytes.append(buffer, got);
            if (bytes.contains('\n'))
                break;
        }
        if (got < 0)
            result.error = QStringLiteral("the %1 %2 cannot be read: %3")
                               .arg(what, path, QString::fromLocal8Bit(std::strerror(errno)));
    }
    ::close(fd);
    if (!result.error.isEmpty())
        return result;
    const qsizetype end = bytes.indexOf('\n');
    QByteArray line = end >= 0 ? bytes.left(end) : bytes;
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty()) {
        result.error = QStringLiteral("the %1 %2 is empty: the %3 goes on its first line")
                           .arg(what, path, what.section(QLatin1Char(' '), -2, -2));
        return result;
    }
    result.password = QString::fromUtf8(line);
    return result;
}

} // namespace reissuedesk
