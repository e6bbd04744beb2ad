#include "demo/VoucherPainter.h"

#include "demo/PaintingSupport.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace reissuedesk::demo::painting {

namespace {

QString formatYuan(qint64 cents)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return (cents < 0 ? u"-¥"_s : u"¥"_s) + QString::number(magnitude / 100) + u'.' +
           QString::number(magnitude % 100).rightJustified(2, u'0');
}

QList<std::pair<QString, QString>> voucherRows(const Voucher &voucher)
{
    return {
        {u"凭证编号"_s, voucher.receiptNumber}, {u"销售时间"_s, voucher.soldAt.toString(u"yyyy-MM-dd HH:mm:ss"_s)},
        {u"客户姓名"_s, voucher.customerName},  {u"商品名称"_s, u"数据卡（含首月套餐）"_s},
        {u"卡号"_s, voucher.cardNumber},        {u"实收金额"_s, formatYuan(voucher.amountCents)},
        {u"销售网点"_s, voucher.agentName},
    };
}

// The agent's red seal, slightly rotated and translucent like a real ink stamp.
void paintSeal(QPainter &p, QPointF centre, qreal radius, const QString &agentName, qreal rotation)
{
    const QColor ink(210, 30, 40, 190);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(centre);
    p.rotate(rotation);
    p.setPen(QPen(ink, radius * 0.06));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(QPointF(0, 0), radius, radius);
    p.setPen(Qt::NoPen);
    p.setBrush(ink);
    p.drawPolygon(star(QPointF(0, 0), radius * 0.28));

    // The agent's name runs clockwise along the top of the ring, glyph tops facing
    // out; long names get smaller glyphs rather than overlapping ones.
    const QString name = agentName.isEmpty() ? u"销售代理"_s : agentName;
    const qsizetype n = name.size();
    const qreal sweep = std::min<qreal>(220.0, 24.0 * n);
    const qreal baselineRadius = radius * 0.66;
    const qreal step = n > 1 ? qDegreesToRadians(sweep / (n - 1)) * baselineRadius : radius;
    const QFont font = cjkFont(qRound(std::min(radius * 0.26, step * 0.92)), QFont::Bold);
    const QFontMetricsF metrics(font);
    p.setFont(font);
    p.setPen(ink);
    for (qsizetype i = 0; i < n; ++i) {
        const qreal angle = n == 1 ? 0.0 : -sweep / 2 + sweep * i / (n - 1);
        p.save();
        p.rotate(angle);
        const QString glyph = name.mid(i, 1);
        drawText(p, QPointF(-metrics.horizontalAdvance(glyph) / 2, -baselineRadius), glyph);
        p.restore();
    }
    p.setFont(cjkFont(qRound(radius * 0.2), QFont::Bold));
    const QString caption = u"销售专用章"_s;
    const qreal width = QFontMetricsF(p.font()).horizontalAdvance(caption);
    drawText(p, QPointF(-width / 2, radius * 0.66), caption);
    p.restore();
}

// A QR-code-like block: finder squares and pseudo-random modules. It decodes to
// nothing; it only has to look like the code on a real e-receipt.
void paintPseudoQr(QPainter &p, QRectF rect, quint32 seed)
{
    constexpr int modules = 25;
    const qreal m = rect.width() / modules;
    Rng rng(seed);
    p.save();
    p.setPen(Qt::NoPen);
    p.fillRect(rect, Qt::white);
    p.setBrush(QColor(20, 20, 20));
    const auto inFinder = [](int x, int y) {
        return (x < 8 && y < 8) || (x >= modules - 8 && y < 8) || (x < 8 && y >= modules - 8);
    };
    for (int y = 0; y < modules; ++y) {
        for (int x = 0; x < modules; ++x) {
            if (!inFinder(x, y) && rng.below(2) == 1)
                p.drawRect(QRectF(rect.x() + x * m, rect.y() + y * m, m, m));
        }
    }
    for (const QPointF corner : {QPointF(0, 0), QPointF(modules - 7, 0), QPointF(0, modules - 7)}) {
        const QPointF origin = rect.topLeft() + corner * m;
        p.drawRect(QRectF(origin, QSizeF(7 * m, 7 * m)));
        p.setBrush(Qt::white);
        p.drawRect(QRectF(origin + QPointF(m, m), QSizeF(5 * m, 5 * m)));
        p.setBrush(QColor(20, 20, 20));
        p.drawRect(QRectF(origin + QPointF(2 * m, 2 * m), QSizeF(3 * m, 3 * m)));
    }
    p.restore();
}

} // namespace

