#include "imaging/PdfWorker.h"

#include "core/PosixWrite.h"

#include "imaging/PdfRendering.h"
#include "imaging/PdfWire.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <unistd.h>

namespace reissuedesk {
namespace {

// Far above the desk's 25 MB document cap; only a guard against misuse.
constexpr qsizetype MaxInputBytes = qsizetype(512) * 1024 * 1024;

int fail(const char *what)
{
    std::fprintf(stderr, "reissuedesk-pdf-worker: %s\n", what);
    return 1;
}

bool readAll(int fd, QByteArray *bytes)
{
    char chunk[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n == 0)
            return true;
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        if (bytes->size() + n > MaxInputBytes)
            return false;
        bytes->append(chunk, qsizetype(n));
    }
}

bool toInt(const QString &text, qint64 *value)
{
    bool ok = false;
    *value = text.toLongLong(&ok);
    return ok;
}

} // namespace

int runPdfWorker(const QStringList &arguments)
{
    // arguments: program, mode, ...
    const QString mode = arguments.value(1);
    detail::PdfPageRequest request;
    if (mode == QLatin1String("render")) {
        qint64 page = 0;
        qint64 width = 0;
        qint64 height = 0;
        qint64 maxPixels = 0;
        if (arguments.size() != 6 || !toInt(arguments.at(2), &page) || !toInt(arguments.at(3), &width) ||
            !toInt(arguments.at(4), &height) || !toInt(arguments.at(5), &maxPixels) || page < INT_MIN ||
            page > INT_MAX || width > INT_MAX || height > INT_MAX || width < -1 || height < -1 || maxPixels < 0) {
            std::fprintf(stderr, "reissuedesk-pdf-worker: usage: reissuedesk-pdf-worker render PAGE WIDTH HEIGHT "
                                 "MAX_PIXELS\n");
            return 2;
        }
        request.page = int(page);
        request.targetSize = QSize(int(width), int(height));
        request.maxPixels = maxPixels;
    } else if (mode != QLatin1String("facts") || arguments.size() != 2) {
        std::fprintf(stderr,
                     "reissuedesk-pdf-worker: usage: reissuedesk-pdf-worker render PAGE WIDTH HEIGHT MAX_PIXELS "
                     "| reissuedesk-pdf-worker facts\n");
        return 2;
    }
    QByteArray bytes;
    if (!readAll(STDIN_FILENO, &bytes))
        return fail("could not read the PDF from standard input (or it is larger than 512 MB)");
    QByteArray answer;
    if (mode == QLatin1String("render")) {
        request.bytes = std::move(bytes);
        answer = detail::PdfWire::encode(detail::renderPdfPage(request));
    } else {
        answer = detail::PdfWire::encode(detail::readPdfFacts(bytes));
    }
    if (!writeAll(STDOUT_FILENO, answer))
        return fail("could not write the answer to standard output");
    return 0;
}

} // namespace reissuedesk
