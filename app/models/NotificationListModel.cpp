#include "models/NotificationListModel.h"

#include "core/Masking.h"
#include "core/PrintableText.h"
#include "models/ReviewTexts.h"

#include <QColor>

namespace reissuedesk {
namespace {

// Stored texts come from outside (the gateway's id and errors, the customer's
// name inside a body): shown printable (no bidi override turning a line
// around) and bounded, so a 100 KB error neither widens a column nor makes a
// tool tip bigger than the screen. The roles for code keep them whole.
constexpr qsizetype listChars = 200;
constexpr qsizetype errorChars = 300;
constexpr qsizetype gatewayIdChars = 128;
constexpr qsizetype detailChars = 2000;

QString shortTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    return local.date() == QDate::currentDate() ? local.toString(QStringLiteral("HH:mm"))
                                                : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

NotificationListModel::NotificationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void NotificationListModel::setNotifications(const QList<NotificationEntry> &notifications)
{
    beginResetModel();
    m_notifications = notifications;
    endResetModel();
}

NotificationListModel::Delivery NotificationListModel::deliveryOf(const NotificationEntry &entry)
{
    if (entry.status == QLatin1String("sent"))
        return Delivery::Sent;
    if (entry.status == QLatin1String("dead"))
        return Delivery::Dead;
    if (entry.status == QLatin1String("sending"))
        return Delivery::Sending;
    if (entry.status == QLatin1String("cancelled"))
        return Delivery::Cancelled;
    return entry.attempts > 0 ? Delivery::Retrying : Delivery::Queued;
}

QString NotificationListModel::stateText(const NotificationEntry &entry)
{
    switch (deliveryOf(entry)) {
    case Delivery::Queued:
        return tr("Queued");
    case Delivery::Sent: {
        QString text = entry.sentAt.isValid() ? tr("Sent %1").arg(shortTime(entry.sentAt)) : tr("Sent");
        if (!entry.gatewayMessageId.isEmpty())
            text += tr(" (gateway id %1)").arg(PrintableText::oneLine(entry.gatewayMessageId, gatewayIdChars));
        return text;
    }
    case Delivery::Sending:
        return tr("Sending (attempt %1)").arg(entry.attempts + 1);
    case Delivery::Cancelled:
        return tr("Cancelled: will not be sent");
    case Delivery::Retrying: {
        QString text = tr("Retrying: %n attempt(s)", nullptr, entry.attempts);
        if (!entry.lastError.isEmpty())
            text += tr(", last error: %1").arg(PrintableText::oneLine(entry.lastError, errorChars));
        if (entry.nextAttemptAt.isValid())
            text += tr(", next try %1").arg(shortTime(entry.nextAttemptAt));
        return text;
    }
    case Delivery::Dead:
        return entry.lastError.isEmpty()
                   ? tr("Not delivered (gave up after %n attempt(s))", nullptr, entry.attempts)
                   : tr("Not delivered (gave up after %n attempt(s)): %1", nullptr, entry.attempts)
                         .arg(PrintableText::oneLine(entry.lastError, errorChars));
    }
    return {};
}

QString NotificationListModel::shortStateText(const NotificationEntry &entry)
{
    switch (deliveryOf(entry)) {
    case Delivery::Retrying:
        return entry.nextAttemptAt.isValid() ? tr("Retrying: %n attempt(s), next try %1", nullptr, entry.attempts)
                                                   .arg(shortTime(entry.nextAttemptAt))
                                             : tr("Retrying: %n attempt(s)", nullptr, entry.attempts);
    case Delivery::Dead:
        return tr("Not delivered after %n attempt(s)", nullptr, entry.attempts);
    case Delivery::Cancelled:
        return tr("Cancelled");
    case Delivery::Queued:
    case Delivery::Sending:
    case Delivery::Sent:
        break;
    }
    return stateText(entry);
}

QString NotificationListModel::detailText(const NotificationEntry &entry)
{
    const QString to = entry.channel == QLatin1String("email") ? Masking::maskEmail(entry.recipient)
                                                               : Masking::maskPhone(entry.recipient);
    QStringList lines;
    lines.append(tr("%1 message by %2 to %3, queued %4")
                     .arg(ReviewTexts::messageKindText(entry.kind), ReviewTexts::channelText(entry.channel), to,
                          shortTime(entry.createdAt)));
    if (!entry.subject.isEmpty())
        lines.append(tr("Subject: %1").arg(PrintableText::oneLine(entry.subject, errorChars)));
    lines.append(stateText(entry));
    if (entry.attempts > 0 && entry.lastAttemptAt.isValid())
        lines.append(tr("Attempts: %1, the last at %2").arg(entry.attempts).arg(shortTime(entry.lastAttemptAt)));
    if (!entry.lastError.isEmpty() && deliveryOf(entry) != Delivery::Retrying && deliveryOf(entry) != Delivery::Dead)
        lines.append(tr("Last error: %1").arg(PrintableText::oneLine(entry.lastError, errorChars)));
    return lines.join(QLatin1Char('\n'));
}

int NotificationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notifications.size());
}

int NotificationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotificationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NotificationEntry &entry = m_notifications.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return ReviewTexts::messageKindText(entry.kind);
        case ChannelColumn:
            return ReviewTexts::channelText(entry.channel);
        case RecipientColumn:
            return entry.channel == QLatin1String("email") ? Masking::maskEmail(entry.recipient)
                                                           : Masking::maskPhone(entry.recipient);
        case StateColumn:
            return shortStateText(entry);
        case MessageColumn: {
            // One line in the list; the whole text in the tool tip.
            const QString body = QString(entry.body).replace(QLatin1Char('\n'), QLatin1Char(' '));
            return PrintableText::oneLine(entry.subject.isEmpty() ? body : entry.subject + QStringLiteral(" — ") + body,
                                          listChars);
        }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn || index.column() == StateColumn) {
            const QString text =
                index.column() == MessageColumn ? PrintableText::lines(entry.body, detailChars) : detailText(entry);
            return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() != StateColumn)
            return {};
        switch (deliveryOf(entry)) {
        case Delivery::Dead:
            return QColor(0xa3, 0x1b, 0x1b);
        case Delivery::Retrying:
            return QColor(0x7a, 0x4a, 0x00);
        case Delivery::Sent:
            return QColor(0x1b, 0x6b, 0x34);
        case Delivery::Cancelled:
            return QColor(0x5f, 0x5f, 0x5f);
        case Delivery::Queued:
        case Delivery::Sending:
            break;
        }
        return {};
    case DeliveryRole:
        return int(deliveryOf(entry));
    case AttemptsRole:
        return entry.attempts;
    case LastErrorRole:
        return entry.lastError;
    case BodyRole:
        return entry.body;
    case GatewayMessageIdRole:
        return entry.gatewayMessageId;
    case DetailRole:
        return detailText(entry);
    default:
        return {};
    }
}

QVariant NotificationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case ChannelColumn:
        return tr("Channel");
    case RecipientColumn:
        return tr("To");
    case StateColumn:
        return tr("Delivery");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace reissuedesk
