#pragma once
// Paints a CheckListModel row: the verdict icon and the bold title in the
// first column, the explanation wrapped (never cut off) in the second, in
// the verdict's colour when it is not a pass. Row heights follow the width
// of the explanation column.

#include <QStyledItemDelegate>

class QHeaderView;

namespace reissuedesk {

class CheckListDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    // `header`: the view's header, for the explanation column's width.
    explicit CheckListDelegate(QHeaderView *header, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The height of one row (the tallest of its cells).
    int rowHeight(const QStyleOptionViewItem &option, const QModelIndex &index) const;

private:
    QHeaderView *m_header;
};

} // namespace reissuedesk
