#include "net/LocalFileReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace reissuedesk {
namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// What a non-regular file is, in words; empty for a regular file.
QString kindOf(mode_t mode)
{
    if (S_ISREG(mode))
        return {};
    if (S_ISFIFO(mode))
        return QCoreApplication::translate("LocalFileReader", "a named pipe");
    if (S_ISDIR(mode))
        return QCoreApplication::translate("LocalFileReader", "a folder");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QCoreApplication::translate("LocalFileReader", "a device");
    if (S_ISSOCK(mode))
        return QCoreApplication::translate("LocalFileReader", "a socket");
    return QCoreApplication::translate("LocalFileReader", "not a file");
}

QString openProblem(const QString &path, int error)
{
    switch (error) {
    case ENOENT:
    case ENOTDIR:
        return QCoreApplication::translate("LocalFileReader", "the document file %1 does not exist").arg(path);
    case EACCES:
    case EPERM:
        return QCoreApplication::translate("LocalFileReader", "the document file %1 cannot be read (permission denied)")
            .arg(path);
    default:
        return QCoreApplication::translate("LocalFileReader", "the document file %1 cannot be read: %2")
            .arg(path, QString::fromLocal8Bit(std::strerror(error)));
    }
}

// Closes the descriptor however the read ends.
struct FileDescriptor {
    int fd = -1;
    ~FileDescriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

QString LocalFileReader::notRegularFileMessage(const QString &path, const QString &what)
{
    return QCoreApplication::translate("LocalFileReader", "the document file %1 is not a regular file (%2)")
        .arg(path, what);
}

FetchResult LocalFileReader::read(const QUrl &url, const FetchOptions &options)
{
    FetchResult result;
    result.url = url;
    result.error = DocumentFetcher::checkUrl(url, options);
    if (!result.error.isEmpty())
        return result;
    if (!url.isLocalFile()) {
        result.error = QCoreApplication::translate("LocalFileReader", "not a file: URL: %1").arg(url.toDisplayString());
        return result;
    }
    const QString path = url.toLocalFile();
    const QByteArray encoded = QFile::encodeName(path);

    // Before opening: opening a device or a pipe can have effects of its own.
    struct stat before {};
    if (::stat(encoded.constData(), &before) != 0) {
        result.error = openProblem(path, errno);
        return result;
    }
    if (const QString kind = kindOf(before.st_mode); !kind.isEmpty()) {
        result.error = notRegularFileMessage(path, kind);
        return result;
    }

    FileDescriptor file;
    do {
        file.fd = ::open(encoded.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    } while (file.fd < 0 && errno == EINTR);
    if (file.fd < 0) {
        result.error = openProblem(path, errno);
        return result;
    }
    // What was opened is what is read: swapped for a pipe since the check, it is refused here.
    struct stat opened {};
    if (::fstat(file.fd, &opened) != 0) {
        result.error = openProblem(path, errno);
        return result;
    }
    if (const QString kind = kindOf(opened.st_mode); !kind.isEmpty()) {
        result.error = notRegularFileMessage(path, kind);
        return result;
    }
    // The store was checked on the path; a symlink swapped in since then would
    // lead elsewhere. The kernel says which file the descriptor really is.
    if (options.store) {
        char target[4096];
        const QByteArray link = "/proc/self/fd/" + QByteArray::number(file.fd);
        const ssize_t length = ::readlink(link.constData(), target, sizeof target - 1);
        const QString real = length > 0 ? QFile::decodeName(QByteArray(target, qsizetype(length))) : QString();
        if (real.isEmpty() || !options.store->checkUrl(QUrl::fromLocalFile(real)).isEmpty()) {
            result.error = QCoreApplication::translate("LocalFileReader",
                                                       "the document file %1 is outside the document store's folders")
                               .arg(path);
            return result;
        }
    }
    if (qint64(opened.st_size) > options.byteCap) {
        result.error = QCoreApplication::translate("LocalFileReader", "the document is %1 MB, over the %2 MB limit")
                           .arg(megabytes(qint64(opened.st_size)), megabytes(options.byteCap));
        return result;
    }

    QByteArray bytes;
    bytes.reserve(qsizetype(opened.st_size));
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t got = ::read(file.fd, buffer, sizeof buffer);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            result.error = openProblem(path, errno);
            return result;
        }
        if (got == 0)
            break;
        bytes.append(buffer, qsizetype(got));
        // The file may grow while it is read.
        if (bytes.size() > options.byteCap) {
            result.error = QCoreApplication::translate("LocalFileReader", "the document is larger than the %1 MB limit")
                               .arg(megabytes(options.byteCap));
            return result;
        }
    }
    result.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    result.shaMismatch =
        !options.expectedSha256.isEmpty() && result.sha256.compare(options.expectedSha256, Qt::CaseInsensitive) != 0;
    result.bytes = std::move(bytes);
    return result;
}

} // namespace reissuedesk
