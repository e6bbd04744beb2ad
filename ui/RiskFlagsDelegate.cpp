#include "ui/RiskFlagsDelegate.h"

#include "models/QueueModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace reissuedesk {
namespace {

constexpr int cellPadding = 6;
constexpr int badgeGap = 4;

QFont badgeFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    font.setPointSizeF(std::max(7.0, base.pointSizeF() * 0.8));
    return font;
}

QSize badgeSize(RiskFlag flag, const QFont &font)
{
    const QFontMetrics metrics(badgeFont(font));
    const int height = metrics.height() + 4;
    const int width =
        std::max(height + 2, metrics.horizontalAdvance(RiskFlagsDelegate::badgeText(flag)) + 10);
    return {width, height};
}

} // namespace

RiskFlagsDelegate::RiskFlagsDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QList<RiskFlag> RiskFlagsDelegate::flagsIn(int bits)
{
    QList<RiskFlag> flags;
    for (const RiskFlag flag : RiskAssessment::all()) {
        if (bits & int(flag))
            flags.append(flag);
    }
    return flags;
}

QString RiskFlagsDelegate::badgeText(RiskFlag flag)
{
    // Short enough to fit four badges in a narrow column; translators may use one
    // Chinese character each (代, 证, 复, 重).
    switch (flag) {
    case RiskFlag::SuspectedProxy:
        return tr("P", "risk badge: suspected proxy application");
    case RiskFlag::InvalidIdNumber:
        return tr("ID", "risk badge: invalid ID number");
    case RiskFlag::RepeatReplacement:
        return tr("R", "risk badge: repeat replacement");
    case RiskFlag::ReusedDocument:
        return tr("D", "risk badge: reused document");
    }
    return {};
}

QString RiskFlagsDelegate::flagName(RiskFlag flag)
{
    switch (flag) {
    case RiskFlag::SuspectedProxy:
        return tr("Suspected proxy application: the applicant is not the account holder");
    case RiskFlag::InvalidIdNumber:
        return tr("Invalid ID number: fails the check digit or has no real birth date");
    case RiskFlag::RepeatReplacement:
        return tr("Repeat replacement: another application on this account within 90 days");
    case RiskFlag::ReusedDocument:
        return tr("Reused document: the same file was uploaded for another account");
    }
    return {};
}

QColor RiskFlagsDelegate::badgeColor(RiskFlag flag)
{
    // Distinct hues that keep white text readable (contrast >= 4.5:1).
    switch (flag) {
    case RiskFlag::SuspectedProxy:
        return QColor(0xc6, 0x28, 0x28);
    case RiskFlag::InvalidIdNumber:
        return QColor(0x6a, 0x1b, 0x9a);
    case RiskFlag::RepeatReplacement:
        return QColor(0xb2, 0x4a, 0x00);
    case RiskFlag::ReusedDocument:
        return QColor(0x15, 0x65, 0xc0);
    }
    return Qt::darkGray;
}

void RiskFlagsDelegate::paintBadge(QPainter *painter, RiskFlag flag, const QRect &rect, const QFont &font)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter->fillPath(path, badgeColor(flag));
    painter->setPen(Qt::white);
    painter->setFont(badgeFont(font));
    painter->drawText(rect, Qt::AlignCenter, badgeText(flag));
    painter->restore();
}

QPixmap RiskFlagsDelegate::badgePixmap(RiskFlag flag, const QFont &font, qreal devicePixelRatio)
{
    const QSize size = badgeSize(flag, font);
    QPixmap pixmap(size * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paintBadge(&painter, flag, QRect(QPoint(0, 0), size), font);
    return pixmap;
}

QList<std::pair<RiskFlag, QRect>> RiskFlagsDelegate::badgeRects(int bits, const QRect &cell,
                                                                const QFont &font)
{
    QList<std::pair<RiskFlag, QRect>> rects;
    int x = cell.left() + cellPadding;
    for (const RiskFlag flag : flagsIn(bits)) {
        const QSize size = badgeSize(flag, font);
        const QRect rect(QPoint(x, cell.center().y() - size.height() / 2 + 1), size);
        rects.append({flag, rect});
        x += size.width() + badgeGap;
    }
    return rects;
}

void RiskFlagsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    // Background, selection and focus as for any other cell, then the badges.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const int bits = index.data(QueueModel::RiskFlagsRole).toInt();
    painter->save();
    painter->setClipRect(option.rect);
    for (const auto &[flag, rect] : badgeRects(bits, option.rect, option.font))
        paintBadge(painter, flag, rect, option.font);
    painter->restore();
}

QSize RiskFlagsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const auto rects =
        badgeRects(index.data(QueueModel::RiskFlagsRole).toInt(), QRect(0, 0, 0, size.height()), option.font);
    if (!rects.isEmpty())
        size.setWidth(std::max(size.width(), rects.constLast().second.right() + cellPadding));
    return size;
}

bool RiskFlagsDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!event || !view || event->type() != QEvent::ToolTip)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const int bits = index.data(QueueModel::RiskFlagsRole).toInt();
    const auto rects = badgeRects(bits, option.rect, option.font);
    if (rects.isEmpty()) {
        QToolTip::hideText();
        return true;
    }
    // Over a badge: that flag, and the tip follows the mouse from badge to badge.
    for (const auto &[flag, rect] : rects) {
        if (rect.contains(event->pos())) {
            QToolTip::showText(event->globalPos(), flagName(flag), view->viewport(), rect);
            return true;
        }
    }
    QStringList names;
    for (const auto &entry : rects)
        names.append(flagName(entry.first));
    QToolTip::showText(event->globalPos(), names.join(QLatin1Char('\n')), view->viewport(), option.rect);
    return true;
}

} // namespace reissuedesk
