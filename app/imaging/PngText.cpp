#include "imaging/PngText.h"

#include <QByteArrayView>
#include <QtEndian>

namespace reissuedesk {
namespace {

constexpr qsizetype SignatureBytes = 8;
constexpr qsizetype ChunkOverhead = 12; // length, type, CRC

bool isText(QByteArrayView type)
{
    return type == "tEXt" || type == "zTXt" || type == "iTXt";
}

bool namesTheSoftware(QByteArrayView data)
{
    const qsizetype nul = data.first(std::min<qsizetype>(data.size(), 80)).indexOf('\0');
    if (nul <= 0)
        return false;
    const QByteArrayView keyword = data.first(nul);
    return keyword == "Software" || keyword == "Creator" || keyword == "Creation Software";
}

} // namespace

QByteArray PngText::withoutSurplusText(const QByteArray &png)
{
    if (!png.startsWith("\x89PNG\r\n\x1a\n"))
        return png;
    QByteArray out;
    out.reserve(png.size());
    out.append(png.constData(), SignatureBytes);
    const qsizetype n = png.size();
    qsizetype pos = SignatureBytes;
    int kept = 0;
    while (pos + ChunkOverhead <= n) {
        const quint32 length = qFromBigEndian<quint32>(png.constData() + pos);
        if (length > quint32(n - pos - ChunkOverhead))
            break;
        const QByteArrayView type(png.constData() + pos + 4, 4);
        const qsizetype size = ChunkOverhead + qsizetype(length);
        bool keep = !isText(type);
        if (!keep && kept < MaxKeptTextChunks && length <= MaxKeptTextBytes &&
            namesTheSoftware({png.constData() + pos + 8, length})) {
            keep = true;
            ++kept;
        }
        if (keep)
            out.append(png.constData() + pos, size);
        pos += size;
        if (type == "IEND")
            break;
    }
    out.append(png.constData() + pos, n - pos);
    return out;
}

} // namespace reissuedesk
