#pragma once
// An input file read as a stream, the way `cat` reads it: standard input
// ("-"), a regular file, a FIFO (opening one waits for its writer) or a
// process substitution (/dev/fd/63) alike. Never seeked, never sized, and
// indifferent to a non-blocking descriptor inherited from the caller: where
// QFile took "no data yet" on such a pipe for the end of the input (and an
// import reported "0 lines"), this waits for data (poll) and ends only at
// the real end.

#include <QIODevice>

namespace reissuedesk::cli {

class StreamInput final : public QIODevice {
public:
    StreamInput() = default;
    ~StreamInput() override;
    StreamInput(const StreamInput &) = delete;
    StreamInput &operator=(const StreamInput &) = delete;

    // "-" is standard input. False, with errorString() set, when it cannot
    // be opened.
    bool openPath(const QString &path);

    bool isSequential() const override { return true; }
    void close() override;

protected:
    // Blocks until some bytes arrive; 0 only at the end of the input.
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    int m_fd = -1;
    bool m_ownsDescriptor = false;
};

} // namespace reissuedesk::cli
