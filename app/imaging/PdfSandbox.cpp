#include "imaging/PdfSandbox.h"

#include "core/PosixWrite.h"

#include "imaging/PdfWire.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QProcess>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef REISSUEDESK_BUILD_PDF_WORKER_PATH
#define REISSUEDESK_BUILD_PDF_WORKER_PATH ""
#endif

namespace reissuedesk {
namespace {

std::atomic<int> g_timeLimitMs{PdfSandbox::DefaultTimeLimitMs};
std::atomic<qint64> g_memoryLimitBytes{PdfSandbox::DefaultMemoryLimitBytes};
std::atomic<int> g_runningWorkers{0};

struct Shared {
    QMutex mutex;
    QString workerOverride;
    QHash<QByteArray, QString> refused;        // by fingerprint: why a worker on this PDF was stopped
    QHash<QByteArray, detail::PdfFacts> facts; // by fingerprint: what page answers said of their PDF
};

Shared &shared()
{
    static Shared instance;
    return instance;
}

// Each is emptied when it reaches its bound: a cache, not a record.
constexpr qsizetype MaxRememberedRefusals = 256;
constexpr qsizetype MaxRememberedFacts = 64;

// An answer is its pixels (4 bytes each, at most the request's budget) plus a
// few sentences and numbers; metadata strings are the PDF's own, so bounded
// generously.
constexpr qint64 AnswerOverheadBytes = 1024 * 1024;

// Content and length, cheap on 25 MB (no cryptographic hash needed: a false
// match would need two different uploads with the same 64-bit hash and size).
QByteArray fingerprint(const QByteArray &bytes)
{
    const size_t hash = qHashBits(bytes.constData(), size_t(bytes.size()), 0x5244);
    return QByteArray::number(qulonglong(hash), 16) + ':' + QByteArray::number(bytes.size());
}

bool isExecutableFile(const QString &path)
{
    const QFileInfo info(path);
    return !path.isEmpty() && info.isFile() && info.isExecutable();
}

// The worker speaks the caller's language: the admin tool picks its
// translation from LC_ALL (cli/AdminLanguage), the desk from its settings.
QString messagesLocale()
{
    const QLocale locale;
    if (locale.language() == QLocale::C || locale.language() == QLocale::English)
        return QStringLiteral("C");
    return locale.name() + QStringLiteral(".UTF-8");
}

struct WorkerAnswer {
    QByteArray output;
    QString error;
};

// An anonymous in-memory file (memfd): the PDF goes to the worker, and its
// answer comes back, through these instead of pipes, so this thread does not
// pump megabytes through 64 KB pipe buffers (a 23 MB PDF cost 55 ms more that
// way) and the worker reads and writes at memory speed. Closed on destruction.
class MemoryFile {
public:
    explicit MemoryFile(const char *name)
        : m_fd(int(::memfd_create(name, MFD_CLOEXEC)))
    {
    }
    ~MemoryFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    MemoryFile(const MemoryFile &) = delete;
    MemoryFile &operator=(const MemoryFile &) = delete;

    bool ok() const { return m_fd >= 0; }
    // What QProcess opens for the child (a new description of the same file).
    QString path() const { return QStringLiteral("/proc/self/fd/%1").arg(m_fd); }

    bool write(const QByteArray &bytes) { return writeAll(m_fd, bytes); }

