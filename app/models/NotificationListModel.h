#pragma once
// The customer messages of a decided application (the outbox rows) and how
// far each got: queued, sent, retrying (attempts, last error, next try) or
// dead (given up; a supervisor can retry it). Recipients are masked as every
// list masks them.

#include "storage/ReviewContextRepository.h"

#include <QAbstractTableModel>

namespace reissuedesk {

class NotificationListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Columns { ChannelColumn, RecipientColumn, StateColumn, MessageColumn, ColumnCount };
    enum Roles {
        DeliveryRole = Qt::UserRole, // Delivery as int
        AttemptsRole,
        LastErrorRole,
        BodyRole, // the full text (customer data: show as plain text)
    };
    enum class Delivery { Queued, Retrying, Sent, Dead };

    explicit NotificationListModel(QObject *parent = nullptr);

    void setNotifications(const QList<NotificationEntry> &notifications);
    const QList<NotificationEntry> &notifications() const { return m_notifications; }

    static Delivery deliveryOf(const NotificationEntry &entry);
    // "Sent 14:03", "Retrying: 3 attempts, last error: timeout", ...
    static QString stateText(const NotificationEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<NotificationEntry> m_notifications;
};

} // namespace reissuedesk
