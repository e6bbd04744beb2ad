#include "models/AuditLogModel.h"

#include "models/ReviewTexts.h"
#include "storage/SupervisorService.h"

#include <QLocale>

namespace reissuedesk {

AuditLogModel::AuditLogModel(JobRunner &runner, QObject *parent)
    : QAbstractTableModel(parent)
    , m_runner(runner)
{
}

void AuditLogModel::setFilter(const AuditFilter &filter)
{
    m_slot.cancel();
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_atEnd = false;
    endResetModel();
    loadPage();
}

void AuditLogModel::loadPage()
{
    const AuditFilter filter = m_filter;
    const qint64 beforeId = m_rows.isEmpty() ? 0 : m_rows.last().id;
    const int limit = m_pageSize;
    m_runner.runDatabase(
        m_slot, this,
        [filter, beforeId, limit](const Database &database) {
            return AuditRepository(database).page(filter, beforeId, limit);
        },
        [this, limit](const QList<AuditEntry> &rows) {
            m_atEnd = rows.size() < limit;
            if (!rows.isEmpty()) {
                // Views (and QAbstractItemModelTester) ask canFetchMore() from
                // inside the insert signals: no new page until the rows are in.
                m_inserting = true;
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
                m_rows.append(rows);
                endInsertRows();
                m_inserting = false;
            }
            Q_EMIT pageLoaded(int(rows.size()));
        },
        [this](const JobError &error) {
            m_atEnd = true; // a refresh tries again
            Q_EMIT failed(error.message);
        });
}

void AuditLogModel::loadFilterChoices()
{
    struct Choices {
        QStringList actions;
        QList<Operator> operators;
    };
    m_runner.runDatabase(
        m_choicesSlot, this,
        [](const Database &database) {
            return Choices{AuditRepository(database).actions(), SupervisorService(database, 0).operators()};
        },
        [this](const Choices &choices) { Q_EMIT filterChoicesLoaded(choices.actions, choices.operators); },
        [this](const JobError &error) { Q_EMIT failed(error.message); });
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_inserting && !m_slot.isBusy();
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        loadPage();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.id;
    if (role == ApplicationIdRole)
        return row.applicationId;
    if (role == ActionCodeRole)
        return row.action;
    if (index.column() == ActionColumn && role == Qt::ToolTipRole)
        return row.action;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(row.occurredAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ActorColumn:
        return row.actor;
    case ActionColumn:
        return ReviewTexts::timelineAction(row.action);
    case ApplicationColumn:
        return row.applicationNumber.isEmpty() && row.applicationId > 0 ? QString::number(row.applicationId)
                                                                        : row.applicationNumber;
    case DocumentColumn:
        return row.documentId > 0 ? QString::number(row.documentId) : QString();
    case DetailColumn:
        return row.detail == QLatin1String("{}") ? QString() : row.detail;
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("When");
    case ActorColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case ApplicationColumn:
        return tr("Application");
    case DocumentColumn:
        return tr("Document");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace reissuedesk
