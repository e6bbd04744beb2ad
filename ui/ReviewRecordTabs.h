#pragma once
// Below the facts: the account's other applications (Enter or a double click
// opens one), this application's timeline, and the customer messages sent
// with their delivery state (under the list, every fact of the chosen
// message's delivery in plain text: the gateway's error is data). Each list
// is a model from app/models.

#include "core/DomainTypes.h"
#include "storage/ReviewContextRepository.h"

#include <QTabWidget>

class QAbstractItemModel;
class QPlainTextEdit;
class QTreeView;

namespace reissuedesk {

class AccountHistoryModel;
class NotificationListModel;
class TimelineModel;

class ReviewRecordTabs : public QTabWidget {
    Q_OBJECT

public:
    explicit ReviewRecordTabs(QWidget *parent = nullptr);

    void setReasonCatalogue(const QList<RejectReason> &reasons);
    void setRecords(qint64 applicationId, const QList<HistoryEntry> &history, const QList<TimelineEntry> &timeline,
                    const QList<Document> &documents, const QList<NotificationEntry> &notifications);
    void showMessages();

    AccountHistoryModel *historyModel() const { return m_historyModel; }
    TimelineModel *timelineModel() const { return m_timelineModel; }
    NotificationListModel *messagesModel() const { return m_messagesModel; }
    QTreeView *historyView() const { return m_historyView; }
    QTreeView *messagesView() const { return m_messagesView; }
    // The chosen message's delivery, in full.
    QPlainTextEdit *messageDetailView() const { return m_messageDetail; }

Q_SIGNALS:
    // Another application of the account was chosen.
    void openApplicationRequested(qint64 applicationId);

private:
    QTreeView *addList(const char *objectName, QAbstractItemModel *model);
    QWidget *messagesPanel();
    void showMessageDetail();

    AccountHistoryModel *m_historyModel;
    TimelineModel *m_timelineModel;
    NotificationListModel *m_messagesModel;
    QTreeView *m_historyView;
    QTreeView *m_timelineView;
    QTreeView *m_messagesView;
    QPlainTextEdit *m_messageDetail = nullptr;
    QWidget *m_messagesPanel = nullptr;
};

} // namespace reissuedesk
