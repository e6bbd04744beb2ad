#include "models/SupervisorSession.h"

#include "models/DeadLetterModel.h"
#include "models/HoldsModel.h"
#include "models/OperatorListModel.h"
#include "models/SecondReviewQueueModel.h"
#include "storage/MessageSupervision.h"
#include "storage/StorageError.h"
#include "storage/SupervisorService.h"

namespace reissuedesk {
namespace {

struct Lists {
    QList<HeldApplication> holds;
    QList<SecondReviewItem> secondReviews;
    QList<Operator> operators;
    QList<ProblemMessage> problemMessages;
};

// "BK20261124-000123 (sent)", for the messages a retry or cancel left alone.
QString skippedText(const SkippedMessage &message)
{
    if (message.applicationNumber.isEmpty())
        return SupervisorSession::tr("message %1 (gone)").arg(message.id);
    return SupervisorSession::tr("%1 (%2)").arg(message.applicationNumber, message.status);
}

} // namespace

SupervisorSession::SupervisorSession(JobRunner &runner, qint64 supervisorId, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_supervisorId(supervisorId)
    , m_holds(new HoldsModel(this))
    , m_secondReviews(new SecondReviewQueueModel(this))
    , m_operators(new OperatorListModel(this))
    , m_deadLetters(new DeadLetterModel(this))
{
    m_refreshTimer.setInterval(refreshIntervalMs());
    connect(&m_refreshTimer, &QTimer::timeout, this, &SupervisorSession::refresh);
}

void SupervisorSession::setAutoRefresh(bool on)
{
    if (on)
        m_refreshTimer.start();
    else
        m_refreshTimer.stop();
}

void SupervisorSession::refresh()
{
    const qint64 supervisorId = m_supervisorId;
    m_runner.runDatabase(
        m_listsSlot, this,
        [supervisorId](const Database &database) {
            const SupervisorService service(database, supervisorId);
            return Lists{service.heldApplications(), service.secondReviewQueue(), service.operators(),
                         MessageSupervision(database, supervisorId).problemMessages()};
        },
        [this](const Lists &lists) {
            m_holds->setRows(lists.holds);
            m_secondReviews->setRows(lists.secondReviews);
            m_operators->setOperators(lists.operators);
            m_deadLetters->setRows(lists.problemMessages);
            Q_EMIT refreshed();
        },
        [this](const JobError &error) { Q_EMIT failed(error.message); });
}

template <typename Change> void SupervisorSession::change(Change work, const QString &doneMessage)
{
    const qint64 supervisorId = m_supervisorId;
    m_runner.runDatabase(
        m_changeSlot, this,
        [work, supervisorId](const Database &database) {
            SupervisorService service(database, supervisorId);
            return work(service);
        },
        [this, doneMessage](const QString &message) {
            Q_EMIT done(message.isEmpty() ? doneMessage : message);
            refresh();
        },
        [this](const JobError &error) {
            Q_EMIT failed(error.message);
            refresh();
        });
}

void SupervisorSession::release(qint64 applicationId, const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        Q_EMIT failed(tr("Please type a reason: it is kept in the audit log."));
        return;
    }
    change(
        [applicationId, reason](SupervisorService &service) {
            return service.release(applicationId, reason) ? QString()
                                                          : tr("Nobody held it any more: nothing was released.");
        },
        tr("Released: the application is back in the queue."));
}

void SupervisorSession::reassign(qint64 applicationId, qint64 operatorId, const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        Q_EMIT failed(tr("Please type a reason: it is kept in the audit log."));
        return;
    }
    const int row = m_operators->rowOf(operatorId);
    const QString login = row >= 0 ? m_operators->operators().at(row).login : QString::number(operatorId);
    change(
        [applicationId, operatorId, reason](SupervisorService &service) {
            service.reassign(applicationId, operatorId, reason);
            return QString();
        },
        tr("Reassigned to %1.").arg(login));
}

void SupervisorSession::reopen(const QString &applicationNumber, const QString &reason)
{
    if (applicationNumber.trimmed().isEmpty()) {
        Q_EMIT failed(tr("Type the number of the application to reopen."));
        return;
    }
    if (reason.trimmed().isEmpty()) {
        Q_EMIT failed(tr("Please type a reason: it is kept in the audit log."));
        return;
    }
    const qint64 supervisorId = m_supervisorId;
    const QString number = applicationNumber.trimmed().toUpper();
    struct Reopened {
        qint64 id = 0;
        int round = 0;
    };
    m_runner.runDatabase(
        m_changeSlot, this,
        [supervisorId, number, reason](const Database &database) {
            SupervisorService service(database, supervisorId);
            Reopened result;
            result.id = service.applicationIdByNumber(number);
            if (result.id == 0)
                throw StorageError(StorageError::Kind::Conflict, tr("There is no application %1.").arg(number));
            result.round = service.reopen(result.id, reason);
            return result;
        },
        [this, number](const Reopened &result) {
            Q_EMIT done(tr("%1 is reopened for review round %2 and held by you.").arg(number).arg(result.round));
            Q_EMIT reopened(result.id);
            refresh();
        },
        [this](const JobError &error) { Q_EMIT failed(error.message); });
}

void SupervisorSession::setOperatorActive(qint64 operatorId, bool active)
{
    change(
        [operatorId, active](SupervisorService &service) {
            service.setOperatorActive(operatorId, active);
            return QString();
        },
        active ? tr("The operator may work again.") : tr("The operator is disabled; their history is kept."));
}

void SupervisorSession::setOperatorRole(qint64 operatorId, const QString &role)
{
    change(
        [operatorId, role](SupervisorService &service) {
            service.setOperatorRole(operatorId, role);
            return QString();
        },
        tr("The role is now %1.").arg(role));
}

} // namespace reissuedesk

namespace reissuedesk {

void SupervisorSession::retryMessages(const QList<qint64> &notificationIds)
{
    changeMessages(true, notificationIds);
}

void SupervisorSession::cancelMessages(const QList<qint64> &notificationIds)
{
    changeMessages(false, notificationIds);
}

void SupervisorSession::changeMessages(bool retry, const QList<qint64> &notificationIds)
{
    if (notificationIds.isEmpty()) {
        Q_EMIT failed(tr("Select one or more messages first."));
        return;
    }
    const qint64 supervisorId = m_supervisorId;
    m_runner.runDatabase(
        m_changeSlot, this,
        [supervisorId, retry, notificationIds](const Database &database) {
            MessageSupervision supervision(database, supervisorId);
            return retry ? supervision.retry(notificationIds) : supervision.cancel(notificationIds);
        },
        [this, retry](const MessageChangeResult &result) {
            QString message = retry ? tr("%n message(s) queued again.", nullptr, int(result.changed.size()))
                                    : tr("%n message(s) cancelled.", nullptr, int(result.changed.size()));
            if (!result.skipped.isEmpty()) {
                QStringList names;
                for (const SkippedMessage &skipped : result.skipped)
                    names.append(skippedText(skipped));
                message +=
                    QLatin1Char(' ') + tr("Left alone, no longer waiting: %1.").arg(names.join(QStringLiteral(", ")));
            }
            if (result.changed.isEmpty())
                Q_EMIT failed(message);
            else
                Q_EMIT done(message);
            refresh();
        },
        [this](const JobError &error) {
            Q_EMIT failed(error.message);
            refresh();
        });
}

} // namespace reissuedesk
