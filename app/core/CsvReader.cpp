#include "core/CsvReader.h"

#include <QStringDecoder>
#include <algorithm>

namespace reissuedesk {
namespace {

constexpr qint64 chunkBytes = 64 * 1024;

// Fields are collected as bytes (the delimiters are ASCII, so UTF-8 can be
// split on them safely) and decoded once the record is complete.
QString decodeFields(const QList<QByteArray> &raw, QStringList &fields)
{
    for (const QByteArray &bytes : raw) {
        if (bytes.contains('\0'))
            return QStringLiteral("the line contains a NUL byte");
        // ConvertInitialBom: a U+FEFF at the start of a field is data, to be judged.
        QStringDecoder decoder(QStringDecoder::Utf8,
                               QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
        QString text = decoder.decode(bytes);
        if (decoder.hasError())
            return QStringLiteral("the line is not valid UTF-8 text");
        fields.append(std::move(text));
    }
    return {};
}

// The start of the input could still be a byte order mark (UTF-8, or UTF-16
// either way round) once more bytes arrive.
bool mayBeByteOrderMark(const QByteArray &start)
{
    return QByteArray("\xEF\xBB\xBF").startsWith(start) || QByteArray("\xFF\xFE").startsWith(start) ||
           QByteArray("\xFE\xFF").startsWith(start);
}

} // namespace

CsvReader::CsvReader(QIODevice &input, qsizetype maxRecordBytes)
    : m_input(input)
    , m_maxRecordBytes(maxRecordBytes)
{
}

int CsvReader::peekByte()
{
    if (m_position < m_buffer.size())
        return static_cast<unsigned char>(m_buffer.at(m_position));
    if (m_ended)
        return -1;
    m_buffer.clear();
    m_position = 0;
    // At the start, read until a byte order mark can be recognised: a pipe may
    // deliver the first bytes one at a time.
    do {
        const qsizetype had = m_buffer.size();
        m_buffer.resize(had + chunkBytes);
        const qint64 count = m_input.read(m_buffer.data() + had, chunkBytes);
        if (count < 0)
            m_readError = m_input.errorString();
        m_buffer.resize(had + std::max<qint64>(count, 0));
        m_inputBytes += std::max<qint64>(count, 0);
        if (m_inputBytes > m_maxInputBytes) {
            m_readError = m_maxInputBytes % (1024 * 1024) == 0
                              ? QStringLiteral("it is larger than %1 MiB").arg(m_maxInputBytes / (1024 * 1024))
                              : QStringLiteral("it is larger than %1 bytes").arg(m_maxInputBytes);
            m_buffer.clear();
            m_ended = true;
            return -1;
        }
        if (count <= 0) {
            m_ended = true;
            break;
        }
    } while (m_atStart && m_buffer.size() < 3 && mayBeByteOrderMark(m_buffer));
    if (m_atStart) {
        m_atStart = false;
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_position = 3; // a byte order mark opening the file is not data
        if (m_buffer.startsWith("\xFF\xFE") || m_buffer.startsWith("\xFE\xFF")) {
            // Excel's "Unicode text" and some Windows tools: every other byte
            // is NUL, and no line of it could be read.
            m_readError = QStringLiteral("it is UTF-16 text, not UTF-8 (save it as \"CSV UTF-8\")");
            m_buffer.clear();
            m_ended = true;
            return -1;
        }
    }
    if (m_position >= m_buffer.size())
        return m_ended ? -1 : peekByte();
    return static_cast<unsigned char>(m_buffer.at(m_position));
}

int CsvReader::takeByte()
{
    const int byte = peekByte();
    if (byte >= 0) {
        ++m_position;
        // LF, CRLF and a lone CR (old Mac exports) each end a physical line.
        if (byte == '\n' || (byte == '\r' && peekByte() != '\n'))
            ++m_line;
    }
    return byte;
}

bool CsvReader::next(CsvRecord &record)
{
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };

    record = {};
    QList<QByteArray> raw;
    QByteArray field;
    State state = State::FieldStart;
    bool started = false;
    bool tooLong = false;
    qsizetype recordBytes = 0;
    QString problem;
    auto note = [&problem](const QString &why) {
        if (problem.isEmpty())
            problem = why;
    };
    auto keep = [&](char byte) {
        if (!tooLong)
            field.append(byte);
    };

    for (;;) {
        const qint64 lineBefore = m_line;
        const int byte = takeByte();
        if (byte < 0) {
            if (!started || !m_readError.isEmpty())
                return false;
            if (state == State::Quoted)
                note(QStringLiteral("a quoted field is not closed before the end of the file"));
            break;
        }
        if (!started) {
            started = true;
            record.line = lineBefore;
        }
        const bool lineEnd = byte == '\n' || byte == '\r';
        // The line break ending the record does not count against the cap.
        if (!tooLong && !(lineEnd && state != State::Quoted) && ++recordBytes > m_maxRecordBytes) {
            // The rest of the record is still walked through (quotes and all)
            // so that reading resumes at the next record, but not kept.
            tooLong = true;
            raw.clear();
            field.clear();
        }
        if (state == State::Quoted) {
            if (byte == '"')
                state = State::AfterQuote;
            else
                keep(char(byte));
            continue;
        }
        if (state == State::AfterQuote) {
            if (byte == '"') { // a doubled quote stands for one
                keep('"');
                state = State::Quoted;
                continue;
            }
            if (byte != ',' && !lineEnd) {
                note(QStringLiteral("there is text after the closing quote of a field"));
                keep(char(byte));
                state = State::Unquoted;
                continue;
            }
        }
        if (lineEnd) {
            if (byte == '\r' && peekByte() == '\n')
                takeByte();
            if (state == State::FieldStart && raw.isEmpty() && !tooLong) {
                started = false; // an empty line: no record
                continue;
            }
            break;
        }
        if (byte == ',') {
            if (!tooLong)
                raw.append(field);
            field.clear();
            state = State::FieldStart;
            continue;
        }
        if (byte == '"') {
            if (state == State::FieldStart) {
                state = State::Quoted;
                continue;
            }
            note(QStringLiteral("a field that does not start with a quote contains one"));
        }
        keep(char(byte));
        state = State::Unquoted;
    }
    if (tooLong) {
        record.problem = m_maxRecordBytes % 1024 == 0
                             ? QStringLiteral("the line is longer than %1 KiB").arg(m_maxRecordBytes / 1024)
                             : QStringLiteral("the line is longer than %1 bytes").arg(m_maxRecordBytes);
        return true;
    }
    raw.append(field);
    if (problem.isEmpty())
        problem = decodeFields(raw, record.fields);
    if (!problem.isEmpty()) {
        record.fields.clear();
        record.problem = problem;
    }
    return true;
}

} // namespace reissuedesk
