#include "ui/ApplicationPage.h"

#include "models/AccountHistoryModel.h"
#include "models/IdCardPrecheck.h"
#include "models/QueueModel.h"
#include "models/ReviewTexts.h"
#include "ui/ApplicationPresentation.h"
#include "ui/ApproveDialog.h"
#include "ui/ChecksPanel.h"
#include "ui/PeoplePanel.h"
#include "ui/RejectDialog.h"
#include "ui/RequestPanel.h"
#include "ui/ReviewRecordTabs.h"
#include "ui/SecondReviewPanel.h"
#include "ui/ViewTrace.h"
#include "ui_ApplicationPage.h"

#include <QGroupBox>
#include <QInputDialog>
#include <QLocale>
#include <QResizeEvent>
#include <QScrollBar>
#include <QShortcut>

namespace reissuedesk {

using reviewstyle::BannerTone;
using reviewstyle::pillStyle;

ApplicationPage::ApplicationPage(JobRunner &runner, qint64 operatorId, int leaseSeconds, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ApplicationPage>())
{
    setup(runner, operatorId, leaseSeconds);
}

void ApplicationPage::setup(JobRunner &runner, qint64 operatorId, int leaseSeconds)
{
    m_session = new ReviewSession(runner, operatorId, leaseSeconds, this);
    ui->setupUi(this);
    setupWidgets();
    setupShortcuts();
    connectSession();
    m_clockTimer.setInterval(30 * 1000);
    connect(&m_clockTimer, &QTimer::timeout, this, &ApplicationPage::updateTimeLeft);
    m_clockTimer.start();
    showMessage(tr("No application open. Press N for the next one."));
    updateActions();
}

ApplicationPage::~ApplicationPage()
{
    // The session gives back what it holds through the runner (which outlives
    // the page) before the widgets it talks to go.
    delete m_session;
    m_session = nullptr;
}

void ApplicationPage::setupWidgets()
{
    setFocusPolicy(Qt::StrongFocus);
    QFont numberFont = ui->numberLabel->font();
    numberFont.setPointSizeF(numberFont.pointSizeF() * 1.45);
    numberFont.setBold(true);
    ui->numberLabel->setFont(numberFont);
    QFont messageFont = ui->pageMessageLabel->font();
    messageFont.setPointSizeF(messageFont.pointSizeF() * 1.25);
    ui->pageMessageLabel->setFont(messageFont);
    ui->pageMessageLabel->setForegroundRole(QPalette::PlaceholderText);
    ui->loadingLabel->hide();
    ui->loadingLabel->setForegroundRole(QPalette::PlaceholderText);
    ui->bannerFrame->hide();
    ui->retryButton->hide();
    ui->retryButton->setAutoDefault(true); // Enter retries once it has the focus
    for (QPushButton *button : {ui->approveButton, ui->confirmApprovalButton})
        button->setStyleSheet(QStringLiteral("QPushButton { padding: 4px 14px; font-weight: 600; color: #1b6b34; }"
                                             "QPushButton:disabled { color: palette(mid); }"));
    ui->rejectButton->setStyleSheet(QStringLiteral("QPushButton { padding: 4px 14px; font-weight: 600; color: "
                                                   "#a31b1b; } QPushButton:disabled { color: palette(mid); }"));
    for (QPushButton *button : {ui->sendBackButton, ui->nextButton})
        button->setStyleSheet(QStringLiteral("QPushButton { padding: 4px 14px; }"));

    // One class per section, in the order an operator reads them.
    m_secondReview = new SecondReviewPanel(ui->detailsContents);
    m_checks = new ChecksPanel(ui->detailsContents);
    m_people = new PeoplePanel(ui->detailsContents);
    m_request = new RequestPanel(ui->detailsContents);
    for (QWidget *section : std::initializer_list<QWidget *>{m_secondReview, m_checks, m_people, m_request})
        ui->detailsLayout->addWidget(section);
    ui->detailsLayout->addStretch(1);
    m_secondReview->hide();
    for (QGroupBox *group : ui->detailsContents->findChildren<QGroupBox *>()) {
        group->setFlat(true);
        group->setStyleSheet(QStringLiteral("QGroupBox { font-weight: 600; } QLabel { font-weight: normal; }"));
    }
    m_records = new ReviewRecordTabs(ui->rightSplitter);
    ui->rightSplitter->addWidget(m_records);
    ui->rightSplitter->setStretchFactor(0, 3);
    ui->rightSplitter->setStretchFactor(1, 2);
    // The documents are what the operator looks at most: at least half the page.
    ui->mainSplitter->setStretchFactor(0, 11);
    ui->mainSplitter->setStretchFactor(1, 9);
    ui->detailsScroll->setMinimumWidth(380);
    ui->documentsGroup->setMinimumWidth(420);

    connect(m_people, &PeoplePanel::revealToggled, this, [this](bool revealed) {
        if (const auto &context = m_session->snapshot().context)
            m_request->setContext(*context, revealed);
        if (revealed)
            m_session->revealPersonalData();
    });
    connect(m_records, &ReviewRecordTabs::openApplicationRequested, this, &ApplicationPage::openApplication);
    connect(ui->backButton, &QToolButton::clicked, this, &ApplicationPage::backRequested);
    connect(ui->approveButton, &QPushButton::clicked, this, &ApplicationPage::approve);
    connect(ui->confirmApprovalButton, &QPushButton::clicked, this, &ApplicationPage::approve);
    connect(ui->rejectButton, &QPushButton::clicked, this, &ApplicationPage::reject);
    connect(ui->sendBackButton, &QPushButton::clicked, this, &ApplicationPage::sendBack);
    connect(ui->nextButton, &QPushButton::clicked, this, [this] { skip(false); });
    connect(ui->retryButton, &QPushButton::clicked, m_session, &ReviewSession::retry);
}

void ApplicationPage::setupShortcuts()
{
    // Single keys while the focus is anywhere on this page (a text field of the
    // documents viewer would take its own letters first).
    auto addKey = [this](QKeySequence keys, auto slot) {
        auto *shortcut = new QShortcut(keys, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    addKey(QKeySequence(Qt::Key_A), [this] {
        if (m_session->mode() == ReviewSession::Mode::Claimed && !m_session->snapshot().policy.approvalAllowed)
            setBanner(BannerTone::Warning, m_session->snapshot().policy.refusal);
        else
            approve();
    });
    addKey(QKeySequence(Qt::Key_R), [this] { reject(); });
    addKey(QKeySequence(Qt::Key_S), [this] { sendBack(); });
    addKey(QKeySequence(Qt::Key_N), [this] { skip(false); });
    addKey(QKeySequence(Qt::SHIFT | Qt::Key_N), [this] { skip(true); });
    addKey(QKeySequence(Qt::Key_Backspace), [this] { Q_EMIT backRequested(); });
}

void ApplicationPage::connectSession()
{
    ReviewSession *s = m_session;
    connect(s, &ReviewSession::openStarted, this, &ApplicationPage::showOpening);
    connect(s, &ReviewSession::loaded, this, &ApplicationPage::showLoaded);
    connect(s, &ReviewSession::checksChanged, this, [this] {
        m_checks->setChecks(m_session->snapshot().checks, m_session->snapshot().policy);
        updateActions();
    });
    connect(m_checks, &ChecksPanel::checkClicked, this, [this](const CheckResult &check) {
        if (check.documentId != 0 && !check.region.isNull())
            Q_EMIT highlightRequested(check.documentId, check.region);
    });
    connect(s, &ReviewSession::nothingToShow, this, [this](const QString &message) {
        m_shownId = 0;
        clearBanner();
        showMessage(message);
        updateActions();
    });
    connect(s, &ReviewSession::modeChanged, this, [this] {
        showHeader();
        updateActions();
    });
    connect(s, &ReviewSession::leaseRenewed, this, &ApplicationPage::showHeader);
    connect(s, &ReviewSession::leaseLost, this, [this](const QString &message) {
        setBanner(BannerTone::Error, message);
        showHeader();
        updateActions();
    });
    connect(s, &ReviewSession::sendingChanged, this, [this](bool sending) {
        if (sending) {
            clearBanner();
            ui->loadingLabel->setText(tr("Sending…"));
        }
        ui->loadingLabel->setVisible(sending);
        updateActions();
    });
    connect(s, &ReviewSession::decisionRecorded, this, &ApplicationPage::decisionRecordedHere);
    connect(s, &ReviewSession::decisionRefused, this, [this](const QString &message) {
        setBanner(BannerTone::Error, message);
        updateActions();
    });
    connect(s, &ReviewSession::decisionFailed, this, [this](const QString &message) {
        setBanner(BannerTone::Error, message, true);
        updateActions();
        ui->retryButton->setFocus(Qt::OtherFocusReason);
    });
    connect(s, &ReviewSession::statusMessage, this, &ApplicationPage::statusMessage);
}

// ---------------------------------------------------------------- opening

void ApplicationPage::openApplication(qint64 applicationId)
{
    m_session->open(applicationId);
}

void ApplicationPage::openNext()
{
    m_session->openNext();
}

void ApplicationPage::skip(bool withNote)
{
    if (m_session->isSending())
        return;
    if (!withNote || !m_session->isClaimed()) {
        m_session->skipToNext();
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("skipNoteDialog"));
    dialog->setWindowTitle(tr("Skip with a note"));
    dialog->setLabelText(tr("Why is it skipped? (kept with the application, e.g. \"called, no answer\")"));
    dialog->setOkButtonText(tr("Skip, next"));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, generation = m_session->generation()](const QString &note) {
                if (generation == m_session->generation())
                    m_session->skipToNext(note.trimmed());
            });
    openDialog(dialog);
}

void ApplicationPage::releaseClaim()
{
    m_session->release();
    m_shownId = 0;
    clearBanner();
    showMessage(tr("No application open. Press N for the next one."));
    updateActions();
}

void ApplicationPage::releaseForExit(std::function<void(bool released)> done)
{
    m_session->releaseForExit(std::move(done));
    m_shownId = 0;
    clearBanner();
    showMessage(tr("No application open. Press N for the next one."));
    updateActions();
}

void ApplicationPage::showOpening(qint64 target)
{
    // REISSUEDESK_TRACE=1: from here to the first paint of the ID front.
    ViewTrace::start(target == 0 ? QStringLiteral("open the next application")
                                 : QStringLiteral("open application %1").arg(target));
    clearBanner();
    const QString text = target == 0 ? tr("Claiming the next application…") : tr("Opening the application…");
    if (ui->stack->currentWidget() == ui->contentPage && m_shownId != 0) {
        ui->loadingLabel->setText(text);
        ui->loadingLabel->show();
        ui->contentPage->setEnabled(false);
    } else {
        showMessage(text);
    }
    updateActions();
    focusContent();
}

void ApplicationPage::showLoaded(qint64 applicationId)
{
    const ReviewSnapshot &s = m_session->snapshot();
    if (!s.context)
        return;
    const bool newApplication = applicationId != m_shownId;
    m_shownId = applicationId;
    ui->loadingLabel->hide();
    ui->contentPage->setEnabled(true);
    ui->stack->setCurrentWidget(ui->contentPage);
    applyDefaultSplit();

    m_people->setContext(*s.context, newApplication);
    m_request->setContext(*s.context, m_people->isRevealed());
    m_checks->setChecks(s.checks, s.policy);
    startIdPrecheck();
    m_secondReview->setVisible(s.secondReview.has_value());
    if (s.secondReview)
        m_secondReview->setRequest(*s.secondReview, s.checks, s.policy);
    m_records->setReasonCatalogue(m_session->rejectReasons());
    m_records->setRecords(applicationId, s.history, s.timeline, s.context->documents, s.notifications);
    if (m_session->mode() == ReviewSession::Mode::Decided && !s.notifications.isEmpty())
        m_records->showMessages();
    if (newApplication)
        ui->detailsScroll->verticalScrollBar()->setValue(0);
    showDocuments();
    showHeader();
    showStateBanner();
    updateActions();
    focusDocuments();
    Q_EMIT applicationShown(applicationId);
}

void ApplicationPage::showStateBanner()
{
    const ReviewSnapshot &s = m_session->snapshot();
    const Application &a = s.context->application;
    const ReviewSession::Mode mode = m_session->mode();
    if (s.claim.kind == ClaimResult::Kind::HeldByOther) {
        setBanner(BannerTone::Warning,
                  s.claim.heldSince.isValid()
                      ? tr("Being reviewed by %1 since %2. Read-only while they hold it.")
                            .arg(s.claim.holderLogin, reviewstyle::shortTime(s.claim.heldSince))
                      : tr("Being reviewed by %1. Read-only while they hold it.").arg(s.claim.holderLogin));
    } else if (mode == ReviewSession::Mode::Decided) {
        if (a.status == ApplicationStatus::Cancelled) {
            setBanner(BannerTone::Info, tr("Cancelled: nothing to decide. Read-only."));
            return;
        }
        // Decided by whom, when and why: the latest decision on this application.
        const auto decided = std::find_if(s.history.cbegin(), s.history.cend(), [&a](const HistoryEntry &entry) {
            return entry.applicationId == a.id && entry.decisionId != 0;
        });
        if (decided == s.history.cend()) {
            setBanner(BannerTone::Info, tr("Already decided: %1. Read-only.").arg(ReviewTexts::statusText(a.status)));
            return;
        }
        setBanner(BannerTone::Info,
                  tr("%1 — by %2, %3. Read-only.")
                      .arg(m_records->historyModel()->decisionText(*decided),
                           presentation::orDash(decided->operatorLogin), reviewstyle::localTime(decided->decidedAt)));
    } else if (s.ownApproval) {
        setBanner(BannerTone::Info, tr("You approved this application; another reviewer must confirm it "
                                       "(four eyes). Read-only."));
    } else if (mode == ReviewSession::Mode::SecondReview) {
        setBanner(BannerTone::Info,
                  tr("%1 approved this application and it needs a second reviewer (four eyes). Check it, then "
                     "confirm the approval (A) or send it back for review (S).")
                      .arg(presentation::orDash(s.secondReview ? s.secondReview->firstReviewerLogin : QString())));
    } else if (mode == ReviewSession::Mode::Claimed && !s.policy.approvalAllowed) {
        setBanner(BannerTone::Warning, s.policy.refusal);
    } else {
        clearBanner();
    }
}

void ApplicationPage::showMessage(const QString &message)
{
    ui->pageMessageLabel->setText(message);
    ui->stack->setCurrentWidget(ui->messagePage);
    ui->numberLabel->setText(QStringLiteral("—"));
    for (QLabel *label : {ui->statusLabel, ui->urgencyLabel, ui->leaseLabel})
        label->hide();
    ui->loadingLabel->hide();
}

void ApplicationPage::focusContent()
{
    if (ui->stack->currentWidget() == ui->contentPage && ui->contentPage->isEnabled())
        ui->detailsScroll->setFocus(Qt::OtherFocusReason);
    else
        setFocus(Qt::OtherFocusReason);
}

void ApplicationPage::focusDocuments()
{
    // The documents are driven from the keyboard (zoom, rotate, next document)
    // without tabbing there first.
    if (!m_documentsWidget || !ui->contentPage->isEnabled()) {
        focusContent();
        return;
    }
    if (m_documentsWidget->metaObject()->indexOfMethod("focusViewer()") >= 0)
        QMetaObject::invokeMethod(m_documentsWidget, "focusViewer");
    else
        m_documentsWidget->setFocus(Qt::OtherFocusReason);
}

// ---------------------------------------------------------------- showing

void ApplicationPage::showHeader()
{
    const auto &context = m_session->snapshot().context;
    if (!context)
        return;
    const Application &a = context->application;
    ui->numberLabel->setText(a.applicationNumber);
    ui->statusLabel->setText(ReviewTexts::statusText(a.status));
    const auto [background, foreground] = presentation::statusColors(a.status);
    ui->statusLabel->setStyleSheet(pillStyle(background, foreground));
    ui->statusLabel->show();

    QString lease;
    QString leaseStyle = QStringLiteral("QLabel { color: palette(placeholder-text); }");
    const QDateTime until = m_session->snapshot().claim.leaseExpiresAt;
    switch (m_session->mode()) {
    case ReviewSession::Mode::Claimed:
    case ReviewSession::Mode::SecondReview:
        lease = until.isValid()
                    ? tr("Claimed by you · lease until %1").arg(until.toLocalTime().toString(QStringLiteral("HH:mm")))
                    : tr("Claimed by you");
        leaseStyle = QStringLiteral("QLabel { color: #1b6b34; }");
        break;
    case ReviewSession::Mode::ReadOnly:
    case ReviewSession::Mode::Decided:
        lease = tr("Read-only");
        leaseStyle = QStringLiteral("QLabel { color: #7a4a00; font-weight: 600; }");
        break;
    case ReviewSession::Mode::Empty:
    case ReviewSession::Mode::Loading:
        break;
    }
    ui->leaseLabel->setText(lease);
    ui->leaseLabel->setStyleSheet(leaseStyle);
    ui->leaseLabel->setVisible(!lease.isEmpty());
    updateTimeLeft();
}

void ApplicationPage::updateTimeLeft()
{
    const auto &context = m_session->snapshot().context;
    if (!context || !presentation::isOpen(context->application.status)) {
        ui->urgencyLabel->hide();
        m_request->setDeadlineStyle({});
        return;
    }
    const qint64 secondsLeft = QDateTime::currentDateTimeUtc().secsTo(context->application.dueAt);
    const QString left = QueueModel::timeLeftText(secondsLeft);
    QString deadlineStyle;
    switch (QueueModel::urgencyFor(secondsLeft)) {
    case QueueModel::Urgency::Overdue:
        ui->urgencyLabel->setText(left);
        ui->urgencyLabel->setStyleSheet(pillStyle(QColor(0xfd, 0xe2, 0xe1), QColor(0xa3, 0x1b, 0x1b)));
        deadlineStyle = QStringLiteral("QLabel { color: #b01c1c; font-weight: 600; }");
        break;
    case QueueModel::Urgency::Soon:
        ui->urgencyLabel->setText(tr("%1 left").arg(left));
        ui->urgencyLabel->setStyleSheet(pillStyle(QColor(0xff, 0xf1, 0xcc), QColor(0x7a, 0x4a, 0x00)));
        deadlineStyle = QStringLiteral("QLabel { color: #9a5b00; font-weight: 600; }");
        break;
    case QueueModel::Urgency::Normal:
        ui->urgencyLabel->setText(tr("%1 left").arg(left));
        ui->urgencyLabel->setStyleSheet(pillStyle(QColor(0xee, 0xee, 0xee), QColor(0x44, 0x44, 0x44)));
        break;
    }
    ui->urgencyLabel->show();
    m_request->setDeadlineStyle(deadlineStyle);
}

void ApplicationPage::showDocuments()
{
    const auto &context = m_session->snapshot().context;
    const QList<Document> documents = context ? context->documents : QList<Document>();
    ui->documentsGroup->setTitle(tr("Documents (%1)").arg(documents.size()));
    Q_EMIT documentsShown(context ? context->application.id : 0, documents);
    if (m_documentsWidget) {
        ui->documentsListLabel->hide();
        return;
    }
    // Without a viewer: the documents by kind, in the order an operator checks them.
    QList<Document> ordered = documents;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Document &a, const Document &b) { return int(a.kind) < int(b.kind); });
    QStringList lines;
    const QLocale locale;
    for (const Document &document : std::as_const(ordered))
        lines.append(QStringLiteral("%1 · %2 · %3")
                         .arg(ReviewTexts::documentKindText(document.kind), document.mediaType,
                              locale.formattedDataSize(document.sizeBytes, 1, QLocale::DataSizeTraditionalFormat)));
    ui->documentsListLabel->setText(lines.isEmpty() ? tr("No documents uploaded.") : lines.join(QLatin1Char('\n')));
    ui->documentsListLabel->show();
}

