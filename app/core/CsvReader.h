#pragma once
// Reads RFC 4180 CSV from a stream, one record at a time, for files that come
// from outside (a carrier's export): quoted fields with doubled quotes and line
// breaks inside, CRLF, LF or a lone CR (old Mac exports), UTF-8 with or without
// a byte order mark (UTF-16 is refused by name, see readError()). It never
// seeks and never asks the size, so standard input, a FIFO or a process
// substitution read like a file.
//
// Bad input never stops the reader: a record it cannot read whole (longer than
// the cap, an unterminated quote, a stray quote, a NUL byte, bytes that are not
// UTF-8) comes back with `problem` set and reading goes on with the next
// record. Input past a total cap (default 128 MiB, far more than any real
// export) ends reading with readError() set: /dev/zero or an endless pipe has
// no line breaks to resume at, and would otherwise be read for ever. Records carry the number of the physical line they
// start on, which is what an editor shows and what a rejection names. Empty lines are skipped.

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace reissuedesk {

struct CsvRecord {
    qint64 line = 0;    // the physical line (1-based) the record starts on
    QStringList fields; // empty when `problem` is set
    QString problem;    // why the record could not be read; empty when it could
};

class CsvReader {
public:
    static constexpr qsizetype DefaultMaxRecordBytes = 64 * 1024;
    static constexpr qint64 DefaultMaxInputBytes = qint64(128) * 1024 * 1024;

    explicit CsvReader(QIODevice &input, qsizetype maxRecordBytes = DefaultMaxRecordBytes);

    // The next record; false at the end of the input or when reading failed
    // (readError() then says why).
    bool next(CsvRecord &record);

    // Why the device could not be read (or was longer than the input cap);
    // empty when it could.
    QString readError() const { return m_readError; }

    void setMaxInputBytes(qint64 bytes) { m_maxInputBytes = bytes; }

private:
    int peekByte();
    int takeByte();

    QIODevice &m_input;
    qsizetype m_maxRecordBytes;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    qint64 m_inputBytes = 0;
    qint64 m_maxInputBytes = DefaultMaxInputBytes;
    qint64 m_line = 1;
    bool m_atStart = true;
    bool m_ended = false;
    QString m_readError;
};

} // namespace reissuedesk
