#pragma once
// Approvals waiting for a second reviewer (four eyes), longest-waiting first:
// who approved, how long ago, the checks that sent it there, and who is doing
// the second review now if anyone.

#include "storage/SupervisorService.h"

#include <QAbstractTableModel>

namespace reissuedesk {

class SecondReviewQueueModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Columns { NumberColumn, FirstReviewerColumn, WaitingColumn, ChecksColumn, HolderColumn, ColumnCount };
    enum Roles { IdRole = Qt::UserRole };

    explicit SecondReviewQueueModel(QObject *parent = nullptr);

    void setRows(const QList<SecondReviewItem> &rows);
    const QList<SecondReviewItem> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SecondReviewItem> m_rows;
    QDateTime m_now;
};

} // namespace reissuedesk
