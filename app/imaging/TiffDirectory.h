#pragma once
// One TIFF directory (IFD) read off bytes that may be hostile: the header, the
// entries of a directory, strings and integers, every offset checked against
// the data first. ExifReader reads EXIF with it; TiffJpegWork a TIFF's strips.

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <cstring>

namespace reissuedesk::tiff {

inline constexpr quint16 TypeByte = 1;
inline constexpr quint16 TypeAscii = 2;
inline constexpr quint16 TypeShort = 3;
inline constexpr quint16 TypeLong = 4;
inline constexpr quint16 TypeUndefined = 7;
inline constexpr quint16 TypeIfd = 13;

// Longer strings are cut: nothing the desk shows needs more, and a hostile count
// must not turn into a large allocation.
inline constexpr qsizetype MaxStringBytes = 256;

// Bytes per value of the TIFF 6.0 field types; 0 for unknown types.
inline quint64 typeSize(quint16 type)
{
    switch (type) {
    case 1:
    case 2:
    case 6:
    case 7:
        return 1; // BYTE ASCII SBYTE UNDEFINED
    case 3:
    case 8:
        return 2; // SHORT SSHORT
    case 4:
    case 9:
    case 11:
    case 13:
        return 4; // LONG SLONG FLOAT IFD
    case 5:
    case 10:
    case 12:
        return 8; // RATIONAL SRATIONAL DOUBLE
    default:
        return 0;
    }
}

class Directory {
public:
    explicit Directory(QByteArrayView bytes)
        : m_d(reinterpret_cast<const uchar *>(bytes.data()))
        , m_size(bytes.size())
    {
    }

    bool readHeader(quint32 &ifd0)
    {
        if (m_size < 8)
            return false;
        if (m_d[0] == 'I' && m_d[1] == 'I')
            m_littleEndian = true;
        else if (m_d[0] == 'M' && m_d[1] == 'M')
            m_littleEndian = false;
        else
            return false;
        if (u16(2) != 42)
            return false;
        ifd0 = u32(4);
        return isIfd(ifd0);
    }

    bool isIfd(quint64 offset) const { return offset >= 8 && offset + 2 <= quint64(m_size); }

    // Calls visit(tag, type, count, valueOffset) for each entry of the IFD at
    // `offset` that lies entirely within the data; valueOffset is where the value
    // bytes are (inline or pointed to) and has been checked to hold count values.
    template <typename Visit> void forEachEntry(quint64 offset, Visit visit) const
    {
        if (!isIfd(offset))
            return;
        const quint64 declared = u16(qsizetype(offset));
        const quint64 fit = (quint64(m_size) - offset - 2) / 12; // a truncated table is read as far as it goes
        const quint64 entries = qMin(declared, fit);
        for (quint64 i = 0; i < entries; ++i) {
            const qsizetype entry = qsizetype(offset + 2 + 12 * i);
            const quint16 tag = u16(entry);
            const quint16 type = u16(entry + 2);
            const quint64 count = u32(entry + 4);
            const quint64 unit = typeSize(type);
            if (unit == 0 || count == 0)
                continue;
            const quint64 bytes = unit * count; // at most 8 * (2^32 - 1): no overflow in 64 bits
            quint64 valueOffset = quint64(entry) + 8;
            if (bytes > 4)
                valueOffset = u32(entry + 8);
            if (valueOffset > quint64(m_size) || bytes > quint64(m_size) - valueOffset)
                continue;
            visit(tag, type, count, qsizetype(valueOffset));
        }
    }

    quint16 u16(qsizetype at) const
    {
        return m_littleEndian ? quint16(m_d[at] | (m_d[at + 1] << 8)) : quint16((m_d[at] << 8) | m_d[at + 1]);
    }
    quint32 u32(qsizetype at) const
    {
        const quint32 a = u16(at);
        const quint32 b = u16(at + 2);
        return m_littleEndian ? (b << 16) | a : (a << 16) | b;
    }

    QString string(quint16 type, quint64 count, qsizetype at) const
    {
        if (type != TypeAscii && type != TypeByte && type != TypeUndefined)
            return {};
        const auto *begin = reinterpret_cast<const char *>(m_d + at);
        qsizetype length = qsizetype(qMin<quint64>(count, MaxStringBytes));
        if (const void *nul = std::memchr(begin, 0, size_t(length)))
            length = static_cast<const char *>(nul) - begin;
        // Chinese phone software writes UTF-8 here although EXIF says ASCII.
        return QString::fromUtf8(begin, length).trimmed();
    }

    // SHORT or LONG, first value.
    bool integer(quint16 type, qsizetype at, quint32 &value) const
    {
        if (type == TypeShort)
            value = u16(at);
        else if (type == TypeLong || type == TypeIfd)
            value = u32(at);
        else
            return false;
        return true;
    }

    // Value `index` of a SHORT or LONG array that forEachEntry() handed over
    // at `at` (and so checked to hold `count` values); 0 for other types.
    quint32 integerAt(quint16 type, qsizetype at, quint64 index) const
    {
        if (type == TypeShort)
            return u16(at + qsizetype(2 * index));
        if (type == TypeLong)
            return u32(at + qsizetype(4 * index));
        return 0;
    }

private:
    const uchar *m_d;
    qsizetype m_size;
    bool m_littleEndian = true;
};

} // namespace reissuedesk::tiff
