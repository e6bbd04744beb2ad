#include "models/HoldsModel.h"

#include <QLocale>

namespace reissuedesk {

HoldsModel::HoldsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HoldsModel::setRows(const QList<HeldApplication> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_now = QDateTime::currentDateTimeUtc();
    endResetModel();
}

int HoldsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HoldsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HoldsModel::durationText(qint64 seconds)
{
    const qint64 minutes = qMax<qint64>(0, seconds) / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QVariant HoldsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HeldApplication &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.applicationId;
    if (role == HolderIdRole)
        return row.holderId;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return row.applicationNumber;
    case StatusColumn:
        return row.status == ApplicationStatus::AwaitingSecondReview ? tr("second review") : tr("in review");
    case HolderColumn:
        return row.holderLogin;
    case SinceColumn:
        return QLocale().toString(row.heldSince.toLocalTime(), QLocale::ShortFormat);
    case HeldForColumn:
        return durationText(row.heldSince.secsTo(m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc()));
    case LeaseUntilColumn:
        return QLocale().toString(row.leaseExpiresAt.toLocalTime().time(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant HoldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Application");
    case StatusColumn:
        return tr("Status");
    case HolderColumn:
        return tr("Held by");
    case SinceColumn:
        return tr("Since");
    case HeldForColumn:
        return tr("Held for");
    case LeaseUntilColumn:
        return tr("Lease until");
    default:
        return {};
    }
}

} // namespace reissuedesk
