#pragma once
// The supervisor page's state, below the widgets: the held applications, the
// second-review queue, the operators and the customer messages that were not
// delivered (four models), and the changes a supervisor makes (release,
// reassign, reopen, disable, change role: SupervisorService; retry or cancel
// messages: MessageSupervision), each a call on the JobRunner's Database lane. Every answer ends
// as one sentence: done() for a change that went through (and the lists are
// read again), failed() with the database's own refusal otherwise.

#include "models/JobRunner.h"

#include <QObject>
#include <QTimer>

namespace reissuedesk {

class DeadLetterModel;
class HoldsModel;
class OperatorListModel;
class SecondReviewQueueModel;

class SupervisorSession : public QObject {
    Q_OBJECT

public:
    // `supervisorId`: the operators row of the person at the desk.
    SupervisorSession(JobRunner &runner, qint64 supervisorId, QObject *parent = nullptr);

    HoldsModel *holds() const { return m_holds; }
    SecondReviewQueueModel *secondReviews() const { return m_secondReviews; }
    OperatorListModel *operators() const { return m_operators; }
    DeadLetterModel *deadLetters() const { return m_deadLetters; }

    // Reads the three lists again (also every refreshIntervalMs() while
    // auto-refresh is on, and after each change).
    void refresh();
    void setAutoRefresh(bool on);
    static int refreshIntervalMs() { return 15000; }

    void release(qint64 applicationId, const QString &reason);
    void reassign(qint64 applicationId, qint64 operatorId, const QString &reason);
    // `applicationNumber` as typed ("BK20261124-000123").
    void reopen(const QString &applicationNumber, const QString &reason);
    void setOperatorActive(qint64 operatorId, bool active);
    void setOperatorRole(qint64 operatorId, const QString &role);
    // Customer messages (notification ids) back to the outbox, or never sent;
    // done() says how many changed and names any that could not be.
    void retryMessages(const QList<qint64> &notificationIds);
    void cancelMessages(const QList<qint64> &notificationIds);

Q_SIGNALS:
    void refreshed();
    void done(const QString &message);
    void failed(const QString &message);
    // A reopened application, now held by the supervisor (the window may open it).
    void reopened(qint64 applicationId);

private:
    template <typename Change> void change(Change work, const QString &doneMessage);
    void changeMessages(bool retry, const QList<qint64> &notificationIds);

    JobRunner &m_runner;
    qint64 m_supervisorId;
    HoldsModel *m_holds;
    SecondReviewQueueModel *m_secondReviews;
    OperatorListModel *m_operators;
    DeadLetterModel *m_deadLetters;
    JobSlot m_listsSlot;
    JobSlot m_changeSlot;
    QTimer m_refreshTimer;
};

} // namespace reissuedesk
