#include "ui/CheckListDelegate.h"

#include "models/CheckListModel.h"
#include "ui/ReviewStyle.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>

namespace reissuedesk {
namespace {

constexpr int iconSize = 18;
constexpr int padding = 4;

} // namespace

CheckListDelegate::CheckListDelegate(QHeaderView *header, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_header(header)
{
}

void CheckListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background and selection only; the text is ours.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto verdict = CheckVerdict(index.data(CheckListModel::VerdictRole).toInt());
    const QRect area = option.rect.adjusted(padding, padding, -padding, -padding);
    painter->save();
    if (index.column() == CheckListModel::TitleColumn) {
        const QIcon icon = reviewstyle::verdictIcon(verdict, painter->device()->devicePixelRatioF());
        icon.paint(painter, QRect(area.left(), area.top(), iconSize, iconSize));
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(option.palette.color(QPalette::Text));
        painter->drawText(area.adjusted(iconSize + padding, 0, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                          index.data().toString());
    } else {
        QColor color = option.palette.color(QPalette::Text);
        if (verdict == CheckVerdict::Fail)
            color = QColor(0xa3, 0x1b, 0x1b);
        else if (verdict == CheckVerdict::Warning)
            color = QColor(0x7a, 0x4a, 0x00);
        painter->setPen(color);
        painter->drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, index.data().toString());
    }
    painter->restore();
}

QSize CheckListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    if (index.column() == CheckListModel::TitleColumn) {
        QFont bold = option.font;
        bold.setBold(true);
        const int width = QFontMetrics(bold).horizontalAdvance(index.data().toString());
        return {width + iconSize + 3 * padding + 4, rowHeight(option, index)};
    }
    return {m_header->sectionSize(CheckListModel::ExplanationColumn), rowHeight(option, index)};
}

int CheckListDelegate::rowHeight(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    const QModelIndex explanation = index.siblingAtColumn(CheckListModel::ExplanationColumn);
    const int width = std::max(80, m_header->sectionSize(CheckListModel::ExplanationColumn) - 2 * padding);
    const QRect bounds = metrics.boundingRect(QRect(0, 0, width, 100000), Qt::AlignLeft | Qt::TextWordWrap,
                                              explanation.data().toString());
    return std::max({bounds.height(), iconSize, metrics.height()}) + 2 * padding;
}

} // namespace reissuedesk
