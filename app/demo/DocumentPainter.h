#pragma once
// Synthetic document images for the demo data: phone photos of Chinese resident
// ID cards and agents' purchase vouchers. Everything is rendered in memory; the
// seeder stores the bytes wherever it keeps documents.

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QSize>
#include <QString>

namespace reissuedesk::demo {

// What is printed on a Chinese resident ID card (第二代居民身份证).
struct IdCardFace {
    QString name;
    QString sex;       // "男" / "女"
    QString ethnicity; // "汉"
    QDate birthDate;
    QString address;
    QString idNumber;
    QString issuingAuthority; // "北京市公安局朝阳分局"
    QDate validFrom;
    QDate validUntil; // invalid = "长期" (no expiry)
};

// An agent's sales receipt for the card.
struct Voucher {
    QString agentName;
    QString receiptNumber;
    QDateTime soldAt;
    QString customerName;
    QString cardNumber;
    qint64 amountCents = 0;
};

enum class Blemish { None, Blurred, Dim };

struct RenderedDocument {
    QByteArray bytes;
    QString mediaType; // "image/jpeg", "image/png", "application/pdf"
    QSize pixelSize;   // stored pixel size (before EXIF rotation); for PDF the page size in points
};

// All functions are thread-safe and deterministic: the same arguments give the same
// bytes, in any thread and whatever was rendered before (except voucherPdf, whose
// PDF carries a creation date). Nothing is written to disk.
class DocumentPainter {
public:
    // The card is drawn as a phone photo of a card on a desk: background, the card
    // (aspect 85.6 x 54 mm) filling most of the frame, text in Chinese. `megapixels`
    // in [1, 24] sets the output size (4:3 frame). exifOrientation 1..8: the pixels are
    // stored rotated so that a viewer applying the EXIF tag shows the card upright.
    // `seed` varies the desk, the lighting and the card's placement and tilt; the same
    // seed with another blemish shows the same scene. Megapixels outside [1, 24] are
    // clamped, an orientation outside 1..8 counts as 1.
    static RenderedDocument idFront(const IdCardFace &face, double megapixels, Blemish blemish,
                                    int exifOrientation, quint32 seed);
    static RenderedDocument idBack(const IdCardFace &face, double megapixels, Blemish blemish,
                                   int exifOrientation, quint32 seed);

    // A phone screenshot of the agent's e-receipt, at most 1080 x 1920, as PNG.
    static RenderedDocument voucherPng(const Voucher &voucher, quint32 seed);

    // A one-page A6 PDF receipt, as an agent's till would print or e-mail it.
    static RenderedDocument voucherPdf(const Voucher &voucher);
};

} // namespace reissuedesk::demo
