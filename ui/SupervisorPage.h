#pragma once
// The supervisor's tools on one page with tabs: who holds what and for how
// long (release, reassign with a reason), the approvals waiting for a second
// reviewer, reopening a decision, and the operators (role, disable). The page
// holds widgets and a SupervisorSession; the session does the work on the
// JobRunner, and every refusal (the database's sentence) shows in the message
// line. F5 refreshes; the lists also refresh on their own while shown.

#include <QWidget>
#include <memory>

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

Q_SIGNALS:
    // A reopened application is held by the supervisor: the window may open it.
    void openRequested(qint64 applicationId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showMessage(const QString &message, bool problem);
    void fillReassignChoices();
    qint64 selectedHeldApplication() const;
    qint64 selectedOperator() const;
    void updateOperatorButtons();

    std::unique_ptr<Ui::SupervisorPage> ui;
    SupervisorSession *m_session;
};

} // namespace reissuedesk