void ApplicationPage::setDocumentLoader(DocumentLoader *loader)
{
    delete m_idPrecheck;
    m_idPrecheck =
        new IdCardPrecheck(m_session->runner(), *loader, QStringLiteral("desk:%1").arg(m_session->operatorId()), this);
    connect(m_idPrecheck, &IdCardPrecheck::readingFinished, this,
            [this](qint64 applicationId, const DocumentIdReading &reading) {
                if (applicationId == m_session->applicationId())
                    m_session->setIdReading(reading);
            });
}

void ApplicationPage::startIdPrecheck()
{
    const std::optional<ReviewContext> &context = m_session->snapshot().context;
    if (m_idPrecheck && context)
        m_idPrecheck->start(context->application.id, {context->idFrontReading, context->idBackReading},
                            context->documents);
}

void ApplicationPage::setDocumentsWidget(QWidget *widget)
{
    delete m_documentsWidget;
    m_documentsWidget = widget;
    if (widget)
        ui->documentsLayout->addWidget(widget, 1);
    showDocuments();
}

QWidget *ApplicationPage::documentsContainer() const
{
    return ui->documentsContainer;
}

void ApplicationPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyDefaultSplit();
}

void ApplicationPage::applyDefaultSplit()
{
    // Once, when the content is first laid out: documents 55 %, details 45 %
    // (the stretch factors keep that as the window grows); the facts above,
    // the records below in a third of the height. The operator's drag wins after.
    if (m_splitterSized || !ui->mainSplitter->isVisible())
        return;
    ui->contentPage->layout()->activate();
    const int width = ui->mainSplitter->width();
    const int height = ui->rightSplitter->height();
    if (width <= 0 || height <= 0)
        return;
    ui->mainSplitter->setSizes({width * 11 / 20, width * 9 / 20});
    ui->rightSplitter->setSizes({height * 2 / 3, height / 3});
    m_splitterSized = true;
}

