#include "ImagingTestData.h"

#include <QBuffer>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>

#include <array>

namespace reissuedesk::test {

QImage markedImage(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(0, 0, 255));
    const int mark = std::max(4, std::min(size.width(), size.height()) / 6);
    QRandomGenerator rng(42);
    for (int y = size.height() / 2; y < size.height() * 3 / 4; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x)
            line[x] = qRgb(int(rng.bounded(256)), int(rng.bounded(256)), 255);
    }
    for (int y = 0; y < mark; ++y) {
        for (int x = 0; x < mark; ++x)
            image.setPixel(x, y, qRgb(255, 0, 0));
    }
    return image;
}

QByteArray encode(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    if (!writer.write(image))
        qFatal("cannot encode test image as %s: %s", format, qPrintable(writer.errorString()));
    return bytes;
}

QByteArray jpeg(QSize size, int quality)
{
    return encode(markedImage(size), "jpeg", quality);
}
QByteArray png(QSize size)
{
    return encode(markedImage(size), "png");
}

quint32 crc32(QByteArrayView bytes)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : bytes)
        crc = table[(crc ^ uchar(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

namespace {
void appendU32be(QByteArray &out, quint32 v)
{
    out.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
}
} // namespace

QByteArray pngChunk(const char type[4], const QByteArray &data)
{
    QByteArray chunk;
    appendU32be(chunk, quint32(data.size()));
    const QByteArray typeAndData = QByteArray(type, 4) + data;
    chunk += typeAndData;
    appendU32be(chunk, crc32(typeAndData));
    return chunk;
}

QByteArray pngDeclaring(quint32 width, quint32 height, int bitDepth, int colourType)
{
    QByteArray ihdr;
    appendU32be(ihdr, width);
    appendU32be(ihdr, height);
    ihdr.append(char(bitDepth)).append(char(colourType)).append(char(0)).append(char(0)).append(char(0));
    // qCompress prefixes the zlib stream with a 4-byte length; PNG wants the stream.
    const QByteArray idat = qCompress(QByteArray(64, '\0')).mid(4);
    return QByteArray("\x89PNG\r\n\x1A\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", idat) + pngChunk("IEND", {});
}

QByteArray pngWithText(const QByteArray &png, const QByteArray &keyword, const QByteArray &text)
{
    const qsizetype afterIhdr = 8 + 4 + 4 + 13 + 4;
    return png.left(afterIhdr) + pngChunk("tEXt", keyword + '\0' + text) + png.mid(afterIhdr);
}

TiffEntry TiffEntry::text(quint16 tag, const QString &value)
{
    TiffEntry e;
    e.tag = tag;
    e.type = 2;
    e.ascii = value.toUtf8();
    return e;
}

TiffEntry TiffEntry::shortValue(quint16 tag, quint16 value)
{
    TiffEntry e;
    e.tag = tag;
    e.type = 3;
    e.number = value;
    return e;
}

TiffEntry TiffEntry::longValue(quint16 tag, quint32 value)
{
    TiffEntry e;
    e.tag = tag;
    e.type = 4;
    e.number = value;
    return e;
}

namespace {

class TiffWriter {
public:
    explicit TiffWriter(bool le)
        : m_le(le)
    {
    }
    void u16(QByteArray &out, quint16 v) const
    {
        if (m_le)
            out.append(char(v)).append(char(v >> 8));
        else
            out.append(char(v >> 8)).append(char(v));
    }
    void u32(QByteArray &out, quint32 v) const
    {
        if (m_le) {
            u16(out, quint16(v));
            u16(out, quint16(v >> 16));
        } else {
            u16(out, quint16(v >> 16));
            u16(out, quint16(v));
        }
    }
    QByteArray valueBytes(const TiffEntry &e) const
    {
        QByteArray v;
        if (e.type == 2)
            v = e.ascii + '\0';
        else if (e.type == 3)
            u16(v, quint16(e.number));
        else
            u32(v, e.number);
        return v;
    }
    static quint32 count(const TiffEntry &e, const QByteArray &value)
    {
        if (e.count)
            return e.count;
        return e.type == 2 ? quint32(value.size()) : 1;
    }

    // IFD at `offset` followed by its out-of-line values.
    QByteArray ifd(const QList<TiffEntry> &entries, quint32 offset) const
    {
        QByteArray table;
        QByteArray data;
        const quint32 dataStart = offset + 2 + 12 * quint32(entries.size()) + 4;
        u16(table, quint16(entries.size()));
        for (const TiffEntry &e : entries) {
            const QByteArray value = valueBytes(e);
            u16(table, e.tag);
            u16(table, e.type);
            u32(table, count(e, value));
            if (value.size() <= 4 && e.forcedOffset < 0) {
                table += value + QByteArray(4 - value.size(), '\0');
            } else {
                u32(table, e.forcedOffset >= 0 ? quint32(e.forcedOffset) : dataStart + quint32(data.size()));
                if (e.forcedOffset < 0) {
                    data += value;
                    if (data.size() % 2)
                        data += '\0';
                }
            }
        }
        u32(table, 0); // no next IFD
        return table + data;
    }

private:
    bool m_le;
};

} // namespace

QByteArray tiff(bool littleEndian, const QList<TiffEntry> &ifd0, const QList<TiffEntry> &exifIfd)
{
    const TiffWriter w(littleEndian);
    QByteArray out = littleEndian ? QByteArray("II") : QByteArray("MM");
    w.u16(out, 42);
    w.u32(out, 8);
    QList<TiffEntry> first = ifd0;
    if (!exifIfd.isEmpty()) {
        first.append(TiffEntry::longValue(0x8769, 0)); // patched below once the size is known
        const quint32 exifOffset = 8 + quint32(w.ifd(first, 8).size());
        first.last().number = exifOffset;
        out += w.ifd(first, 8);
        out += w.ifd(exifIfd, exifOffset);
    } else {
        out += w.ifd(first, 8);
    }
    return out;
}

QByteArray withAppSegment(const QByteArray &jpeg, uchar marker, const QByteArray &payload)
{
    const int length = int(payload.size()) + 2;
    QByteArray segment;
    segment.append(char(0xFF)).append(char(marker)).append(char(length >> 8)).append(char(length & 0xFF));
    segment += payload;
    return jpeg.left(2) + segment + jpeg.mid(2);
}

QByteArray withExifSegment(const QByteArray &jpeg, const QByteArray &tiffBytes)
{
    return withAppSegment(jpeg, 0xE1, QByteArray("Exif\0\0", 6) + tiffBytes);
}

QByteArray pdf(int pages, const QString &creator)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72);
        writer.setCreator(creator);
        QPainter painter(&writer);
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            painter.fillRect(QRect(50, 50, 200, 100), QColor(200, 0, 0));
            painter.drawText(QPoint(60, 200), QStringLiteral("page %1").arg(i + 1));
        }
    }
    return bytes;
}

