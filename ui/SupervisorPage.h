#pragma once
// The supervisor's tools on one page with tabs: who holds what and for how
// long (release, reassign with a reason), the approvals waiting for a second
// reviewer, the customer messages that were not delivered (retry, cancel; several
// at once, after a question), reopening a decision, and the operators (role,
// disable). The page
// holds widgets and a SupervisorSession; the session does the work on the
// JobRunner, and every refusal (the database's sentence) shows in the message
// line. F5 refreshes; the lists also refresh on their own while shown.

#include <QWidget>
#include <memory>

class QMessageBox;

namespace Ui {
class SupervisorPage;
}

namespace reissuedesk {

class JobRunner;
class SupervisorSession;

class SupervisorPage : public QWidget {
    Q_OBJECT

public:
    SupervisorPage(JobRunner &runner, qint64 supervisorId, QWidget *parent = nullptr);
    ~SupervisorPage() override;

    SupervisorSession *session() const { return m_session; }
    QString message() const;
    // The question before a retry or cancel of customer messages (null until
    // the first one; open while asking).
    QMessageBox *messageQuestion() const { return m_messageQuestion; }

Q_SIGNALS:
    // A reopened application is held by the supervisor: the window may open it.
    void openRequested(qint64 applicationId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showMessage(const QString &message, bool problem);
    void fillReassignChoices();
    qint64 selectedHeldApplication() const;
    qint64 selectedOperator() const;
    void updateOperatorButtons();
    QList<qint64> selectedMessages() const;
    void askAboutMessages(bool retry);

    std::unique_ptr<Ui::SupervisorPage> ui;
    SupervisorSession *m_session;
    QMessageBox *m_messageQuestion = nullptr;
};

} // namespace reissuedesk
