#pragma once
// The review engine behind the application page, with no widgets (after
// Gwenview's DocumentViewController beside its view): which application is
// held and how (claimed, second review, read-only, decided), the lease and its
// renewal, opening (a given one or the next), skipping, releasing, deciding
// and the four-eyes second review. The page renders what this says; tests
// drive it without a window.
//
// Every database call runs on the JobRunner's database lane. What this
// session holds is known for certain only there (a claim may be in flight
// when the operator moves on), so the lane keeps it: each open or release
// first gives back what is held and no longer wanted. Answers for an
// application the operator has left are dropped (a JobSlot per kind of answer
// and a generation number). A decision keeps its idempotency key until it is
// answered, so retry() after a lost connection sends the very same decision.

#include "core/Decision.h"
#include "core/ReviewChecks.h"
#include "core/ReviewPolicy.h"
#include "models/JobRunner.h"
#include "storage/ReviewContextRepository.h"
#include "storage/ReviewService.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

namespace reissuedesk {

// Everything one open brings back.
struct ReviewSnapshot {
    ClaimResult claim;
    std::optional<ReviewContext> context;
    QList<CheckResult> checks;
    ReviewPolicyOutcome policy;
    QList<HistoryEntry> history;
    QList<TimelineEntry> timeline;
    QList<NotificationEntry> notifications;
    // Awaiting a second review: who approved first, their note, the checks
    // that sent it there.
    std::optional<SecondReviewRequest> secondReview;
    bool ownApproval = false; // awaiting a second review of this operator's own approval
};

class ReviewSession : public QObject {
    Q_OBJECT

public:
    enum class Mode {
        Empty,        // nothing shown
        Loading,      // an open (or skip) is on its way
        Claimed,      // ours to decide
        SecondReview, // ours to confirm or send back
        ReadOnly,     // someone else's, our own approval, or our lease is gone
        Decided,      // decided (here or before) or cancelled: nothing to decide
    };
    Q_ENUM(Mode)

    // Writes the audit row for "personal data shown" (`personal_data.revealed`,
    // ids only); runs on the database lane.
    using RevealRecorder = std::function<void(const Database &, qint64 operatorId, qint64 applicationId)>;

    // `runner` must outlive the session.
    ReviewSession(JobRunner &runner, qint64 operatorId, int leaseSeconds, QObject *parent = nullptr);
    // Gives back what is held (queued on the database lane; does not wait).
    ~ReviewSession() override;

    // How long the release at exit may run on the server.
    static constexpr int ExitStatementTimeoutMs = 1500;

    qint64 operatorId() const { return m_operatorId; }
    JobRunner &runner() const { return m_runner; }
    int leaseSeconds() const { return m_leaseSeconds; }
    int renewIntervalMs() const { return m_renewTimer.interval(); }

    // Shows the application, claiming it when it is free.
    void open(qint64 applicationId);
    // Claims the most urgent application offered to this operator.
    void openNext();
    // Gives the held application back, not to be offered to this operator
    // again for a while (ReviewService::SkipMinutes), and opens the next.
    // Without a claim: just the next.
    void skipToNext(const QString &note = {});
    // Gives the claim back (the operator leaves); returns at once.
    void release();
    // The same when the window closes, without waiting: `done(released)` runs
    // on the GUI thread once the database answered (released: the claim is
    // back in the queue). The release runs with a short statement timeout, so
    // a server that is slow to answer cannot hold the window for long; the
    // caller still bounds its own wait (MainWindow: 2 s).
    void releaseForExit(std::function<void(bool released)> done);

    // Decisions on the held application (Claimed): the service decides a
    // second review itself; a proxy application cannot be approved.
    void approve(const QString &internalNote, bool emailInsteadOfSms);
    // `decision`: reasons, message, resubmission, note (id and key are set here).
    void reject(Decision decision);
    // Second review (SecondReview): confirm the approval, or send it back.
    void confirmSecondReview(const QString &note);
    void sendBack(const QString &note);
    // Sends the decision that failed again, with the same idempotency key.
    void retry();