// ---------------------------------------------------------------- state, banner

void ApplicationPage::updateActions()
{
    const ReviewSession::Mode mode = m_session->mode();
    const bool secondReview = mode == ReviewSession::Mode::SecondReview;
    const bool can = m_session->canDecide();
    const ReviewPolicyOutcome &policy = m_session->snapshot().policy;
    ui->approveButton->setVisible(!secondReview);
    ui->rejectButton->setVisible(!secondReview);
    ui->confirmApprovalButton->setVisible(secondReview);
    ui->sendBackButton->setVisible(secondReview);
    ui->approveButton->setEnabled(can && mode == ReviewSession::Mode::Claimed && policy.approvalAllowed);
    ui->approveButton->setToolTip(policy.approvalAllowed ? tr("Approve: confirm the address and ship a new card (A)")
                                                         : policy.refusal);
    ui->rejectButton->setEnabled(can && mode == ReviewSession::Mode::Claimed);
    ui->confirmApprovalButton->setEnabled(can && secondReview);
    ui->sendBackButton->setEnabled(can && secondReview);
    ui->nextButton->setEnabled(!m_session->isSending());
    ui->retryButton->setVisible(m_session->hasUnsentDecision());
}

void ApplicationPage::setBanner(BannerTone tone, const QString &text, bool retry)
{
    ui->bannerFrame->setStyleSheet(
        reviewstyle::bannerStyle(tone, QStringLiteral("bannerFrame"), QStringLiteral("bannerLabel")));
    ui->bannerFrame->setProperty("bannerStyle", int(tone));
    ui->bannerLabel->setText(text);
    ui->bannerFrame->show();
    ui->retryButton->setVisible(retry);
}

