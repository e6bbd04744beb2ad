#pragma once
// The customer messages of a decided application (the outbox rows) and how
// far each got: queued, sending, sent (gateway message id), retrying
// (attempts, last error, next try), dead (given up; a supervisor can retry
// it) or cancelled (a supervisor stopped it). Recipients are masked as every
// list masks them; the gateway's error text is data, never markup. Times in
// local time.

#include "storage/ReviewContextRepository.h"

#include <QAbstractTableModel>

namespace reissuedesk {

class NotificationListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Columns { KindColumn, ChannelColumn, RecipientColumn, StateColumn, MessageColumn, ColumnCount };
    enum Roles {
        DeliveryRole = Qt::UserRole, // Delivery as int
        AttemptsRole,
        LastErrorRole,
        BodyRole, // the full text (customer data: show as plain text)
        GatewayMessageIdRole,
        DetailRole, // detailText(): several lines of plain text
    };
    enum class Delivery { Queued, Retrying, Sent, Dead, Sending, Cancelled };

    explicit NotificationListModel(QObject *parent = nullptr);

    void setNotifications(const QList<NotificationEntry> &notifications);
    const QList<NotificationEntry> &notifications() const { return m_notifications; }

    static Delivery deliveryOf(const NotificationEntry &entry);
    // "Sent 14:03 (gateway id …)", "Retrying: 3 attempts, last error: timeout, next try 14:20", ...
    static QString stateText(const NotificationEntry &entry);
    // The list's column, without the error (the detail and the tool tip have
    // it): "Retrying: 3 attempt(s), next try 14:20", "Not delivered after 8 attempt(s)".
    static QString shortStateText(const NotificationEntry &entry);
    // Everything about one message's delivery, a line per fact (plain text).
    static QString detailText(const NotificationEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<NotificationEntry> m_notifications;
};

} // namespace reissuedesk
