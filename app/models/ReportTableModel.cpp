#include "models/ReportTableModel.h"

namespace reissuedesk {

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReportTableModel::setReport(const Report &report)
{
    beginResetModel();
    m_headers = headers();
    m_rows = rowsFor(report);
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.isEmpty() ? headers().size() : m_headers.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<Cell> &row = m_rows.at(index.row());
    if (index.column() >= row.size())
        return {};
    const Cell &cell = row.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return cell.text;
    case RawValueRole:
        return cell.raw;
    case Qt::TextAlignmentRole:
        return isNumeric(index.column()) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                         : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList labels = m_headers.isEmpty() ? headers() : m_headers;
    return section >= 0 && section < labels.size() ? QVariant(labels.at(section)) : QVariant();
}

QList<QStringList> ReportTableModel::csvTable() const
{
    QList<QStringList> table{m_headers.isEmpty() ? headers() : m_headers};
    for (const QList<Cell> &row : m_rows) {
        QStringList texts;
        for (const Cell &cell : row)
            texts.append(cell.text);
        table.append(texts);
    }
    return table;
}

} // namespace reissuedesk