void ApplicationPage::clearBanner()
{
    ui->bannerFrame->hide();
    ui->bannerLabel->clear();
    ui->retryButton->hide();
}

// ---------------------------------------------------------------- deciding

void ApplicationPage::approve()
{
    const ReviewSession::Mode mode = m_session->mode();
    const bool confirm = mode == ReviewSession::Mode::SecondReview;
    if (!m_session->canDecide() || (!confirm && mode != ReviewSession::Mode::Claimed))
        return;
    const ReviewSnapshot &s = m_session->snapshot();
    if (!confirm && !s.policy.approvalAllowed) {
        setBanner(BannerTone::Warning, s.policy.refusal);
        return;
    }
    const Application &a = s.context->application;
    QString fourEyesText;
    if (confirm)
        fourEyesText = tr("%1 approved this application; you are the second reviewer. Confirming ships the new "
                          "card and tells the customer.")
                           .arg(presentation::orDash(s.secondReview ? s.secondReview->firstReviewerLogin : QString()));
    else if (s.policy.needsSecondReview)
        fourEyesText = ChecksPanel::secondReviewSentence(s.policy);
    auto *dialog = new ApproveDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setApplication(confirm ? ApproveDialog::Kind::ConfirmSecondReview : ApproveDialog::Kind::Approve,
                           a.applicationNumber, a.shippingAddress, s.context->account.address,
                           m_session->expectedDelivery(), fourEyesText);
    dialog->setMessageFacts(CustomerMessageFacts::of(a, m_session->expectedDelivery()));
    dialog->setPolicy(s.policy);
    connect(dialog, &QDialog::accepted, this, [this, dialog, generation = m_session->generation(), confirm] {
        if (generation != m_session->generation())
            return;
        if (confirm)
            m_session->confirmSecondReview(dialog->internalNote());
        else
            m_session->approve(dialog->internalNote(), dialog->emailInsteadOfSms());
    });
    openDialog(dialog);
}

