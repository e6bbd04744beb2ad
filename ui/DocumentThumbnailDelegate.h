#pragma once
// Paints one thumbnail of the documents strip from DocumentThumbnailModel's
// roles: the picture (or "Loading…" / a red ✗), a badge for failed (✗) and
// damaged or changed (!) documents, a "PDF · n p." pill, and the caption.

#include <QStyledItemDelegate>

namespace reissuedesk {

class DocumentThumbnailDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    DocumentThumbnailDelegate(QSize thumbnailSize, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QSize m_thumbnailSize; // logical pixels
};

} // namespace reissuedesk