    // The operator showed the masked personal data: audited.
    void revealPersonalData();
    // A new OCR reading of one of the application's ID documents (the desk's
    // own pre-check): the checks and the policy are computed again.
    void setIdReading(const DocumentIdReading &reading);
    void setRevealRecorder(RevealRecorder recorder) { m_revealRecorder = std::move(recorder); }

    Mode mode() const { return m_mode; }
    quint64 generation() const { return m_generation; }
    qint64 applicationId() const;
    bool isClaimed() const { return m_mode == Mode::Claimed || m_mode == Mode::SecondReview; }
    bool isSending() const { return m_sending; }
    // A decision failed to send and is kept for retry().
    bool hasUnsentDecision() const { return m_pending.has_value() && !m_sending; }
    QString unsentDecisionKey() const;
    // A decision (or second review) may be started now.
    bool canDecide() const { return isClaimed() && !m_sending && !m_pending; }

    const ReviewSnapshot &snapshot() const { return m_snapshot; }
    const QList<RejectReason> &rejectReasons() const { return m_reasons; }
    const QSet<QDate> &holidays() const { return m_holidays; }
    // When an approval made today should arrive (7 working days).
    QDate expectedDelivery() const;

Q_SIGNALS:
    void modeChanged(reissuedesk::ReviewSession::Mode mode);
    // An open began: `applicationId`, or 0 for the next one.
    void openStarted(qint64 applicationId);
    // snapshot() holds a new application (or a fresh read of the same one).
    void loaded(qint64 applicationId);
    // Nothing to show: the queue is empty, the application does not exist, or
    // it could not be read (the sentence says which).
    void nothingToShow(const QString &message);
    void leaseRenewed(const QDateTime &until);
    // The claim is gone (expired, taken over): read-only now; says who holds it.
    void leaseLost(const QString &message);
    void sendingChanged(bool sending);
    void decisionRecorded(qint64 applicationId, reissuedesk::ApplicationStatus status, const QString &message);
    // The service refused it (nothing written); the operator may decide again.
    void decisionRefused(const QString &message);
    // It could not be sent; kept for retry().
    void decisionFailed(const QString &message);
    // Something for the status bar.
    void statusMessage(const QString &message);
    // snapshot().checks and .policy changed without a new open (an OCR reading came in).
    void checksChanged();

private:
    struct Loaded {
        ReviewSnapshot snapshot;
        bool catalogueLoaded = false;
        QList<RejectReason> reasons;
        QSet<QDate> holidays;
    };
    struct PendingAction {
        enum class Kind { Decide, Confirm, SendBack };
        Kind kind = Kind::Decide;
        Decision decision; // Decide
        qint64 applicationId = 0;
        QString note; // Confirm, SendBack
        QString key;  // the idempotency key, kept for retries
    };
    struct Renewal {
        bool renewed = false;
        QString holderLogin; // when not: who holds it now (empty: nobody)
    };

    void startOpen(qint64 target, std::optional<qint64> skipping, const QString &skipNote);
    void showLoaded(Loaded loaded);
    void setMode(Mode mode);
    void renewLease();
    void send(const PendingAction &action);
    void answered(quint64 generation, const DecisionResult &result);
    void failed(quint64 generation, const JobError &error);
    void forget();

    JobRunner &m_runner;
    qint64 m_operatorId;
    int m_leaseSeconds;
    // What the session holds, as the database lane knows it; touched there only.
    std::shared_ptr<qint64> m_held;
    RevealRecorder m_revealRecorder;

    JobSlot m_openSlot;
    JobSlot m_renewSlot;
    JobSlot m_decisionSlot;
    JobSlot m_exitSlot;
    QTimer m_renewTimer;

    quint64 m_generation = 0;
    Mode m_mode = Mode::Empty;
    bool m_sending = false;
    ReviewSnapshot m_snapshot;
    QList<RejectReason> m_reasons;
    QSet<QDate> m_holidays;
    bool m_catalogueLoaded = false;
    std::optional<PendingAction> m_pending;
};

} // namespace reissuedesk