QByteArray passwordProtectedPdf()
{
    const QByteArray hex32(64, 'A'); // 32 bytes that no password produces
    return pdfFromObjects({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                           "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
                           "<< /Filter /Standard /V 1 /R 2 /O <" + hex32 + "> /U <" + hex32 + "> /P -44 >>"},
                          "/Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> "
                          "<0123456789ABCDEF0123456789ABCDEF>]");
}

QByteArray pdfFromObjects(const QList<QByteArray> &objects, const QByteArray &trailerEntries)
{
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : std::as_const(offsets))
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R " + trailerEntries +
           (trailerEntries.isEmpty() ? "" : " ") + ">>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray pdfWithObjectStream(const QByteArray &kidsOfTwo, bool compressed, qsizetype padding, char separator)
{
    const QList<QByteArray> streamed = {"<< /Type /Pages /Kids " + kidsOfTwo + " /Count 1 >>",
                                        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>"};
    QByteArray header;
    QByteArray body;
    for (int i = 0; i < streamed.size(); ++i) {
        header +=
            QByteArray(header.isEmpty() ? "" : " ") + QByteArray::number(i + 2) + ' ' + QByteArray::number(body.size());
        body += streamed.at(i) + separator;
    }
    header += separator;
    body += QByteArray(padding, ' ');
    const QByteArray data = compressed ? qCompress(header + body).mid(4) : header + body; // zlib, no Qt prefix
    QByteArray out = "%PDF-1.5\n";
    const qsizetype catalogue = out.size();
    out += "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n";
    const qsizetype objectStream = out.size();
    out += "4 0 obj\n<< /Type /ObjStm /N 2 /First " + QByteArray::number(header.size()) + " /Length " +
           QByteArray::number(data.size()) + (compressed ? " /Filter /FlateDecode" : "") + " >>\nstream\n" + data +
           "\nendstream\nendobj\n";
    const qsizetype xrefStream = out.size();
    // Rows of /W [1 4 2]: type, offset (or object stream), generation (or index).
    const auto row = [](int type, quint32 field, quint16 last) -> QByteArray {
        QByteArray bytes(1, char(type));
        for (int shift = 24; shift >= 0; shift -= 8)
            bytes += char((field >> shift) & 0xff);
        return bytes + char(last >> 8) + char(last & 0xff);
    };
    const QByteArray rows = row(0, 0, 0xffff) + row(1, quint32(catalogue), 0) + row(2, 4, 0) + row(2, 4, 1) +
                            row(1, quint32(objectStream), 0) + row(1, quint32(xrefStream), 0);
    out += "5 0 obj\n<< /Type /XRef /Size 6 /W [1 4 2] /Root 1 0 R /Length " + QByteArray::number(rows.size()) +
           " >>\nstream\n" + rows + "\nendstream\nendobj\nstartxref\n" + QByteArray::number(xrefStream) + "\n%%EOF\n";
    return out;
}

} // namespace reissuedesk::test
