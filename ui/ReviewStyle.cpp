#include "ui/ReviewStyle.h"

#include "ui/ApplicationPresentation.h"

#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace reissuedesk::reviewstyle {

QString pillStyle(const QColor &background, const QColor &foreground)
{
    return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px; padding: 2px 10px; "
                          "font-weight: 600; }")
        .arg(background.name(), foreground.name());
}

QColor verdictColor(CheckVerdict verdict)
{
    switch (verdict) {
    case CheckVerdict::Pass:
        return QColor(0x1e, 0x8e, 0x3e);
    case CheckVerdict::Warning:
        return QColor(0xe3, 0x74, 0x00);
    case CheckVerdict::Info:
        return QColor(0x75, 0x7d, 0x86);
    case CheckVerdict::Fail:
        break;
    }
    return QColor(0xd9, 0x30, 0x25);
}

QIcon verdictIcon(CheckVerdict verdict, qreal devicePixelRatio)
{
    constexpr int size = 18;
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(verdictColor(verdict));
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    painter.setPen(QPen(Qt::white, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    switch (verdict) {
    case CheckVerdict::Pass: {
        QPainterPath tick;
        tick.moveTo(5.2, 9.4);
        tick.lineTo(7.9, 12.1);
        tick.lineTo(12.9, 6.4);
        painter.drawPath(tick);
        break;
    }
    case CheckVerdict::Warning:
        painter.drawLine(QPointF(9, 4.8), QPointF(9, 10.2));
        painter.drawPoint(QPointF(9, 13.3));
        break;
    case CheckVerdict::Fail:
        painter.drawLine(QPointF(6.2, 6.2), QPointF(11.8, 11.8));
        painter.drawLine(QPointF(11.8, 6.2), QPointF(6.2, 11.8));
        break;
    case CheckVerdict::Info: // "i": nothing judged yet
        painter.drawPoint(QPointF(9, 5.2));
        painter.drawLine(QPointF(9, 8.2), QPointF(9, 13.2));
        break;
    }
    return QIcon(pixmap);
}

QString bannerStyle(BannerTone tone, const QString &frameName, const QString &labelName)
{
    QString frame;
    QString text;
    switch (tone) {
    case BannerTone::Info:
        frame = QStringLiteral("background: #e8f0fe; border: 1px solid #aecbfa;");
        text = QStringLiteral("#174ea6");
        break;
    case BannerTone::Warning:
        frame = QStringLiteral("background: #fff4ce; border: 1px solid #f0d37a;");
        text = QStringLiteral("#6b4700");
        break;
    case BannerTone::Error:
        frame = QStringLiteral("background: #fde2e1; border: 1px solid #f3b1ad;");
        text = QStringLiteral("#8c1d18");
        break;
    }
    return QStringLiteral("#%1 { %2 border-radius: 6px; } #%3 { color: %4; font-weight: 600; }")
        .arg(frameName, frame, labelName, text);
}

void makeCaption(QLabel *caption)
{
    QPalette palette = caption->palette();
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    palette.setColor(QPalette::WindowText, QColor::fromRgbF(text.redF() * 0.6f + window.redF() * 0.4f,
                                                            text.greenF() * 0.6f + window.greenF() * 0.4f,
                                                            text.blueF() * 0.6f + window.blueF() * 0.4f));
    caption->setPalette(palette);
    caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
}

void makeValue(QLabel *value)
{
    // Customer data is hostile: never guessed as rich text.
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

QString localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(presentation::dateTimeFormat) : QStringLiteral("—");
}

QString shortTime(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    return local.date() == QDate::currentDate() ? local.toString(QStringLiteral("HH:mm"))
                                                : local.toString(presentation::dateTimeFormat);
}

} // namespace reissuedesk::reviewstyle
