#pragma once
// The account's applications and their decisions (ReviewContextRepository::
// accountHistory) as a table: one row per decision round, the application on
// screen marked. Reject reasons are named from the catalogue the session read.

#include "storage/ReviewContextRepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace reissuedesk {

class AccountHistoryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Columns {
        ApplicationColumn,
        SubmittedColumn,
        StatusColumn,
        DecisionColumn,
        DecidedByColumn,
        DecidedAtColumn,
        ColumnCount
    };
    enum Roles {
        ApplicationIdRole = Qt::UserRole,
        IsCurrentRole, // the application on screen
        OutcomeRole,   // "approve", "reject" or empty
    };

    explicit AccountHistoryModel(QObject *parent = nullptr);

    void setReasonCatalogue(const QList<RejectReason> &reasons);
    void setHistory(const QList<HistoryEntry> &history, qint64 currentApplicationId);
    const QList<HistoryEntry> &history() const { return m_history; }
    // Applications other than the one on screen.
    int otherApplicationCount() const;
    QString reasonTitle(const QString &code) const;
    // "Rejected: ID back unclear (final)", "Approved (four eyes)", "—".
    QString decisionText(const HistoryEntry &entry) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const HistoryEntry &entry, int column) const;

    QList<HistoryEntry> m_history;
    qint64 m_current = 0;
    QHash<QString, QString> m_reasonTitles;
};

} // namespace reissuedesk
