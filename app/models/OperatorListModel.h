#pragma once
// The operators as a supervisor manages them: login, name, role, and whether
// they may still work (disabled operators stay for the history).

#include "storage/OperatorRepository.h"

#include <QAbstractTableModel>

namespace reissuedesk {

class OperatorListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Columns { LoginColumn, NameColumn, RoleColumn, ActiveColumn, ColumnCount };
    enum Roles { IdRole = Qt::UserRole, RoleKeyRole, ActiveRole };

    explicit OperatorListModel(QObject *parent = nullptr);

    void setOperators(const QList<Operator> &operators);
    const QList<Operator> &operators() const { return m_operators; }
    // The row of `operatorId` (-1: none).
    int rowOf(qint64 operatorId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Operator> m_operators;
};

} // namespace reissuedesk