void ApplicationPage::reject()
{
    if (!m_session->canDecide() || m_session->mode() != ReviewSession::Mode::Claimed)
        return;
    const QList<RejectReason> &reasons = m_session->rejectReasons();
    if (reasons.isEmpty()) {
        setBanner(BannerTone::Error, tr("The reject reasons could not be read; open the application again."));
        return;
    }
    const ReviewSnapshot &s = m_session->snapshot();
    auto *dialog = new RejectDialog(reasons, s.context->application.applicationNumber, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMessageFacts(CustomerMessageFacts::of(s.context->application, m_session->expectedDelivery()));
    dialog->setPolicy(s.policy);
    if (!s.policy.approvalAllowed && !dialog->reasonCodes().contains(s.policy.requiredReasonCode)) {
        // A proxy application: the reason it must be rejected for, ticked.
        for (int row = 0; row < reasons.size(); ++row) {
            if (reasons.at(row).code == s.policy.requiredReasonCode)
                dialog->toggleReason(row);
        }
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, generation = m_session->generation()] {
        if (generation != m_session->generation())
            return;
        Decision decision = dialog->decision(m_session->applicationId());
        decision.emailInsteadOfSms = dialog->emailInsteadOfSms();
        m_session->reject(decision);
    });
    openDialog(dialog);
}

