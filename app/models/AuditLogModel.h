#pragma once
// The audit log for the audit page: filtered by the database (operator, action,
// application number, time range), newest first, loaded in keyset pages
// (canFetchMore/fetchMore, "older than the last id shown"; never OFFSET) on the
// JobRunner's Database lane. A new filter drops the rows and any page in flight.

#include "storage/AuditRepository.h"
#include "storage/OperatorRepository.h"

#include <QAbstractTableModel>

#include "models/JobRunner.h"

namespace reissuedesk {

class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Columns {
        TimeColumn,
        ActorColumn,
        ActionColumn,
        ApplicationColumn,
        DocumentColumn,
        DetailColumn,
        ColumnCount
    };
    // ActionCodeRole: the stored code ("application.claimed"); the column shows
    // its label (ReviewTexts::timelineAction) and the code as its tooltip.
    enum Roles { IdRole = Qt::UserRole, ApplicationIdRole, ActionCodeRole };
    static constexpr int DefaultPageSize = 200;

    explicit AuditLogModel(JobRunner &runner, QObject *parent = nullptr);

    // Reloads from the newest row with `filter`.
    void setFilter(const AuditFilter &filter);
    const AuditFilter &filter() const { return m_filter; }
    void refresh() { setFilter(m_filter); }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }

    // Reads what the filters offer (every action in the log, every operator);
    // answers with filterChoicesLoaded().
    void loadFilterChoices();

    bool isLoading() const { return m_slot.isBusy(); }
    const AuditEntry &entry(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // A page arrived (`rows`: how many it added).
    void pageLoaded(int rows);
    void failed(const QString &message);
    void filterChoicesLoaded(const QStringList &actions, const QList<reissuedesk::Operator> &operators);

private:
    void loadPage();

    JobRunner &m_runner;
    JobSlot m_slot;
    JobSlot m_choicesSlot;
    AuditFilter m_filter;
    QList<AuditEntry> m_rows;
    int m_pageSize = DefaultPageSize;
    bool m_atEnd = true; // nothing asked for yet
    bool m_inserting = false;
};

} // namespace reissuedesk
