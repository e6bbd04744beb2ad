#pragma once
// The application screen: one application, everything needed to decide it, and
// the decision in a keystroke or two (A approve, R reject, N next, Esc or
// Backspace back to the queue). Opening an application claims it with a lease
// that a timer renews while it is shown; someone else's application opens
// read-only with who holds it since when. All database work runs on this page's
// DatabaseWorker; results carry a generation number and stale ones are dropped.
//
// What this page holds is known for certain only on the worker thread (a claim
// may be in flight when the operator moves on), so the worker keeps it: every
// job there first gives back whatever the page holds and no longer wants. A
// decision keeps its idempotency key until it is answered, so "Retry" after a
// lost connection sends the very same decision again.

#include "core/Decision.h"
#include "core/ReviewChecks.h"
#include "storage/ReviewContextRepository.h"
#include "storage/ReviewService.h"

#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

class QDialog;
class QSemaphore;

namespace Ui {
class ApplicationPage;
}

namespace reissuedesk {

class Database;
class DatabaseWorker;

class ApplicationPage : public QWidget {
    Q_OBJECT

public:
    ApplicationPage(const Database &database, qint64 operatorId, int leaseSeconds, QWidget *parent = nullptr);
    ~ApplicationPage() override;

    // Shows the application, claiming it when it is free.
    void openApplication(qint64 applicationId);
    // Claims the most urgent pending application and shows it.
    void openNext();
    // Gives the claim back (the operator leaves the page); returns at once.
    void releaseClaim();
    // The same before the window closes: waits up to `timeoutMs` for the
    // worker; false when it did not finish in time.
    bool releaseClaimAndWait(int timeoutMs);

    // What is shown (0: nothing) and whether it is ours to decide.
    qint64 applicationId() const;
    bool isClaimed() const { return m_claimed; }

    // After a decision: claim and open the next application (else: back to the queue).
    bool autoAdvance() const { return m_autoAdvance; }
    void setAutoAdvance(bool enabled) { m_autoAdvance = enabled; }

    // The documents viewer goes here, replacing the plain document list. The
    // page takes ownership.
    void setDocumentsWidget(QWidget *widget);
    QWidget *documentsContainer() const;

    // The facts and checks of the application shown (for the documents viewer).
    const std::optional<ReviewContext> &context() const { return m_context; }
    const QList<CheckResult> &checkResults() const { return m_checks; }

    // Moves the keyboard focus into the page, so that its keys work.
    void focusContent();

Q_SIGNALS:
    // Esc / Backspace / "Back to queue", or a decision without auto-advance.
    void backRequested();
    // A new application is on screen (claimed or read-only).
    void applicationShown(qint64 applicationId);
    // The documents of the application on screen (for the documents viewer).
    void documentsShown(qint64 applicationId, const QList<reissuedesk::Document> &documents);
    void decisionRecorded(qint64 applicationId, reissuedesk::ApplicationStatus status);
    // For the window's status bar.
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Everything one open brings back from the worker.
    struct Loaded {
        ClaimResult claim;
        std::optional<ReviewContext> context;
        QList<HistoryEntry> history;
        QList<TimelineEntry> timeline;
        qint64 firstReviewerId = 0; // awaiting second review: who approved first
        QString firstReviewerLogin;
        QList<RejectReason> reasons; // the catalogue, on the first open
        QSet<QDate> holidays;
        bool catalogueLoaded = false;
    };
    // A decision (or second review) sent and not yet answered.
    struct PendingAction {
        bool secondReview = false;
        Decision decision;    // !secondReview
        bool confirm = false; // secondReview
        QString note;         // secondReview
        QString key;          // secondReview
    };
    enum class Mode { Empty, Loading, Claimed, SecondReview, ReadOnly };
    enum class BannerStyle { Info, Warning, Error };

    void setupWidgets();
    void setupShortcuts();
    void startOpen(qint64 applicationId); // 0: the next one
    void showLoaded(const Loaded &loaded);
    void showMessage(const QString &message);
    void showHeader();
    void showPeople();
    void showRequest();
    void showChecks();
    void showHistory(const QList<HistoryEntry> &history);
    void showTimeline(const QList<TimelineEntry> &timeline);
    void showDocuments();
    void updateTimeLeft();
    void updateCheckRowHeights();
    void updateActions();
    void setBanner(BannerStyle style, const QString &text, bool retry = false);
    void clearBanner();
    // Gives back what the worker holds; `done` (if any) is released after.
    void postRelease(const std::shared_ptr<QSemaphore> &done);
    void renewLease();
    void leaseLost(const QString &message);

    void approve();
    void reject();
    void sendBack();
    void openDialog(QDialog *dialog);
    void send(const PendingAction &action);
    void retry();
    void decisionAnswered(quint64 generation, const DecisionResult &result);
    void decisionFailed(quint64 generation, const QString &message);

    QString reasonTitle(const QString &code) const;
    QString timelineAction(const QString &action) const;

    std::unique_ptr<Ui::ApplicationPage> ui;
    const Database &m_database;
    qint64 m_operatorId;
    int m_leaseSeconds;
    std::unique_ptr<DatabaseWorker> m_worker;
    // What the page holds, as the worker knows it; touched on the worker thread only.
    std::shared_ptr<qint64> m_workerHeld;

    quint64 m_generation = 0;
    Mode m_mode = Mode::Empty;
    bool m_claimed = false;
    bool m_sending = false;
    bool m_autoAdvance = true;
    std::optional<ReviewContext> m_context;
    QList<CheckResult> m_checks;
    ClaimResult m_claim;
    qint64 m_firstReviewerId = 0;
    QString m_firstReviewerLogin;
    QList<RejectReason> m_reasons;
    QSet<QDate> m_holidays;
    bool m_catalogueLoaded = false;
    std::optional<PendingAction> m_pending; // failed to send: Retry resends it
    QWidget *m_documentsWidget = nullptr;
    QTimer m_renewTimer;
    QTimer m_clockTimer;
    int m_checksWidth = -1;
};

} // namespace reissuedesk
