#pragma once
// Who holds which application and for how long (the supervisor page's first
// list), longest-held first. Rows are replaced whole on each refresh: the list
// is short (one row per operator at work) and the view keeps its selection by
// application id (IdRole).

#include "storage/SupervisorService.h"

#include <QAbstractTableModel>

namespace reissuedesk {

class HoldsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Columns {
        NumberColumn,
        StatusColumn,
        HolderColumn,
        SinceColumn,
        HeldForColumn,
        LeaseUntilColumn,
        ColumnCount
    };
    enum Roles { IdRole = Qt::UserRole, HolderIdRole };

    explicit HoldsModel(QObject *parent = nullptr);

    void setRows(const QList<HeldApplication> &rows);
    const QList<HeldApplication> &rows() const { return m_rows; }
    // The time "held for" is measured against (tests fix it).
    void setNow(const QDateTime &now) { m_now = now; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "45 min", "2 h 05 min".
    static QString durationText(qint64 seconds);

private:
    QList<HeldApplication> m_rows;
    QDateTime m_now;
};

} // namespace reissuedesk
