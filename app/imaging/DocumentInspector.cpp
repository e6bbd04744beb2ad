#include "imaging/DocumentInspector.h"

#include "imaging/DocumentDecoder.h"
#include "imaging/ExifReader.h"
#include "imaging/LibTiffMessages.h"
#include "imaging/PdfSandbox.h"
#include "imaging/PngText.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QImageReader>
#include <QRegularExpression>

namespace reissuedesk {
namespace {

// Editors whose name in a file's metadata means a person worked on the picture
// after it was taken: desktop and phone photo editors, beauty apps popular in
// China, and online design tools. Cameras and phone galleries write their own
// firmware or OS names, which are not listed.
const QRegularExpression &editorPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("photoshop|lightroom|\\bgimp\\b|snapseed|picsart|meitu|pixelmator|affinity (?:photo|designer)"
                       "|\\bcanva\\b|fotor|photopea|paint\\.net|facetune|beautycam|beautyplus|faceu|photodirector"
                       "|polarr|adobe express"
                       "|美图|醒图|美颜|轻颜|美拍|天天p图|黄油相机"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

struct Metadata {
    ExifData exif;
    QStringList softwareMentions; // every value that names the writing program, for the editor check
    QString pngSoftware;
    QString xmpCreatorTool;
};

quint32 u32be(const uchar *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3];
}
quint32 u32le(const uchar *p)
{
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
}

// xmp:CreatorTool is the program that made the file; stEvt:softwareAgent entries
// are the programs in its editing history. Both as attributes and as elements.
void readXmp(QByteArrayView packet, Metadata &meta)
{
    static const QRegularExpression pattern(
        QStringLiteral("(xmp:CreatorTool|stEvt:softwareAgent)\\s*(?:=\\s*\"([^\"]{0,256})\"|>([^<]{0,256})<)"));
    const QString text = QString::fromUtf8(packet.first(qMin<qsizetype>(packet.size(), 256 * 1024)));
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    int matches = 0;
    while (it.hasNext() && ++matches <= 64) {
        const QRegularExpressionMatch m = it.next();
        const QString value = (m.captured(2).isEmpty() ? m.captured(3) : m.captured(2)).trimmed();
        if (value.isEmpty())
            continue;
        if (m.captured(1) == QLatin1String("xmp:CreatorTool") && meta.xmpCreatorTool.isEmpty())
            meta.xmpCreatorTool = value;
        meta.softwareMentions.append(value);
    }
}

void readTiffMetadata(QByteArrayView tiff, Metadata &meta)
{
    if (tiff.startsWith(QByteArrayView("Exif\0\0", 6))) // WebP writers disagree on this prefix
        tiff = tiff.sliced(6);
    meta.exif = ExifReader::fromTiff(tiff);
}

void readJpegMetadata(const QByteArray &bytes, Metadata &meta)
{
    meta.exif = ExifReader::fromJpeg(bytes);
    const QByteArray xmp =
        ExifReader::jpegAppSegment(bytes, 0xE1, QByteArrayView("http://ns.adobe.com/xap/1.0/\0", 29));
    if (!xmp.isEmpty())
        readXmp(xmp, meta);
}

// tEXt and uncompressed iTXt anywhere in the file (compressed text before the image
// data is added from Qt's reader by the caller). Chunk lengths are checked against
// the bytes present; CRCs are not (metadata, not pixels).
void readPngMetadata(const QByteArray &bytes, Metadata &meta)
{
    const auto *d = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype pos = 8;
    while (pos + 12 <= n) {
        const quint32 length = u32be(d + pos);
        if (length > quint32(n - pos - 12))
            break;
        const QByteArrayView type(bytes.constData() + pos + 4, 4);
        const QByteArrayView data(bytes.constData() + pos + 8, length);
        pos += 12 + qsizetype(length);

        if (type == "IEND")
            break;
        if (type == "eXIf") {
            readTiffMetadata(data, meta);
            continue;
        }
        if (type != "tEXt" && type != "iTXt")
            continue;
        const qsizetype nul = data.indexOf('\0');
        if (nul <= 0)
            continue;
        const QByteArrayView keyword = data.first(nul);
        QString text;
        if (type == "tEXt") {
            text = QString::fromLatin1(data.sliced(nul + 1).first(qMin<qsizetype>(data.size() - nul - 1, 4096)));
        } else {
            // iTXt: keyword\0 compressionFlag compressionMethod languageTag\0 translatedKeyword\0 text
            qsizetype p = nul + 1;
            if (p + 2 > data.size() || data[p] != 0)
                continue; // compressed
            p += 2;
            const qsizetype language = data.indexOf('\0', p);
            if (language < 0)
                continue;
            const qsizetype translated = data.indexOf('\0', language + 1);
            if (translated < 0)
                continue;
            const QByteArrayView utf8 = data.sliced(translated + 1);
            if (keyword == "XML:com.adobe.xmp") {
                readXmp(utf8, meta);
                continue;
            }
            text = QString::fromUtf8(utf8.first(qMin<qsizetype>(utf8.size(), 4096)));
        }
        if (keyword == "Software" || keyword == "Creator" || keyword == "Creation Software") {
            text = text.trimmed();
            if (keyword == "Software" && meta.pngSoftware.isEmpty())
                meta.pngSoftware = text;
            meta.softwareMentions.append(text);
        }
    }
}

void readWebpMetadata(const QByteArray &bytes, Metadata &meta)
{
    const auto *d = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype pos = 12; // "RIFF" size "WEBP"
    while (pos + 8 <= n) {
        const quint32 length = u32le(d + pos + 4);
        if (length > quint32(n - pos - 8))
            break;
        const QByteArrayView type(bytes.constData() + pos, 4);
        const QByteArrayView data(bytes.constData() + pos + 8, length);
        if (type == "EXIF")
            readTiffMetadata(data, meta);
        else if (type == "XMP ")
            readXmp(data, meta);
        pos += 8 + qsizetype(length) + (length & 1); // chunks are padded to even sizes
    }
}

void addWarning(DocumentFacts &facts, const QString &warning)
{
    if (!facts.warnings.contains(warning))
        facts.warnings.append(warning);
}

void inspectImage(const QByteArray &bytes, DocumentFacts &facts)
{
    Metadata meta;
    const QByteArray &format = facts.sniffed.imageFormat;
    if (format == "jpeg")
        readJpegMetadata(bytes, meta);
    else if (format == "png")
        readPngMetadata(bytes, meta);
    else if (format == "webp")
        readWebpMetadata(bytes, meta);
    else if (format == "tiff")
        readTiffMetadata(bytes, meta);

    QBuffer buffer;
    buffer.setData(format == "png" ? PngText::withoutSurplusText(bytes) : bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    reader.setDecideFormatFromContent(false);
    const qint64 limit = DecodeRequest::DefaultMaxPixels;
    // As DocumentDecoder: a canvas Qt would allocate while reading the header
    // is judged first, and the allocation limit raised to the budget before.
    const QSize canvas = DocumentDecoder::declaredCanvas(bytes, format);
    DocumentDecoder::ensureAllocationLimit(limit);
    LibTiffMessages::keepOffStandardError();
    if (canvas.isValid() && qint64(canvas.width()) * canvas.height() > limit) {
        addWarning(facts, DocumentDecoder::pixelBudgetMessage(canvas, limit));
    } else if (const QSize stored = reader.size(); stored.isValid()) {
        const bool rotated = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
        facts.pixelSize = rotated ? stored.transposed() : stored;
        facts.pageCount = 1;
        if (qint64(stored.width()) * stored.height() > limit)
            addWarning(facts, DocumentDecoder::pixelBudgetMessage(stored, limit));
    } else {
        addWarning(facts, QCoreApplication::translate("DocumentInspector", "the %1 header cannot be read: %2")
                              .arg(facts.sniffed.label, reader.errorString()));
    }
    if (format == "png") {
        // Qt (libpng) also inflates compressed text chunks that precede the
        // image data: only those that name the software are left (PngText).
        const QStringList keys = reader.textKeys();
        for (const QString &key : keys) {
            if (key != QLatin1String("Software") && key != QLatin1String("Creator"))
                continue;
            const QString value = reader.text(key).trimmed();
            if (key == QLatin1String("Software") && meta.pngSoftware.isEmpty())
                meta.pngSoftware = value;
            meta.softwareMentions.append(value);
        }
    }

    facts.exifOrientation = meta.exif.orientation >= 1 ? meta.exif.orientation : 1;
    facts.cameraMake = meta.exif.make;
    facts.cameraModel = meta.exif.model;
    facts.capturedAt = meta.exif.capturedAt();
    facts.software = !meta.exif.software.isEmpty() ? meta.exif.software
                     : !meta.pngSoftware.isEmpty() ? meta.pngSoftware
                                                   : meta.xmpCreatorTool;
    if (!meta.exif.software.isEmpty())
        meta.softwareMentions.prepend(meta.exif.software);

    for (const QString &mention : std::as_const(meta.softwareMentions)) {
        if (!DocumentInspector::editingProgramIn(mention).isEmpty())
            addWarning(
                facts,
                QCoreApplication::translate("DocumentInspector", "metadata names an editing program: %1").arg(mention));
    }
}

void inspectPdf(const QByteArray &bytes, DocumentFacts &facts, const std::shared_ptr<const std::atomic<bool>> &stop)
{
    const detail::PdfFacts pdf = PdfSandbox::readFacts(bytes, stop);
    if (!pdf.error.isEmpty()) {
        addWarning(facts, pdf.error);
        return;
    }
    facts.pageCount = pdf.pageCount;
    facts.pageSizePoints = pdf.firstPageSizePoints;
    facts.software = pdf.creator.isEmpty() ? pdf.producer : pdf.creator;
    facts.capturedAt = pdf.createdAt;
    for (const QString &mention : {pdf.creator, pdf.producer}) {
        if (!DocumentInspector::editingProgramIn(mention).isEmpty())
            addWarning(
                facts,
                QCoreApplication::translate("DocumentInspector", "metadata names an editing program: %1").arg(mention));
    }
}

} // namespace

QString DocumentInspector::editingProgramIn(const QString &text)
{
    if (text.isEmpty())
        return {};
    return editorPattern().match(text).captured(0);
}

QString DocumentInspector::normalisedMediaType(const QString &mediaType)
{
    QString type = mediaType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    static const std::pair<QLatin1String, QLatin1String> aliases[] = {
        {QLatin1String("image/jpg"), QLatin1String("image/jpeg")},
        {QLatin1String("image/pjpeg"), QLatin1String("image/jpeg")},
        {QLatin1String("image/x-png"), QLatin1String("image/png")},
        {QLatin1String("image/x-ms-bmp"), QLatin1String("image/bmp")},
        {QLatin1String("image/x-bmp"), QLatin1String("image/bmp")},
        {QLatin1String("image/heif"), QLatin1String("image/heic")},
        {QLatin1String("application/x-pdf"), QLatin1String("application/pdf")},
        {QLatin1String("application/x-zip-compressed"), QLatin1String("application/zip")},
    };
    for (const auto &[alias, canonical] : aliases) {
        if (type == alias)
            return canonical;
    }
    return type;
}

DocumentFacts DocumentInspector::inspect(const QByteArray &bytes, const QString &declaredMediaType,
                                         const std::shared_ptr<const std::atomic<bool>> &stop)
{
    DocumentFacts facts;
    facts.sizeBytes = bytes.size();
    facts.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    facts.sniffed = ContentSniffer::sniff(bytes);

    const QString declared = normalisedMediaType(declaredMediaType);
    if (!declared.isEmpty() && declared != facts.sniffed.mediaType) {
        addWarning(facts,
                   QCoreApplication::translate("DocumentInspector", "detected type %1 differs from the declared %2")
                       .arg(facts.sniffed.mediaType, declared));
    }

    if (bytes.isEmpty()) {
        addWarning(facts, QCoreApplication::translate("DocumentInspector", "the file is empty"));
    } else if (!facts.sniffed.displayable) {
        addWarning(facts, DocumentDecoder::undisplayableMessage(facts.sniffed));
    } else if (facts.sniffed.isPdf()) {
        inspectPdf(bytes, facts, stop);
    } else {
        inspectImage(bytes, facts);
    }
    return facts;
}

} // namespace reissuedesk