void ApplicationPage::sendBack()
{
    if (!m_session->canDecide() || m_session->mode() != ReviewSession::Mode::SecondReview)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("sendBackDialog"));
    dialog->setWindowTitle(tr("Send back for review"));
    dialog->setLabelText(tr("Why is the approval not confirmed? (internal note, never sent to the customer)"));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog->setOkButtonText(tr("Send back"));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, generation = m_session->generation()](const QString &note) {
                if (generation == m_session->generation())
                    m_session->sendBack(note.trimmed());
            });
    openDialog(dialog);
}

void ApplicationPage::openDialog(QDialog *dialog)
{
    // Ctrl+Enter confirms every dialog (in a multi-line note Enter is a new line).
    if (qobject_cast<QInputDialog *>(dialog)) {
        for (const QKeySequence &keys :
             {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
            auto *confirm = new QShortcut(keys, dialog);
            connect(confirm, &QShortcut::activated, dialog, [dialog] { dialog->done(QDialog::Accepted); });
        }
    }
    // Window-modal and not blocking: the renewal timer and the answers keep
    // running. When it closes the keys must reach this page again; without a
    // window manager (kiosk desks) nobody else gives the window focus back.
    connect(dialog, &QDialog::finished, this, [this] {
        activateWindow();
        focusContent();
    });
    dialog->open();
}

void ApplicationPage::decisionRecordedHere(qint64 applicationId, ApplicationStatus status)
{
    ui->loadingLabel->hide();
    clearBanner();
    showHeader();
    updateActions();
    Q_EMIT decisionRecorded(applicationId, status);
    if (m_autoAdvance)
        m_session->openNext();
    else
        Q_EMIT backRequested();
}

} // namespace reissuedesk
