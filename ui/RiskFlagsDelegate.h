#pragma once
// Paints the queue's Risk column as one small coloured badge per flag, so that an
// operator scanning the list sees at a glance which applications need a closer
// look, and names each badge in words on hover. The badge vocabulary (letters,
// colours, names) lives here so the detail pane can show the same badges.

#include "core/RiskFlags.h"

#include <QPixmap>
#include <QStyledItemDelegate>

namespace reissuedesk {

class RiskFlagsDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit RiskFlagsDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // The flags set in `bits`, in display order.
    static QList<RiskFlag> flagsIn(int bits);
    static QString badgeText(RiskFlag flag);
    static QString flagName(RiskFlag flag);
    static QColor badgeColor(RiskFlag flag);
    // One badge on its own (for labels outside the list).
    static QPixmap badgePixmap(RiskFlag flag, const QFont &font, qreal devicePixelRatio);

private:
    // Where each flag's badge goes inside `cell`.
    static QList<std::pair<RiskFlag, QRect>> badgeRects(int bits, const QRect &cell, const QFont &font);
    static void paintBadge(QPainter *painter, RiskFlag flag, const QRect &rect, const QFont &font);
};

} // namespace reissuedesk