    // The whole file, or false when it is larger than `cap` or unreadable.
    bool readAll(qint64 cap, QByteArray *bytes) const
    {
        struct stat info {};
        if (::fstat(m_fd, &info) != 0 || info.st_size < 0 || info.st_size > cap)
            return false;
        bytes->resize(qsizetype(info.st_size));
        qsizetype done = 0;
        while (done < bytes->size()) {
            const ssize_t n = ::pread(m_fd, bytes->data() + done, size_t(bytes->size() - done), off_t(done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return false;
            done += n;
        }
        return true;
    }

private:
    int m_fd = -1;
};

using StopFlag = std::shared_ptr<const std::atomic<bool>>;

bool stopped(const StopFlag &stop)
{
    return stop && stop->load();
}

// Counts itself in PdfSandbox::runningWorkers() while alive.
struct RunningWorker {
    RunningWorker() { ++g_runningWorkers; }
    ~RunningWorker() { --g_runningWorkers; }
    RunningWorker(const RunningWorker &) = delete;
    RunningWorker &operator=(const RunningWorker &) = delete;
};

// How often a waiting request looks at its stop flag and the worker's memory.
// pdfium inflated a content stream at ~750 MB/s here, so a worker overshoots
// the memory limit by a few tens of MB at most before it is seen.
constexpr int PollMs = 50;

// The worker's resident memory (/proc/PID/statm), or -1 when it cannot be read
// (the process is gone).
qint64 residentBytes(qint64 pid)
{
    const QByteArray path = "/proc/" + QByteArray::number(pid) + "/statm";
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    char text[128];
    const ssize_t n = ::read(fd, text, sizeof text - 1);
    ::close(fd);
    if (n <= 0)
        return -1;
    text[n] = '\0';
    unsigned long long sizePages = 0;
    unsigned long long residentPages = 0;
    if (std::sscanf(text, "%llu %llu", &sizePages, &residentPages) != 2)
        return -1;
    return qint64(residentPages) * qint64(::sysconf(_SC_PAGESIZE));
}

// Remembers why `key` was refused, so that the same file is refused at once
// next time without starting a worker.
void rememberRefusal(const QByteArray &key, const QString &why)
{
    QMutexLocker lock(&shared().mutex);
    if (shared().refused.size() >= MaxRememberedRefusals)
        shared().refused.clear();
    shared().refused.insert(key, why);
}

// `key`: the input's fingerprint().
WorkerAnswer runWorker(const QStringList &arguments, const QByteArray &input, const QByteArray &key, qint64 answerCap,
                       const StopFlag &stop)
{
    if (stopped(stop))
        return {{}, PdfSandbox::stoppedMessage()};
    const int limitMs = PdfSandbox::timeLimitMs();
    const qint64 memoryLimit = PdfSandbox::memoryLimitBytes();
    {
        QMutexLocker lock(&shared().mutex);
        if (const auto why = shared().refused.constFind(key); why != shared().refused.cend())
            return {{}, *why};
    }
    const QString program = PdfSandbox::workerProgram();
    if (program.isEmpty()) {
        return {{},
                QCoreApplication::translate("PdfSandbox",
                                            "PDFs cannot be opened here: the PDF reader "
                                            "(reissuedesk-pdf-worker) is not installed with this program")};
    }
    MemoryFile pdf("reissuedesk-pdf");
    MemoryFile answer("reissuedesk-pdf-answer");
    if (!pdf.ok() || !answer.ok() || !pdf.write(input)) {
        return {{},
                QCoreApplication::translate("PdfSandbox", "PDFs cannot be opened here: no memory for the PDF "
                                                          "reader's files (%1)")
                    .arg(QString::fromLocal8Bit(std::strerror(errno)))};
    }

    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LC_ALL"), messagesLocale());
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(pdf.path());
    process.setStandardOutputFile(answer.path());
    // In the child, between fork and exec: async-signal-safe calls only. The
    // file-size limit keeps a runaway answer from filling memory (SIGXFSZ).
    const rlim_t cpuSeconds = rlim_t(limitMs / 1000 + 2);
    const rlim_t answerBytes = rlim_t(answerCap);
    process.setChildProcessModifier([cpuSeconds, answerBytes] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        // The kernel's first choice when memory runs out: several workers at
        // their memory limit at once (one per background thread) must cost a
        // worker, never the desk. Raising the score needs no privilege.
        const int score = ::open("/proc/self/oom_score_adj", O_WRONLY | O_CLOEXEC);
        if (score >= 0) {
            [[maybe_unused]] const ssize_t written = ::write(score, "1000", 4);
            ::close(score);
        }
        const rlimit cpu{cpuSeconds, cpuSeconds + 1};
        ::setrlimit(RLIMIT_CPU, &cpu);
        const rlimit size{answerBytes, answerBytes};
        ::setrlimit(RLIMIT_FSIZE, &size);
    });

    QDeadlineTimer deadline(limitMs);
    const RunningWorker counted;
    process.start(QIODevice::ReadOnly);
    if (!process.waitForStarted(int(std::max<qint64>(1, deadline.remainingTime())))) {
        return {{},
                QCoreApplication::translate("PdfSandbox", "PDFs cannot be opened here: the PDF reader (%1) "
                                                          "could not be started: %2")
                    .arg(program, process.errorString())};
    }
    // Waits in slices, to see the stop flag and the worker's memory.
    const auto slice = [&deadline] { return int(std::clamp<qint64>(deadline.remainingTime(), 1, PollMs)); };
    const qint64 pid = process.processId();
    while (!process.waitForFinished(slice()) && process.state() != QProcess::NotRunning) {
        if (stopped(stop)) {
            process.kill();
            process.waitForFinished(5'000);
            return {{}, PdfSandbox::stoppedMessage()};
        }
        if (residentBytes(pid) > memoryLimit) {
            process.kill();
            process.waitForFinished(5'000);
            const QString why = PdfSandbox::memoryMessage(memoryLimit);
            rememberRefusal(key, why);
            return {{}, why};
        }
        if (!deadline.hasExpired())
            continue;
        process.kill();
        process.waitForFinished(5'000);
        const QString why = PdfSandbox::stalledMessage(limitMs);
        rememberRefusal(key, why);
        return {{}, why};
    }
    if (process.exitStatus() == QProcess::CrashExit) {
        return {{},
                QCoreApplication::translate("PdfSandbox",
                                            "the PDF reader stopped on this file (it crashed), so it is not opened")};
    }
    if (process.exitCode() != 0) {
        const QString said =
            QString::fromUtf8(process.readAllStandardError()).trimmed().section(QLatin1Char('\n'), 0, 0);
        return {{},
                QCoreApplication::translate("PdfSandbox", "the PDF reader failed (exit code %1): %2")
                    .arg(process.exitCode())
                    .arg(said.left(300))};
    }
    WorkerAnswer result;
    if (!answer.readAll(answerCap, &result.output))
        result.output.clear(); // read as an answer that does not add up
    return result;
}

QString unreadableAnswer()
{
    return QCoreApplication::translate("PdfSandbox", "the PDF reader gave an answer that could not be read, "
                                                     "so the PDF is not opened");
}

} // namespace

QString PdfSandbox::stalledMessage(int timeLimitMs)
{
    return QCoreApplication::translate("PdfSandbox", "the PDF could not be opened within %1 s and was stopped "
                                                     "(it may be damaged or made to stall a reader), so it is not "
                                                     "opened")
        .arg(QLocale().toString(timeLimitMs / 1000.0, 'g', 3));
}

QString PdfSandbox::memoryMessage(qint64 limitBytes)
{
    return QCoreApplication::translate("PdfSandbox", "the PDF needed more than %1 MB of memory to open and was "
                                                     "stopped (it may be made to exhaust memory), so it is not "
                                                     "opened")
        .arg(QLocale().toString(limitBytes / (1024 * 1024)));
}

QString PdfSandbox::stoppedMessage()
{
    return QCoreApplication::translate("PdfSandbox", "the PDF was not opened: it is no longer wanted");
}

int PdfSandbox::runningWorkers()
{
    return g_runningWorkers.load();
}

void PdfSandbox::setTimeLimitMs(int milliseconds)
{
    g_timeLimitMs.store(std::max(1, milliseconds));
}

int PdfSandbox::timeLimitMs()
{
    return g_timeLimitMs.load();
}

void PdfSandbox::setMemoryLimitBytes(qint64 bytes)
{
    g_memoryLimitBytes.store(std::max<qint64>(1, bytes));
}

qint64 PdfSandbox::memoryLimitBytes()
{
    return g_memoryLimitBytes.load();
}

void PdfSandbox::setWorkerProgram(const QString &path)
{
    QMutexLocker lock(&shared().mutex);
    shared().workerOverride = path;
}

QString PdfSandbox::installedWorker(const QString &programFolder)
{
    // Beside the program (the build tree), else where the package puts it.
    const QStringList places{programFolder + QStringLiteral("/reissuedesk-pdf-worker"),
                             programFolder + QStringLiteral("/../libexec/reissuedesk-pdf-worker")};
    for (const QString &place : places) {
        if (isExecutableFile(place))
            return QFileInfo(place).canonicalFilePath();
    }
    return {};
}

QString PdfSandbox::workerProgram()
{
    {
        QMutexLocker lock(&shared().mutex);
        if (!shared().workerOverride.isEmpty())
            return shared().workerOverride;
    }
    const QString fromEnvironment = qEnvironmentVariable("REISSUEDESK_PDF_WORKER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString installed = installedWorker(QCoreApplication::applicationDirPath());
    if (!installed.isEmpty())
        return installed;
    const QString built = QString::fromUtf8(REISSUEDESK_BUILD_PDF_WORKER_PATH);
    if (isExecutableFile(built))
        return built;
    return {};
}

detail::PdfPageResult PdfSandbox::renderPage(const detail::PdfPageRequest &request)
{
    const QByteArray key = fingerprint(request.bytes);
    const WorkerAnswer answer =
        runWorker({QStringLiteral("render"), QString::number(request.page), QString::number(request.targetSize.width()),
                   QString::number(request.targetSize.height()), QString::number(request.maxPixels)},
                  request.bytes, key, std::max<qint64>(request.maxPixels, 0) * 4 + AnswerOverheadBytes, request.stop);
    detail::PdfPageResult result;
    if (!answer.error.isEmpty()) {
        result.error = answer.error;
    } else if (!detail::PdfWire::decode(answer.output, request.maxPixels, &result)) {
        result = {};
        result.error = unreadableAnswer();
    } else {
        QMutexLocker lock(&shared().mutex);
        if (shared().facts.size() >= MaxRememberedFacts)
            shared().facts.clear();
        shared().facts.insert(key, result.facts);
    }
    return result;
}

detail::PdfFacts PdfSandbox::readFacts(const QByteArray &bytes, const std::shared_ptr<const std::atomic<bool>> &stop)
{
    const QByteArray key = fingerprint(bytes);
    {
        QMutexLocker lock(&shared().mutex);
        if (const auto known = shared().facts.constFind(key); known != shared().facts.cend())
            return *known;
    }
    const WorkerAnswer answer = runWorker({QStringLiteral("facts")}, bytes, key, AnswerOverheadBytes, stop);
    detail::PdfFacts facts;
    if (!answer.error.isEmpty()) {
        facts.error = answer.error;
    } else if (!detail::PdfWire::decode(answer.output, &facts)) {
        facts = {};
        facts.error = unreadableAnswer();
    }
    return facts;
}

} // namespace reissuedesk