RenderedDocument renderVoucherPng(const Voucher &voucher, quint32 seed)
{
    Rng rng(seed);
    // Common phone screen sizes, none above 1080 x 1920.
    static const std::array<QSize, 4> screens = {QSize(720, 1280), QSize(750, 1334), QSize(828, 1472),
                                                 QSize(1080, 1920)};
    const QSize size = screens[static_cast<size_t>(rng.below(4))];
    static const std::array<QColor, 4> themes = {QColor(22, 119, 255), QColor(7, 193, 96), QColor(255, 106, 0),
                                                 QColor(230, 33, 41)};
    const QColor theme = themes[static_cast<size_t>(rng.below(4))];
    const qreal dp = size.width() / 360.0; // layout in Android-style density-independent pixels
    const auto px = [dp](qreal v) { return v * dp; };
    const auto fontPx = [dp](qreal v) { return qRound(v * dp); };

    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(242, 243, 245));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);

    // Status bar and navigation bar, as any phone screenshot has.
    p.fillRect(QRectF(0, 0, size.width(), px(80)), theme);
    p.setPen(Qt::white);
    p.setFont(cjkFont(fontPx(13), QFont::Medium));
    const QDateTime shotAt = voucher.soldAt.addSecs(60 + rng.below(600));
    drawText(p, QPointF(px(16), px(18)), shotAt.toString(u"HH:mm"_s));
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    for (int i = 0; i < 4; ++i)
        p.drawRect(QRectF(px(292 + i * 5), px(16 - 3 * i), px(3), px(3 + 3 * i)));
    p.setPen(QPen(Qt::white, px(1)));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(px(318), px(6), px(22), px(11)), px(2), px(2));
    p.fillRect(QRectF(px(320), px(8), px(6 + rng.below(14)), px(7)), Qt::white);
    p.setFont(cjkFont(fontPx(17), QFont::Medium));
    drawCentredText(p, QRectF(0, px(28), size.width(), px(48)), u"电子销售凭证"_s);
    p.setPen(QPen(Qt::white, px(2)));
    p.drawPolyline(QPolygonF({QPointF(px(24), px(44)), QPointF(px(16), px(52)), QPointF(px(24), px(60))}));

    // The receipt card.
    const QRectF card(px(14), px(92), size.width() - px(28), px(392));
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawRoundedRect(card, px(10), px(10));
    p.setBrush(QColor(7, 193, 96));
    p.drawEllipse(QPointF(size.width() / 2.0, px(124)), px(17), px(17));
    p.setPen(QPen(Qt::white, px(3.5), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPolyline(
        QPolygonF({QPointF(size.width() / 2.0 - px(8), px(124)), QPointF(size.width() / 2.0 - px(2), px(131)),
                   QPointF(size.width() / 2.0 + px(9), px(117))}));
    p.setPen(QColor(30, 30, 30));
    p.setFont(cjkFont(fontPx(15)));
    drawCentredText(p, QRectF(card.left(), px(146), card.width(), px(24)), u"交易成功"_s);
    p.setFont(cjkFont(fontPx(32), QFont::Bold));
    drawCentredText(p, QRectF(card.left(), px(170), card.width(), px(44)), formatYuan(voucher.amountCents));
    p.setPen(QPen(QColor(230, 230, 232), px(1)));
    p.drawLine(QPointF(card.left() + px(16), px(226)), QPointF(card.right() - px(16), px(226)));

    qreal y = px(254);
    p.setFont(cjkFont(fontPx(14)));
    const QFontMetricsF metrics(p.font());
    for (const auto &[label, value] : voucherRows(voucher)) {
        p.setPen(QColor(140, 140, 145));
        drawText(p, QPointF(card.left() + px(16), y), label);
        p.setPen(QColor(30, 30, 30));
        const QString shown = metrics.elidedText(value, Qt::ElideMiddle, card.width() - px(120));
        drawText(p, QPointF(card.right() - px(16) - metrics.horizontalAdvance(shown), y), shown);
        y += px(34);
    }
    paintSeal(p, QPointF(card.right() - px(72), px(412)), px(44), voucher.agentName, rng.uniform(-20, 20));

    paintPseudoQr(p, QRectF(size.width() / 2.0 - px(50), px(500), px(100), px(100)),
                  seed ^ stableHash(voucher.receiptNumber));
    p.setPen(QColor(140, 140, 145));
    p.setFont(cjkFont(fontPx(12)));
    drawCentredText(p, QRectF(0, px(606), size.width(), px(24)), u"请妥善保管本凭证，办理补卡时需出示"_s);
    p.end();

    RenderedDocument document;
    // For PNG the quality sets zlib's effort; 80 (level 1) encodes fastest short of
    // storing uncompressed, and flat screenshot colours still compress well.
    document.bytes = encode(image, "png", 80);
    document.mediaType = u"image/png"_s;
    document.pixelSize = image.size();
    return document;
}

RenderedDocument renderVoucherPdf(const Voucher &voucher)
{
    RenderedDocument document;
    QBuffer buffer(&document.bytes);
    buffer.open(QIODevice::WriteOnly);
    const QPageSize pageSize(QPageSize::A6);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(pageSize);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(300);
        writer.setTitle(u"销售凭证 "_s + voucher.receiptNumber);
        writer.setCreator(u"ReissueDesk demo data"_s);

        QPainter p(&writer);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal mm = 300 / 25.4;
        const qreal pageWidth = pageSize.size(QPageSize::Millimeter).width() * mm;
        const qreal left = 9 * mm;
        const qreal right = pageWidth - 9 * mm;

        p.setPen(QColor(20, 20, 20));
        p.setFont(cjkFont(qRound(4.6 * mm), QFont::Bold));
        p.drawText(QRectF(0, 8 * mm, pageWidth, 8 * mm), Qt::AlignCenter, voucher.agentName);
        p.setFont(cjkFont(qRound(3.6 * mm)));
        p.drawText(QRectF(0, 17 * mm, pageWidth, 6 * mm), Qt::AlignCenter, u"数据卡销售凭证"_s);
        p.setPen(QPen(QColor(20, 20, 20), 0.3 * mm));
        p.drawLine(QPointF(left, 25 * mm), QPointF(right, 25 * mm));

        qreal y = 32 * mm;
        p.setFont(cjkFont(qRound(3.0 * mm)));
        const QFontMetricsF metrics(p.font());
        for (const auto &[label, value] : voucherRows(voucher)) {
            p.drawText(QPointF(left, y), label + u'：');
            const QString shown = metrics.elidedText(value, Qt::ElideMiddle, right - left - 20 * mm);
            p.drawText(QPointF(right - metrics.horizontalAdvance(shown), y), shown);
            y += 7 * mm;
        }
        p.setPen(QPen(QColor(20, 20, 20), 0.2 * mm, Qt::DashLine));
        p.drawLine(QPointF(left, y - 3 * mm), QPointF(right, y - 3 * mm));
        p.setPen(QColor(20, 20, 20));
        p.drawText(QPointF(left, y + 5 * mm), u"经办人：__________"_s);
        p.drawText(QPointF(left, y + 12 * mm), u"客户签字：__________"_s);
        p.setFont(cjkFont(qRound(2.4 * mm)));
        p.drawText(QRectF(left, y + 20 * mm, right - left, 12 * mm), Qt::AlignLeft | Qt::TextWordWrap,
                   u"本凭证为购卡证明，办理补卡时请出示。如有疑问请联系销售网点。"_s);
        paintSeal(p, QPointF(right - 18 * mm, y + 8 * mm), 13 * mm, voucher.agentName,
                  (stableHash(voucher.receiptNumber) % 30) - 15.0);
    }
    document.mediaType = u"application/pdf"_s;
    document.pixelSize = pageSize.sizePoints();
    return document;
}

} // namespace reissuedesk::demo::painting
