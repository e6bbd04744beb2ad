#include "ui/DocumentThumbnailDelegate.h"

#include "models/DocumentThumbnailModel.h"

#include <QApplication>
#include <QPainter>

namespace reissuedesk {
namespace {

void paintBadge(QPainter &painter, const QPointF &center, const QColor &color, const QString &symbol)
{
    const double radius = 11;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 2));
    painter.setBrush(color);
    painter.drawEllipse(center, radius, radius);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(14);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRectF(center.x() - radius, center.y() - radius, 2 * radius, 2 * radius), Qt::AlignCenter, symbol);
    painter.restore();
}

} // namespace

DocumentThumbnailDelegate::DocumentThumbnailDelegate(QSize thumbnailSize, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_thumbnailSize(thumbnailSize)
{
}

QSize DocumentThumbnailDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return QSize(m_thumbnailSize.width() + 4, m_thumbnailSize.height() + option.fontMetrics.height() + 12);
}

void DocumentThumbnailDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, widget);

    const QString state = index.data(DocumentThumbnailModel::StateRole).toString();
    const QImage thumbnail = index.data(DocumentThumbnailModel::ThumbnailRole).value<QImage>();
    const int pages = index.data(DocumentThumbnailModel::PageCountRole).toInt();
    const bool failed = state == QLatin1String("failed");
    const QRectF box(option.rect.left() + 2, option.rect.top() + 4, m_thumbnailSize.width(), m_thumbnailSize.height());
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;

    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    if (!thumbnail.isNull()) {
        const QSizeF size = (QSizeF(thumbnail.size()) / dpr).scaled(box.size(), Qt::KeepAspectRatio);
        const QRectF target(box.center().x() - size.width() / 2, box.center().y() - size.height() / 2, size.width(),
                            size.height());
        painter->drawImage(target, thumbnail);
        painter->setPen(QColor(0, 0, 0, 70));
        painter->drawRect(target.adjusted(0.5, 0.5, -0.5, -0.5));
    } else {
        const QRectF target = box.adjusted(24, 6, -24, -6);
        painter->fillRect(target, failed ? QColor(0xfb, 0xea, 0xea) : QColor(0xec, 0xef, 0xf3));
        painter->setPen(failed ? QColor(0xa3, 0x1b, 0x1b) : QColor(0x80, 0x86, 0x8f));
        QFont font = painter->font();
        font.setPixelSize(failed ? 34 : 14);
        painter->setFont(font);
        painter->drawText(target, Qt::AlignCenter, failed ? QStringLiteral("✗") : tr("Loading…"));
    }
    const QPointF badgeAt(box.right() - 14, box.top() + 14);
    if (failed)
        paintBadge(*painter, badgeAt, QColor(0xc6, 0x28, 0x28), QStringLiteral("✗"));
    else if (state == QLatin1String("changed") || state == QLatin1String("damaged"))
        paintBadge(*painter, badgeAt, QColor(0xd9, 0x7a, 0x00), QStringLiteral("!"));
    const bool pdf = index.data(DocumentThumbnailModel::MediaTypeRole).toString() == QLatin1String("application/pdf");
    if (pages > 1 || pdf) {
        const QString pill = pages > 1 ? tr("PDF · %1 p.").arg(pages) : QStringLiteral("PDF");
        QFont font = painter->font();
        font.setPixelSize(11);
        font.setBold(true);
        painter->setFont(font);
        const QRectF pillRect(box.left() + 4, box.bottom() - 20, QFontMetricsF(font).horizontalAdvance(pill) + 12, 16);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x24, 0x4a, 0x7c, 220));
        painter->drawRoundedRect(pillRect, 8, 8);
        painter->setPen(Qt::white);
        painter->drawText(pillRect, Qt::AlignCenter, pill);
    }
    painter->restore();

    const QRect captionRect(option.rect.left() + 2, int(box.bottom()) + 6, option.rect.width() - 4,
                            option.fontMetrics.height());
    const QString caption = option.fontMetrics.elidedText(index.data(DocumentThumbnailModel::CaptionRole).toString(),
                                                          Qt::ElideRight, captionRect.width());
    // The selection is a frame round the picture and a bold caption, drawn
    // here: styles do not all fill an icon-mode item's background, and a
    // highlighted-text caption on an unfilled background vanished.
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    if (selected) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box.adjusted(-1, -1, 1, 1), 3, 3);
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
    }
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(captionRect, Qt::AlignHCenter | Qt::AlignVCenter, caption);
    painter->restore();
}

} // namespace reissuedesk
