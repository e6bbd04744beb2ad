#include "models/OperatorListModel.h"

namespace reissuedesk {

OperatorListModel::OperatorListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OperatorListModel::setOperators(const QList<Operator> &operators)
{
    beginResetModel();
    m_operators = operators;
    endResetModel();
}

int OperatorListModel::rowOf(qint64 operatorId) const
{
    for (qsizetype row = 0; row < m_operators.size(); ++row) {
        if (m_operators.at(row).id == operatorId)
            return int(row);
    }
    return -1;
}

int OperatorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_operators.size());
}

int OperatorListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperatorListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Operator &row = m_operators.at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case RoleKeyRole:
        return row.role;
    case ActiveRole:
        return row.active;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case LoginColumn:
        return row.login;
    case NameColumn:
        return row.displayName;
    case RoleColumn:
        return row.role;
    case ActiveColumn:
        return row.active ? tr("active") : tr("disabled");
    default:
        return {};
    }
}

QVariant OperatorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LoginColumn:
        return tr("Login");
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case ActiveColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace reissuedesk
