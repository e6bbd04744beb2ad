#include "imaging/PdfWire.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>

namespace reissuedesk::detail::PdfWire {
namespace {

constexpr quint32 PageTag = 0x52445031;  // "RDP1"
constexpr quint32 FactsTag = 0x52444631; // "RDF1"
constexpr int MaxSide = 1'000'000;       // PdfRendering's own clamp

QDataStream &configured(QDataStream &stream)
{
    stream.setVersion(QDataStream::Qt_6_4);
    return stream;
}

void writeFacts(QDataStream &stream, const PdfFacts &facts)
{
    stream << facts.error << qint32(facts.pageCount) << facts.firstPageSizePoints << facts.creator << facts.producer
           << facts.createdAt;
}

bool readFacts(QDataStream &stream, PdfFacts *facts)
{
    qint32 pageCount = 0;
    stream >> facts->error >> pageCount >> facts->firstPageSizePoints >> facts->creator >> facts->producer >>
        facts->createdAt;
    facts->pageCount = pageCount;
    return stream.status() == QDataStream::Ok && pageCount >= 0;
}

} // namespace

QByteArray encode(const PdfPageResult &result)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    configured(stream);
    const QImage image = result.image.isNull() ? QImage() : result.image.convertToFormat(QImage::Format_RGB32);
    stream << PageTag << result.error;
    writeFacts(stream, result.facts);
    stream << result.fullSize << result.scaledDown << qint32(image.width()) << qint32(image.height());
    const int rowBytes = image.width() * 4;
    for (int y = 0; y < image.height(); ++y)
        stream.writeRawData(reinterpret_cast<const char *>(image.constScanLine(y)), rowBytes);
    return bytes;
}

QByteArray encode(const PdfFacts &facts)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    configured(stream);
    stream << FactsTag;
    writeFacts(stream, facts);
    return bytes;
}

bool decode(const QByteArray &bytes, qint64 maxPixels, PdfPageResult *result)
{
    QDataStream stream(bytes);
    configured(stream);
    quint32 tag = 0;
    qint32 width = 0;
    qint32 height = 0;
    PdfPageResult read;
    stream >> tag >> read.error;
    if (tag != PageTag || !readFacts(stream, &read.facts))
        return false;
    stream >> read.fullSize >> read.scaledDown >> width >> height;
    if (stream.status() != QDataStream::Ok || width < 0 || height < 0 || width > MaxSide || height > MaxSide ||
        (width == 0) != (height == 0) || qint64(width) * height > std::max<qint64>(maxPixels, 0))
        return false;
    const qint64 pixelBytes = qint64(width) * height * 4;
    if (stream.device()->bytesAvailable() != pixelBytes)
        return false;
    if (width > 0) {
        QImage image(width, height, QImage::Format_RGB32);
        if (image.isNull())
            return false;
        for (int y = 0; y < height; ++y) {
            if (stream.readRawData(reinterpret_cast<char *>(image.scanLine(y)), width * 4) != width * 4)
                return false;
        }
        read.image = std::move(image);
    }
    *result = std::move(read);
    return true;
}

bool decode(const QByteArray &bytes, PdfFacts *facts)
{
    QDataStream stream(bytes);
    configured(stream);
    quint32 tag = 0;
    PdfFacts read;
    stream >> tag;
    if (tag != FactsTag || !readFacts(stream, &read) || !stream.atEnd())
        return false;
    *facts = std::move(read);
    return true;
}

} // namespace reissuedesk::detail::PdfWire
