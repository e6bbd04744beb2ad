#include "models/SecondReviewQueueModel.h"

#include "models/HoldsModel.h"

namespace reissuedesk {

SecondReviewQueueModel::SecondReviewQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SecondReviewQueueModel::setRows(const QList<SecondReviewItem> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_now = QDateTime::currentDateTimeUtc();
    endResetModel();
}

int SecondReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SecondReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SecondReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SecondReviewItem &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.applicationId;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return row.applicationNumber;
    case FirstReviewerColumn:
        return row.firstReviewerLogin;
    case WaitingColumn:
        return HoldsModel::durationText(row.approvedAt.secsTo(m_now));
    case ChecksColumn: {
        QStringList titles;
        for (CheckId check : row.checks)
            titles << ReviewChecks::title(check);
        return titles.join(QStringLiteral(", "));
    }
    case HolderColumn:
        return row.holderLogin;
    default:
        return {};
    }
}

QVariant SecondReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Application");
    case FirstReviewerColumn:
        return tr("Approved by");
    case WaitingColumn:
        return tr("Waiting");
    case ChecksColumn:
        return tr("Sent by the checks");
    case HolderColumn:
        return tr("Second reviewer");
    default:
        return {};
    }
}

} // namespace reissuedesk
