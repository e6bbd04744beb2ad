#pragma once
// The application screen: one application, everything needed to decide it,
// and the decision in a keystroke or two. A approves (or confirms a second
// review), R rejects, S sends a second review back, N skips this one and
// claims the next (Shift+N: with a note such as "called, no answer"),
// Backspace goes back to the queue.
//
// The page renders a ReviewSession (app/models), which holds the claim, the
// lease and the decisions and does all database work through the JobRunner;
// the page holds widgets, one section per class (PeoplePanel, RequestPanel,
// ChecksPanel, SecondReviewPanel, ReviewRecordTabs), and the dialogs.

#include "core/DomainTypes.h"
#include "models/ReviewSession.h"
#include "ui/ReviewStyle.h"

#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

class QDialog;

namespace Ui {
class ApplicationPage;
}

namespace reissuedesk {

class ChecksPanel;
class DocumentLoader;
class IdCardPrecheck;
class Database;
class JobRunner;
class PeoplePanel;
class RequestPanel;
class ReviewRecordTabs;
class SecondReviewPanel;

class ApplicationPage : public QWidget {
    Q_OBJECT

public:
    // `runner` must outlive the page.
    ApplicationPage(JobRunner &runner, qint64 operatorId, int leaseSeconds, QWidget *parent = nullptr);
    ~ApplicationPage() override;

    ReviewSession *session() const { return m_session; }

    // Shows the application, claiming it when it is free.
    void openApplication(qint64 applicationId);
    // Claims the most urgent application offered to this operator.
    void openNext();
    // Gives the claim back (the operator leaves the page); returns at once.
    void releaseClaim();
    // The same before the window closes, without waiting: `done(released)`
    // runs once the database answered (see ReviewSession::releaseForExit).
    void releaseForExit(std::function<void(bool released)> done);

    // What is shown (0: nothing) and whether it is ours to decide.
    qint64 applicationId() const { return m_session->applicationId(); }
    bool isClaimed() const { return m_session->isClaimed(); }

    // After a decision: claim and open the next application (else: back to the queue).
    bool autoAdvance() const { return m_autoAdvance; }
    void setAutoAdvance(bool enabled) { m_autoAdvance = enabled; }

    // The documents viewer goes here (the page takes ownership). Opening an
    // application gives it the keyboard focus: its focusViewer() slot or
    // invokable when it has one, else the widget itself.
    void setDocumentsWidget(QWidget *widget);
    // The desk's own OCR pre-check of ID scans with no reading yet, reading the
    // bytes through `loader` (which must outlive the page).
    void setDocumentLoader(DocumentLoader *loader);
    IdCardPrecheck *idPrecheck() const { return m_idPrecheck; }
    QWidget *documentsContainer() const;

    // The facts and checks of the application shown (for the documents viewer).
    const std::optional<ReviewContext> &context() const { return m_session->snapshot().context; }
    const QList<CheckResult> &checkResults() const { return m_session->snapshot().checks; }

    // Moves the keyboard focus into the page, so that its keys work.
    void focusContent();

Q_SIGNALS:
    // Backspace / "Back to queue", or a decision without auto-advance.
    void backRequested();
    // A new application is on screen (claimed or read-only).
    void applicationShown(qint64 applicationId);
    // The documents of the application on screen (for the documents viewer).
    void documentsShown(qint64 applicationId, const QList<reissuedesk::Document> &documents);
    void decisionRecorded(qint64 applicationId, reissuedesk::ApplicationStatus status);
    // An ID card check was clicked: outline `region` (image pixels) on document `documentId`.
    void highlightRequested(qint64 documentId, const QRect &region);
    // For the window's status bar.
    void statusMessage(const QString &message);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void setup(JobRunner &runner, qint64 operatorId, int leaseSeconds);
    void setupWidgets();
    void setupShortcuts();
    void connectSession();

    void showOpening(qint64 target);
    void showLoaded(qint64 applicationId);
    void showMessage(const QString &message);
    void showHeader();
    void showDocuments();
    void startIdPrecheck();
    void showStateBanner();
    void updateTimeLeft();
    void updateActions();
    void setBanner(reviewstyle::BannerTone tone, const QString &text, bool retry = false);
    void clearBanner();
    void focusDocuments();
    void applyDefaultSplit();

    void approve();
    void reject();
    void sendBack();
    void skip(bool withNote);
    void openDialog(QDialog *dialog);
    void decisionRecordedHere(qint64 applicationId, ApplicationStatus status);

    std::unique_ptr<Ui::ApplicationPage> ui;
    ReviewSession *m_session = nullptr;
    PeoplePanel *m_people = nullptr;
    RequestPanel *m_request = nullptr;
    ChecksPanel *m_checks = nullptr;
    IdCardPrecheck *m_idPrecheck = nullptr;
    SecondReviewPanel *m_secondReview = nullptr;
    ReviewRecordTabs *m_records = nullptr;
    QWidget *m_documentsWidget = nullptr;
    QTimer m_clockTimer;
    bool m_autoAdvance = true;
    bool m_splitterSized = false;
    qint64 m_shownId = 0;
};

} // namespace reissuedesk
