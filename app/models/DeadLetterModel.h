#pragma once
// The supervisors' dead-letter list: customer messages that were not
// delivered (dead) or have been trying for long, newest problem first, as
// MessageSupervision reads them. The list refreshes every few seconds while a
// supervisor is choosing rows to retry or cancel, so setRows() updates rows in
// place (remove, move, insert, dataChanged, matched by notification id)
// instead of resetting: the view keeps its selection.

#include "storage/MessageSupervision.h"

#include <QAbstractTableModel>

namespace reissuedesk {

class DeadLetterModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Columns {
        NumberColumn,
        KindColumn,
        ChannelColumn,
        RecipientColumn,
        StateColumn,
        AttemptsColumn,
        SinceColumn,
        NextTryColumn,
        LastErrorColumn,
        ColumnCount
    };
    enum Roles {
        IdRole = Qt::UserRole, // the notification's id
        ApplicationIdRole,
        StatusRole,    // "queued" or "dead"
        LastErrorRole, // the gateway's text, whole (data: plain text)
    };

    explicit DeadLetterModel(QObject *parent = nullptr);

    void setRows(const QList<ProblemMessage> &rows);
    const QList<ProblemMessage> &rows() const { return m_rows; }
    int rowOf(qint64 notificationId) const;

    // "Not delivered", "Retrying", "Waiting".
    static QString stateText(const ProblemMessage &message);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ProblemMessage> m_rows;
};

} // namespace reissuedesk
