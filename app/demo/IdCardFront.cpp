// The front of the card: the template (labels, portrait placeholder) and the
// holder's name, sex, ethnicity, birth date, address and ID number.

#include "demo/IdCard.h"
#include "demo/PaintingSupport.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace reissuedesk::demo::painting {

void paintFrontTemplate(QPainter &p, qreal k)
{
    QLinearGradient base(0, 0, CardWidthMm * k, CardHeightMm * k);
    base.setColorAt(0, QColor(231, 240, 246));
    base.setColorAt(0.55, QColor(242, 243, 240));
    base.setColorAt(1, QColor(247, 236, 232));
    p.fillRect(QRectF(0, 0, CardWidthMm * k, CardHeightMm * k), base);
    paintGuilloche(p, k, QColor(110, 150, 205, 34), 0.0);

    // Portrait placeholder: a grey box with a head-and-shoulders silhouette.
    const QRectF photo(54.5 * k, 5.5 * k, 25.5 * k, 32.0 * k);
    QLinearGradient photoFill(photo.topLeft(), photo.bottomLeft());
    photoFill.setColorAt(0, QColor(214, 217, 222));
    photoFill.setColorAt(1, QColor(192, 196, 203));
    p.fillRect(photo, photoFill);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(140, 145, 153));
    p.scale(k, k);
    p.drawEllipse(QPointF(67.25, 17.0), 5.6, 7.0);
    QPainterPath shoulders;
    shoulders.moveTo(55.0, 37.5);
    shoulders.cubicTo(56.0, 29.5, 61.0, 27.0, 64.5, 26.0);
    shoulders.lineTo(70.0, 26.0);
    shoulders.cubicTo(73.5, 27.0, 78.5, 29.5, 79.5, 37.5);
    shoulders.closeSubpath();
    p.drawPath(shoulders);
    p.drawRect(QRectF(65.0, 22.0, 4.5, 5.0)); // neck
    p.restore();

    p.setPen(QColor(LabelColour));
    p.setFont(cjkFont(qRound(2.6 * k)));
    const auto label = [&](qreal x, qreal y, const QString &text) { drawText(p, QPointF(x * k, y * k), text); };
    label(6.0, 10.5, u"姓  名"_s);
    label(6.0, 17.0, u"性  别"_s);
    label(24.5, 17.0, u"民  族"_s);
    label(6.0, 23.5, u"出  生"_s);
    label(24.0, 23.5, u"年"_s);
    label(31.6, 23.5, u"月"_s);
    label(39.2, 23.5, u"日"_s);
    label(6.0, 30.0, u"住  址"_s);
    label(6.0, 47.5, u"公民身份号码"_s);
}

void paintFrontFields(QPainter &p, qreal k, const IdCardFace &face)
{
    const auto at = [k](qreal x, qreal y) { return QPointF(x * k, y * k); };
    p.setPen(QColor(ValueColour));
    p.setFont(cjkFont(qRound(3.6 * k), QFont::Medium));
    drawText(p, at(15.2, 10.7), face.name);

    p.setFont(cjkFont(qRound(3.0 * k)));
    drawText(p, at(15.2, 17.0), face.sex);
    drawText(p, at(33.5, 17.0), face.ethnicity);
    if (face.birthDate.isValid()) {
        const QFontMetricsF metrics(p.font());
        const auto rightAligned = [&](qreal rightMm, qreal y, const QString &text) {
            drawText(p, QPointF(rightMm * k - metrics.horizontalAdvance(text), y * k), text);
        };
        drawText(p, at(15.2, 23.5), QString::number(face.birthDate.year()));
        rightAligned(31.0, 23.5, QString::number(face.birthDate.month()));
        rightAligned(38.6, 23.5, QString::number(face.birthDate.day()));
    }

    // Long addresses shrink a little before they would need a fourth line, much as
    // the card printer does.
    const qreal addressWidth = 52.5 * k - 15.2 * k;
    QFont addressFont;
    QStringList lines;
    for (const qreal scale : {1.0, 0.9, 0.8}) {
        addressFont = cjkFont(qRound(3.0 * k * scale));
        lines = wrapText(face.address, QFontMetricsF(addressFont), addressWidth);
        if (lines.size() <= 3)
            break;
    }
    p.setFont(addressFont);
    const qreal lineHeight = QFontMetricsF(addressFont).height() * 1.12;
    for (qsizetype i = 0; i < std::min<qsizetype>(lines.size(), 4); ++i)
        drawText(p, QPointF(15.2 * k, 30.0 * k + i * lineHeight), lines.at(i));

    QFont number = digitFont(qRound(3.4 * k));
    const qreal natural = QFontMetricsF(number).horizontalAdvance(face.idNumber);
    const qreal spanMm = 52.0;
    if (face.idNumber.size() > 1 && natural < spanMm * k)
        number.setLetterSpacing(QFont::AbsoluteSpacing, (spanMm * k - natural) / (face.idNumber.size() - 1));
    p.setFont(number);
    drawText(p, at(29.0, 47.6), face.idNumber);
}

} // namespace reissuedesk::demo::painting
