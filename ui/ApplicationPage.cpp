#include "ui/ApplicationPage.h"

#include "core/Masking.h"
#include "core/WorkingDayCalendar.h"
#include "models/DatabaseWorker.h"
#include "models/QueueModel.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "ui/ApplicationDetailPane.h"
#include "ui/ApproveDialog.h"
#include "ui/RejectDialog.h"
#include "ui/ApplicationPresentation.h"
#include "ui_ApplicationPage.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSemaphore>
#include <QShortcut>
#include <QUuid>

namespace reissuedesk {
namespace {

using namespace presentation;

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString pillStyle(const QColor &background, const QColor &foreground)
{
    return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px; padding: 2px 10px; "
                          "font-weight: 600; }")
        .arg(background.name(), foreground.name());
}

QColor verdictColor(CheckVerdict verdict)
{
    switch (verdict) {
    case CheckVerdict::Pass:
        return QColor(0x1e, 0x8e, 0x3e);
    case CheckVerdict::Warning:
        return QColor(0xe3, 0x74, 0x00);
    case CheckVerdict::Fail:
        break;
    }
    return QColor(0xd9, 0x30, 0x25);
}

// A filled circle with a white tick, exclamation mark or cross, drawn rather
// than taken from a font so that it looks the same on every desk.
QIcon verdictIcon(CheckVerdict verdict, qreal devicePixelRatio)
{
    constexpr int size = 18;
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(verdictColor(verdict));
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    painter.setPen(QPen(Qt::white, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    switch (verdict) {
    case CheckVerdict::Pass: {
        QPainterPath tick;
        tick.moveTo(5.2, 9.4);
        tick.lineTo(7.9, 12.1);
        tick.lineTo(12.9, 6.4);
        painter.drawPath(tick);
        break;
    }
    case CheckVerdict::Warning:
        painter.drawLine(QPointF(9, 4.8), QPointF(9, 10.2));
        painter.drawPoint(QPointF(9, 13.3));
        break;
    case CheckVerdict::Fail:
        painter.drawLine(QPointF(6.2, 6.2), QPointF(11.8, 11.8));
        painter.drawLine(QPointF(11.8, 6.2), QPointF(6.2, 11.8));
        break;
    }
    return QIcon(pixmap);
}

QString verdictWord(CheckVerdict verdict)
{
    switch (verdict) {
    case CheckVerdict::Pass:
        return ApplicationPage::tr("pass");
    case CheckVerdict::Warning:
        return ApplicationPage::tr("warning");
    case CheckVerdict::Fail:
        break;
    }
    return ApplicationPage::tr("fail");
}

QString localTime(const QDateTime &time, const QString &format = dateTimeFormat)
{
    return time.isValid() ? time.toLocalTime().toString(format) : QStringLiteral("—");
}

// "14:03" today, the date too on another day.
QString shortTime(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    return local.date() == QDate::currentDate() ? local.toString(QStringLiteral("HH:mm"))
                                                : local.toString(dateTimeFormat);
}

} // namespace

ApplicationPage::ApplicationPage(const Database &database, qint64 operatorId, int leaseSeconds, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::ApplicationPage>())
    , m_database(database)
    , m_operatorId(operatorId)
    , m_leaseSeconds(std::max(leaseSeconds, 3))
    , m_worker(std::make_unique<DatabaseWorker>(database))
    , m_workerHeld(std::make_shared<qint64>(0))
{
    ui->setupUi(this);
    setupWidgets();
    setupShortcuts();

    // A third of the lease: two renewals may fail (a blip) before it runs out.
    m_renewTimer.setInterval(std::max(1, m_leaseSeconds / 3) * 1000);
    connect(&m_renewTimer, &QTimer::timeout, this, &ApplicationPage::renewLease);
    m_clockTimer.setInterval(30 * 1000);
    connect(&m_clockTimer, &QTimer::timeout, this, &ApplicationPage::updateTimeLeft);
    m_clockTimer.start();
    showMessage(tr("No application open. Press N for the next one."));
}

ApplicationPage::~ApplicationPage()
{
    // Normally the window gave the claim back already (then this finds nothing
    // to do); the worker's destructor runs the queued release before its
    // thread ends.
    postRelease({});
    m_worker.reset(); // joins the thread: no result arrives after this
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
    ui->addressWarningLabel->setStyleSheet(QStringLiteral("QLabel { color: #7a4a00; font-weight: 600; }"));
    ui->fourEyesLabel->setStyleSheet(QStringLiteral(
        "QLabel { background: #efe5fa; color: #4a1f73; border-radius: 4px; padding: 5px 8px; font-weight: 600; }"));
    for (QPushButton *button : {ui->approveButton, ui->confirmApprovalButton})
        button->setStyleSheet(QStringLiteral("QPushButton { padding: 4px 14px; font-weight: 600; color: #1b6b34; }"
                                             "QPushButton:disabled { color: palette(mid); }"));
    ui->rejectButton->setStyleSheet(QStringLiteral("QPushButton { padding: 4px 14px; font-weight: 600; color: "
                                                   "#a31b1b; } QPushButton:disabled { color: palette(mid); }"));
    for (QPushButton *button : {ui->sendBackButton, ui->nextButton})
        button->setStyleSheet(QStringLiteral("QPushButton { padding: 4px 14px; }"));

    // ID and card numbers in a fixed-pitch font: easier to compare digit by
    // digit with the photo of the ID card.
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(font().pointSizeF());
    for (QLabel *label : {ui->applicantIdLabel, ui->holderIdLabel, ui->oldCardLabel})
        label->setFont(fixed);
    for (QLabel *label : {ui->applicantHeaderLabel, ui->holderHeaderLabel}) {
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
    }

    // Captions one step quieter than their values, in one column per group.
    QPalette captionPalette = palette();
    const QColor text = captionPalette.color(QPalette::WindowText);
    const QColor window = captionPalette.color(QPalette::Window);
    captionPalette.setColor(QPalette::WindowText, QColor::fromRgbF(text.redF() * 0.6f + window.redF() * 0.4f,
                                                                   text.greenF() * 0.6f + window.greenF() * 0.4f,
                                                                   text.blueF() * 0.6f + window.blueF() * 0.4f));
    const auto labels = findChildren<QLabel *>();
    int captionWidth = 0;
    for (const QLabel *label : labels) {
        if (label->objectName().endsWith(QLatin1String("Caption")))
            captionWidth = std::max(captionWidth, label->sizeHint().width());
    }
    for (QLabel *label : labels) {
        if (label->objectName().endsWith(QLatin1String("Caption"))) {
            label->setPalette(captionPalette);
            label->setMinimumWidth(captionWidth);
        }
    }
    const auto groups = findChildren<QGroupBox *>();
    for (QGroupBox *group : groups) {
        group->setFlat(true);
        group->setStyleSheet(QStringLiteral("QGroupBox { font-weight: 600; }"));
    }
    // The group style is inherited by the contents: values stay regular.
    for (QLabel *label : labels) {
        if (label != ui->applicantHeaderLabel && label != ui->holderHeaderLabel && label != ui->fourEyesLabel &&
            label != ui->addressWarningLabel)
            label->setStyleSheet(QStringLiteral("QLabel { font-weight: normal; }"));
    }
    // Captions level with their values (the ID numbers use another font).
    for (QLabel *caption : {ui->nameCaption, ui->idCaption, ui->phoneCaption, ui->emailCaption, ui->idValidCaption})
        caption->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Values hug their text, so that a highlighted difference reads as one.
    for (QLabel *value :
         {ui->applicantNameLabel, ui->holderNameLabel, ui->applicantIdLabel, ui->holderIdLabel, ui->idValidUntilLabel})
        ui->peopleGrid->setAlignment(value, Qt::AlignLeft | Qt::AlignVCenter);
    ui->peopleGrid->setColumnStretch(1, 1);
    ui->peopleGrid->setColumnStretch(2, 1);

    QTreeWidget *checks = ui->checksTree;
    checks->setHeaderHidden(true);
    checks->setIndentation(0);
    checks->setIconSize(QSize(18, 18));
    checks->header()->setStretchLastSection(true);
    checks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    checks->setStyleSheet(QStringLiteral("QTreeWidget { background: transparent; border: none; }"
                                         "QTreeWidget::item { padding: 0 4px; }"));
    checks->viewport()->installEventFilter(this);
    for (QTreeWidget *tree : {ui->historyTree, ui->timelineTree, ui->documentsTree}) {
        tree->header()->setStretchLastSection(true);
        tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        tree->setIndentation(0);
        tree->setStyleSheet(QStringLiteral("QTreeWidget::item { padding: 2px 0; }"));
    }
    ui->documentsTree->setMaximumHeight(fontMetrics().height() * 9);

    ui->mainSplitter->setStretchFactor(0, 11);
    ui->mainSplitter->setStretchFactor(1, 9);
    ui->rightSplitter->setStretchFactor(0, 3);
    ui->rightSplitter->setStretchFactor(1, 2);
    ui->detailsScroll->setMinimumWidth(520);

    connect(ui->revealButton, &QToolButton::toggled, this, [this] {
        showPeople();
        showRequest();
    });
    connect(ui->backButton, &QToolButton::clicked, this, &ApplicationPage::backRequested);
    connect(ui->approveButton, &QPushButton::clicked, this, &ApplicationPage::approve);
    connect(ui->confirmApprovalButton, &QPushButton::clicked, this, &ApplicationPage::approve);
    connect(ui->rejectButton, &QPushButton::clicked, this, &ApplicationPage::reject);
    connect(ui->sendBackButton, &QPushButton::clicked, this, &ApplicationPage::sendBack);
    connect(ui->nextButton, &QPushButton::clicked, this, &ApplicationPage::openNext);
    connect(ui->retryButton, &QPushButton::clicked, this, &ApplicationPage::retry);
    updateActions();
}

void ApplicationPage::setupShortcuts()
{
    // Single keys while the focus is anywhere on this page (a text field of the
    // documents viewer would take its own letters first).
    auto addKey = [this](QKeySequence keys, auto slot) {
        auto *shortcut = new QShortcut(keys, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    auto clickIfEnabled = [](QPushButton *button) {
        if (button->isVisible() && button->isEnabled())
            button->click();
    };
    addKey(QKeySequence(Qt::Key_A), [this, clickIfEnabled] {
        clickIfEnabled(ui->approveButton);
        clickIfEnabled(ui->confirmApprovalButton);
    });
    addKey(QKeySequence(Qt::Key_R), [this, clickIfEnabled] { clickIfEnabled(ui->rejectButton); });
    addKey(QKeySequence(Qt::Key_N), [this, clickIfEnabled] { clickIfEnabled(ui->nextButton); });
    addKey(QKeySequence(Qt::Key_Backspace), [this] { Q_EMIT backRequested(); });
}

// ---------------------------------------------------------------- opening and claiming

qint64 ApplicationPage::applicationId() const
{
    return m_context ? m_context->application.id : 0;
}

void ApplicationPage::openApplication(qint64 applicationId)
{
    if (applicationId > 0)
        startOpen(applicationId);
}

void ApplicationPage::openNext()
{
    startOpen(0);
}

void ApplicationPage::startOpen(qint64 target)
{
    if (m_operatorId <= 0) {
        // Claims name their holder; without an operator there is nobody to name.
        ++m_generation;
        m_mode = Mode::Empty;
        m_context.reset();
        showMessage(tr("No operator is signed in at this desk, so applications cannot be claimed.\n"
                       "Start ReissueDesk with REISSUEDESK_OPERATOR set to your login."));
        updateActions();
        return;
    }
    const quint64 generation = ++m_generation;
    m_renewTimer.stop();
    m_claimed = false;
    m_sending = false;
    m_pending.reset();
    m_mode = Mode::Loading;
    clearBanner();
    if (ui->stack->currentWidget() == ui->contentPage && m_context) {
        ui->loadingLabel->setText(target == 0 ? tr("Claiming the next application…") : tr("Opening…"));
        ui->loadingLabel->show();
        ui->contentPage->setEnabled(false);
    } else {
        showMessage(target == 0 ? tr("Claiming the next application…") : tr("Opening the application…"));
    }
    updateActions();
    focusContent();

    const bool needCatalogue = !m_catalogueLoaded;
    m_worker->post([this, &database = m_database, operatorId = m_operatorId, lease = m_leaseSeconds,
                    held = m_workerHeld, target, generation, needCatalogue] {
        try {
            ReviewService service(database, operatorId, lease);
            // Moving on: what was held goes back first (unless it is the one asked for).
            if (*held != 0 && *held != target) {
                const qint64 previous = std::exchange(*held, 0);
                service.release(previous);
            }
            Loaded loaded;
            loaded.claim = target == 0 ? service.claimNext() : service.claim(target);
            if (loaded.claim.kind == ClaimResult::Kind::Claimed)
                *held = loaded.claim.applicationId;
            else if (*held == target)
                *held = 0;
            ReviewContextRepository repository(database);
            const qint64 id = loaded.claim.applicationId;
            if (id != 0 && loaded.claim.kind != ClaimResult::Kind::NotFound &&
                loaded.claim.kind != ClaimResult::Kind::QueueEmpty) {
                loaded.context = repository.load(id, QDate::currentDate());
                if (loaded.context) {
                    const Application &application = loaded.context->application;
                    loaded.history = repository.accountHistory(application.accountId);
                    loaded.timeline = repository.timeline(id);
                    for (const HistoryEntry &entry : std::as_const(loaded.history)) {
                        if (entry.applicationId == id && entry.decisionId != 0 &&
                            entry.reviewRound == application.reviewRound) {
                            loaded.firstReviewerId = entry.operatorId;
                            loaded.firstReviewerLogin = entry.operatorLogin;
                            break;
                        }
                    }
                    // Four eyes: the first reviewer may look, not hold it.
                    if (loaded.claim.kind == ClaimResult::Kind::Claimed &&
                        application.status == ApplicationStatus::AwaitingSecondReview &&
                        loaded.firstReviewerId == operatorId) {
                        *held = 0;
                        service.release(id);
                    }
                }
            }
            if (needCatalogue) {
                loaded.reasons = repository.rejectReasons();
                loaded.holidays = repository.holidays();
                loaded.catalogueLoaded = true;
            }
            DatabaseWorker::deliver(this, [this, loaded, generation] {
                if (generation == m_generation)
                    showLoaded(loaded);
            });
        } catch (const StorageError &error) {
            database.dropThreadConnection();
            const QString message = error.message();
            DatabaseWorker::deliver(this, [this, message, generation] {
                if (generation != m_generation)
                    return;
                m_mode = Mode::Empty;
                m_context.reset();
                showMessage(tr("The application could not be opened:\n%1").arg(message));
                updateActions();
            });
        }
    });
}

void ApplicationPage::showLoaded(const Loaded &loaded)
{
    ui->loadingLabel->hide();
    ui->contentPage->setEnabled(true);
    if (loaded.catalogueLoaded) {
        m_reasons = loaded.reasons;
        m_holidays = loaded.holidays;
        m_catalogueLoaded = true;
    }
    m_claim = loaded.claim;
    if (loaded.claim.kind == ClaimResult::Kind::QueueEmpty || !loaded.context) {
        m_mode = Mode::Empty;
        m_context.reset();
        m_checks.clear();
        const QString message = loaded.claim.kind == ClaimResult::Kind::QueueEmpty
                                    ? tr("No pending applications")
                                    : tr("This application no longer exists.");
        showMessage(message);
        Q_EMIT statusMessage(message);
        updateActions();
        return;
    }

    const bool newApplication = applicationId() != loaded.context->application.id;
    m_context = loaded.context;
    m_checks = ReviewChecks::run(*m_context);
    m_firstReviewerId = loaded.firstReviewerId;
    m_firstReviewerLogin = loaded.firstReviewerLogin;
    const Application &a = m_context->application;
    const bool ownApproval = a.status == ApplicationStatus::AwaitingSecondReview && m_firstReviewerId == m_operatorId;
    m_claimed = loaded.claim.kind == ClaimResult::Kind::Claimed && !ownApproval;
    if (m_claimed) {
        m_mode = a.status == ApplicationStatus::AwaitingSecondReview ? Mode::SecondReview : Mode::Claimed;
        m_renewTimer.start();
    } else {
        m_mode = Mode::ReadOnly;
    }

    if (newApplication) {
        // Every application starts masked and at the top.
        const QSignalBlocker blocker(ui->revealButton);
        ui->revealButton->setChecked(false);
        ui->detailsScroll->verticalScrollBar()->setValue(0);
    }
    ui->stack->setCurrentWidget(ui->contentPage);
    showHeader();
    showPeople();
    showRequest();
    showChecks();
    showDocuments();
    showHistory(loaded.history);
    showTimeline(loaded.timeline);

    switch (loaded.claim.kind) {
    case ClaimResult::Kind::HeldByOther:
        setBanner(BannerStyle::Warning,
                  loaded.claim.heldSince.isValid()
                      ? tr("Being reviewed by %1 since %2. Read-only while they hold it.")
                            .arg(loaded.claim.holderLogin, shortTime(loaded.claim.heldSince))
                      : tr("Being reviewed by %1. Read-only while they hold it.").arg(loaded.claim.holderLogin));
        break;
    case ClaimResult::Kind::NotOpen:
        setBanner(BannerStyle::Info,
                  a.status == ApplicationStatus::Cancelled
                      ? tr("Cancelled: nothing to decide. Read-only.")
                      : tr("Already decided: %1. Read-only.").arg(ApplicationDetailPane::statusText(a.status)));
        break;
    default:
        if (ownApproval)
            setBanner(BannerStyle::Info, tr("You approved this application; another reviewer must confirm it "
                                            "(four eyes). Read-only."));
        else if (m_mode == Mode::SecondReview)
            setBanner(BannerStyle::Info,
                      tr("%1 approved this application and it needs a second reviewer (four eyes). Check it, "
                         "then confirm the approval (A) or send it back for review.")
                          .arg(orDash(m_firstReviewerLogin)));
        else
            clearBanner();
        break;
    }
    updateActions();
    focusContent();
    Q_EMIT applicationShown(a.id);
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

void ApplicationPage::releaseClaim()
{
    releaseClaimAndWait(0);
}

bool ApplicationPage::releaseClaimAndWait(int timeoutMs)
{
    // Whatever arrives for what was shown is stale from now on.
    ++m_generation;
    m_renewTimer.stop();
    m_claimed = false;
    m_sending = false;
    m_pending.reset();
    m_mode = Mode::Empty;
    m_context.reset();
    m_checks.clear();
    clearBanner();
    showMessage(tr("No application open. Press N for the next one."));
    updateActions();

    auto done = std::make_shared<QSemaphore>();
    postRelease(done);
    return timeoutMs <= 0 || done->tryAcquire(1, timeoutMs);
}

void ApplicationPage::postRelease(const std::shared_ptr<QSemaphore> &done)
{
    m_worker->post(
        [&database = m_database, operatorId = m_operatorId, lease = m_leaseSeconds, held = m_workerHeld, done] {
            if (const qint64 id = std::exchange(*held, 0); id != 0) {
                try {
                    ReviewService(database, operatorId, lease).release(id);
                } catch (const StorageError &error) {
                    // The lease runs out by itself; nothing else to do.
                    database.dropThreadConnection();
                    qWarning("Releasing application %lld failed: %s", id, qUtf8Printable(error.message()));
                }
            }
            if (done)
                done->release();
        });
}

void ApplicationPage::renewLease()
{
    if (!m_claimed || !m_context || m_sending)
        return;
    const qint64 id = m_context->application.id;
    const quint64 generation = m_generation;
    m_worker->post([this, &database = m_database, operatorId = m_operatorId, lease = m_leaseSeconds,
                    held = m_workerHeld, id, generation] {
        try {
            const bool renewed = ReviewService(database, operatorId, lease).renew(id);
            if (!renewed && *held == id)
                *held = 0;
            DatabaseWorker::deliver(this, [this, renewed, generation, lease] {
                if (generation != m_generation || !m_claimed)
                    return;
                if (renewed) {
                    m_claim.leaseExpiresAt = QDateTime::currentDateTimeUtc().addSecs(lease);
                    showHeader();
                } else {
                    leaseLost(tr("Your claim expired: someone else may be reviewing this application now. "
                                 "Open it again (Enter in the queue) to claim it."));
                }
            });
        } catch (const StorageError &error) {
            database.dropThreadConnection();
            const QString message = error.message();
            DatabaseWorker::deliver(this, [this, message, generation] {
                if (generation == m_generation)
                    Q_EMIT statusMessage(tr("The claim could not be renewed (trying again): %1").arg(message));
            });
        }
    });
}

void ApplicationPage::leaseLost(const QString &message)
{
    m_claimed = false;
    m_renewTimer.stop();
    m_mode = Mode::ReadOnly;
    setBanner(BannerStyle::Error, message);
    showHeader();
    updateActions();
}

// ---------------------------------------------------------------- showing

void ApplicationPage::showHeader()
{
    if (!m_context)
        return;
    const Application &a = m_context->application;
    ui->numberLabel->setText(a.applicationNumber);
    ui->statusLabel->setText(ApplicationDetailPane::statusText(a.status));
    const auto [background, foreground] = statusColors(a.status);
    ui->statusLabel->setStyleSheet(pillStyle(background, foreground));
    ui->statusLabel->show();

    QString lease;
    QString leaseStyle = QStringLiteral("QLabel { color: palette(placeholder-text); }");
    if (m_claimed) {
        lease = m_claim.leaseExpiresAt.isValid()
                    ? tr("Claimed by you · lease until %1")
                          .arg(m_claim.leaseExpiresAt.toLocalTime().toString(QStringLiteral("HH:mm")))
                    : tr("Claimed by you");
        leaseStyle = QStringLiteral("QLabel { color: #1b6b34; }");
    } else if (m_mode == Mode::ReadOnly) {
        lease = tr("Read-only");
        leaseStyle = QStringLiteral("QLabel { color: #7a4a00; font-weight: 600; }");
    }
    ui->leaseLabel->setText(lease);
    ui->leaseLabel->setStyleSheet(leaseStyle);
    ui->leaseLabel->setVisible(!lease.isEmpty());
    updateTimeLeft();
}

void ApplicationPage::updateTimeLeft()
{
    if (!m_context) {
        ui->urgencyLabel->hide();
        return;
    }
    const Application &a = m_context->application;
    QString deadlineStyle;
    if (!isOpen(a.status)) {
        ui->urgencyLabel->hide();
    } else {
        const qint64 secondsLeft = QDateTime::currentDateTimeUtc().secsTo(a.dueAt);
        const QString left = QueueModel::timeLeftText(secondsLeft);
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
    }
    ui->deadlineLabel->setStyleSheet(deadlineStyle.isEmpty() ? QStringLiteral("QLabel { font-weight: normal; }")
                                                             : deadlineStyle);
}

void ApplicationPage::showPeople()
{
    if (!m_context)
        return;
    const Application &a = m_context->application;
    const Account &c = m_context->account;
    const bool reveal = ui->revealButton->isChecked();
    ui->revealButton->setText(reveal ? tr("Hide") : tr("Show"));
    ui->holderHeaderLabel->setText(tr("Account holder · %1").arg(c.accountNumber));
    ui->applicantNameLabel->setText(orDash(reveal ? a.applicantName : Masking::maskName(a.applicantName)));
    ui->holderNameLabel->setText(orDash(reveal ? c.holderName : Masking::maskName(c.holderName)));
    ui->applicantIdLabel->setText(orDash(reveal ? a.applicantIdNumber : Masking::maskIdNumber(a.applicantIdNumber)));
    ui->holderIdLabel->setText(orDash(reveal ? c.holderIdNumber : Masking::maskIdNumber(c.holderIdNumber)));
    ui->contactPhoneLabel->setText(orDash(reveal ? a.contactPhone : Masking::maskPhone(a.contactPhone)));
    ui->accountPhoneLabel->setText(orDash(reveal ? c.phone : Masking::maskPhone(c.phone)));
    ui->contactEmailLabel->setText(orDash(reveal ? a.contactEmail : Masking::maskEmail(a.contactEmail)));
    ui->accountEmailLabel->setText(orDash(reveal ? c.email : Masking::maskEmail(c.email)));

    // A proxy application shows as soon as the two columns differ, even masked.
    const QString same = QStringLiteral("QLabel { font-weight: normal; }");
    const QString differs = QStringLiteral("QLabel { background: #fde2e1; color: #a31b1b; font-weight: 600; "
                                           "border-radius: 3px; padding: 0 4px; }");
    const bool sameName = a.applicantName.trimmed() == c.holderName.trimmed();
    const bool sameId = a.applicantIdNumber.trimmed().toUpper() == c.holderIdNumber.trimmed().toUpper();
    for (QLabel *label : {ui->applicantNameLabel, ui->holderNameLabel})
        label->setStyleSheet(sameName ? same : differs);
    for (QLabel *label : {ui->applicantIdLabel, ui->holderIdLabel})
        label->setStyleSheet(sameId ? same : differs);

    const QDate validUntil = m_context->applicantIdValidUntil;
    if (!validUntil.isValid()) {
        ui->idValidUntilLabel->setText(tr("Unknown"));
        ui->idValidUntilLabel->setStyleSheet(same);
    } else {
        const bool expired = validUntil < QDate::currentDate();
        ui->idValidUntilLabel->setText(expired ? tr("%1 (expired)").arg(validUntil.toString(Qt::ISODate))
                                               : validUntil.toString(Qt::ISODate));
        ui->idValidUntilLabel->setStyleSheet(expired ? differs : same);
    }
}

void ApplicationPage::showRequest()
{
    if (!m_context)
        return;
    const Application &a = m_context->application;
    const Account &c = m_context->account;
    const bool reveal = ui->revealButton->isChecked();
    ui->submittedLabel->setText(localTime(a.submittedAt));
    ui->deadlineLabel->setText(localTime(a.dueAt));
    ui->reasonLabel->setText(ApplicationDetailPane::reasonText(a.reason));
    ui->reasonTextLabel->setText(orDash(a.reasonText));
    ui->oldCardLabel->setText(a.oldCardNumber.isEmpty() ? tr("Unknown")
                              : reveal                  ? a.oldCardNumber
                                                        : Masking::maskCardNumber(a.oldCardNumber));
    ui->channelLabel->setText(ApplicationDetailPane::channelText(a.channel));
    ui->agentLabel->setText(a.channel == SalesChannel::Agent ? orDash(a.agentName) : QStringLiteral("—"));
    ui->feeLabel->setText(
        a.specialServiceFeeCents == 0
            ? tr("None (free replacement)")
            : tr("¥%1 due before shipping").arg(QLocale().toString(double(a.specialServiceFeeCents) / 100.0, 'f', 2)));
    ui->feeLabel->setStyleSheet(a.specialServiceFeeCents == 0
                                    ? QStringLiteral("QLabel { font-weight: normal; }")
                                    : QStringLiteral("QLabel { color: #9a5b00; font-weight: 600; }"));

    ui->shippingAddressLabel->setText(orDash(a.shippingAddress));
    ui->accountAddressLabel->setText(orDash(c.address));
    const bool addressDiffers = comparableAddress(a.shippingAddress) != comparableAddress(c.address);
    ui->addressWarningLabel->setVisible(addressDiffers);
    ui->shippingAddressLabel->setStyleSheet(addressDiffers
                                                ? QStringLiteral("QLabel { background: #fff1cc; font-weight: normal; }")
                                                : QStringLiteral("QLabel { font-weight: normal; }"));
}

void ApplicationPage::showChecks()
{
    QTreeWidget *tree = ui->checksTree;
    tree->clear();
    int counts[3] = {0, 0, 0};
    QFont titleFont = tree->font();
    titleFont.setBold(true);
    const qreal ratio = devicePixelRatioF();
    for (const CheckResult &result : std::as_const(m_checks)) {
        auto *item = new QTreeWidgetItem(tree);
        item->setIcon(0, verdictIcon(result.verdict, ratio));
        item->setText(0, result.title);
        item->setFont(0, titleFont);
        item->setText(1, result.explanation);
        item->setToolTip(1, result.explanation);
        item->setData(0, Qt::UserRole, ReviewChecks::verdictKey(result.verdict));
        item->setData(0, Qt::AccessibleTextRole,
                      QStringLiteral("%1: %2").arg(verdictWord(result.verdict), result.title));
        if (result.verdict != CheckVerdict::Pass)
            item->setForeground(1, result.verdict == CheckVerdict::Fail ? QColor(0xa3, 0x1b, 0x1b)
                                                                        : QColor(0x7a, 0x4a, 0x00));
        ++counts[int(result.verdict)];
    }
    QStringList summary;
    if (counts[int(CheckVerdict::Fail)] > 0)
        summary.append(tr("%n failed", nullptr, counts[int(CheckVerdict::Fail)]));
    if (counts[int(CheckVerdict::Warning)] > 0)
        summary.append(tr("%n to look at", nullptr, counts[int(CheckVerdict::Warning)]));
    summary.append(tr("%n passed", nullptr, counts[int(CheckVerdict::Pass)]));
    ui->checksGroup->setTitle(tr("Checks: %1").arg(summary.join(QStringLiteral(" · "))));

    const bool fourEyes = ReviewChecks::blocksPlainApproval(m_checks);
    ui->fourEyesLabel->setVisible(fourEyes);
    ui->fourEyesLabel->setText(tr("Approving needs a second reviewer (four eyes): the account-holder or "
                                  "reused-document check fails."));
    m_checksWidth = -1;
    updateCheckRowHeights();
}

void ApplicationPage::updateCheckRowHeights()
{
    // Explanations wrap instead of being cut off; the list is as tall as its
    // rows (the page scrolls, not the list). Row heights follow the width.
    QTreeWidget *tree = ui->checksTree;
    const int width = tree->header()->sectionSize(1);
    if (width == m_checksWidth || tree->topLevelItemCount() == 0)
        return;
    m_checksWidth = width;
    const QFontMetrics metrics(tree->font());
    const int textMargin = tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1;
    const int textWidth = std::max(80, width - 2 * textMargin - 10);
    int total = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = tree->topLevelItem(i);
        const QRect bounds = metrics.boundingRect(QRect(0, 0, textWidth, 100000), Qt::TextWordWrap, item->text(1));
        const int height = std::max(bounds.height(), 22) + 8;
        item->setSizeHint(1, QSize(width, height));
        total += height;
    }
    tree->setFixedHeight(total + 2 * tree->frameWidth() + 2);
}

void ApplicationPage::showDocuments()
{
    const QList<Document> documents = m_context ? m_context->documents : QList<Document>();
    ui->documentsGroup->setTitle(tr("Documents (%1)").arg(documents.size()));
    ui->documentsTree->clear();
    Q_EMIT documentsShown(m_context ? m_context->application.id : 0, documents);
    if (m_documentsWidget) {
        ui->documentsTree->hide();
        ui->noDocumentsLabel->hide();
        return;
    }
    // ID front, ID back, voucher: the order an operator checks them in.
    QList<Document> ordered = documents;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Document &a, const Document &b) { return int(a.kind) < int(b.kind); });
    const QLocale locale;
    for (const Document &document : std::as_const(ordered)) {
        auto *item = new QTreeWidgetItem(ui->documentsTree);
        item->setText(0, ApplicationDetailPane::documentKindText(document.kind));
        item->setText(1, document.mediaType);
        item->setText(2, locale.formattedDataSize(document.sizeBytes, 1, QLocale::DataSizeTraditionalFormat));
        item->setToolTip(0, tr("SHA-256 %1").arg(document.sha256));
    }
    ui->documentsTree->setVisible(!documents.isEmpty());
    ui->noDocumentsLabel->setVisible(documents.isEmpty());
}

void ApplicationPage::showHistory(const QList<HistoryEntry> &history)
{
    QTreeWidget *tree = ui->historyTree;
    tree->clear();
    const qint64 current = applicationId();
    QSet<qint64> others;
    QFont bold = tree->font();
    bold.setBold(true);
    for (const HistoryEntry &entry : history) {
        auto *item = new QTreeWidgetItem(tree);
        const bool isCurrent = entry.applicationId == current;
        if (!isCurrent)
            others.insert(entry.applicationId);
        item->setText(0, isCurrent ? tr("%1 (this one)").arg(entry.applicationNumber) : entry.applicationNumber);
        item->setText(1, localTime(entry.submittedAt, QStringLiteral("yyyy-MM-dd")));
        item->setText(2, ApplicationDetailPane::statusText(entry.status));
        QString decision = QStringLiteral("—");
        if (entry.outcome == QLatin1String("approve")) {
            decision = !entry.needsSecondReview           ? tr("Approved")
                       : entry.confirmedByLogin.isEmpty() ? tr("Approved, awaiting a second reviewer")
                                                          : tr("Approved (four eyes)");
        } else if (entry.outcome == QLatin1String("reject")) {
            QStringList titles;
            for (const QString &code : entry.reasonCodes)
                titles.append(reasonTitle(code));
            decision = tr("Rejected: %1").arg(titles.join(tr(", ")));
            if (!entry.resubmissionAllowed)
                decision += tr(" (final)");
        }
        item->setText(3, decision);
        item->setText(4, entry.confirmedByLogin.isEmpty()
                             ? orDash(entry.operatorLogin)
                             : tr("%1, confirmed by %2").arg(entry.operatorLogin, entry.confirmedByLogin));
        item->setText(5, entry.decidedAt.isValid() ? localTime(entry.decidedAt) : QString());
        QStringList tip;
        if (!entry.customerMessage.isEmpty())
            tip.append(tr("Told the customer: %1").arg(entry.customerMessage));
        if (!entry.internalNote.isEmpty())
            tip.append(tr("Internal note: %1").arg(entry.internalNote));
        if (!tip.isEmpty())
            item->setToolTip(3, tip.join(QLatin1Char('\n')));
        if (isCurrent) {
            for (int column = 0; column < tree->columnCount(); ++column)
                item->setFont(column, bold);
        }
    }
    if (others.isEmpty()) {
        auto *item = new QTreeWidgetItem(tree);
        item->setText(0, tr("No other applications on this account."));
        item->setForeground(0, palette().color(QPalette::PlaceholderText));
        item->setFirstColumnSpanned(true);
    }
    ui->historyTabs->setTabText(0, tr("Account history (%1 other)").arg(others.size()));
}

void ApplicationPage::showTimeline(const QList<TimelineEntry> &timeline)
{
    QTreeWidget *tree = ui->timelineTree;
    tree->clear();
    for (const TimelineEntry &entry : timeline) {
        auto *item = new QTreeWidgetItem(tree);
        item->setText(0, localTime(entry.occurredAt, QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        item->setText(1, entry.actor);
        item->setText(2, timelineAction(entry.action));
        item->setToolTip(2, entry.action);
        QStringList details;
        for (auto it = entry.detail.constBegin(); it != entry.detail.constEnd(); ++it) {
            const QString key = it.key();
            QString value = it.value().isString() ? it.value().toString() : it.value().toVariant().toString();
            if (value.isEmpty() || key == QLatin1String("application_number") || key == QLatin1String("key"))
                continue;
            if (key == QLatin1String("reasons")) {
                QStringList titles;
                const QStringList codes = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
                for (const QString &code : codes)
                    titles.append(reasonTitle(code));
                details.append(tr("reasons: %1").arg(titles.join(tr(", "))));
            } else if (key == QLatin1String("decision_id")) {
                details.append(tr("decision #%1").arg(value));
            } else {
                details.append(QStringLiteral("%1: %2").arg(key, value));
            }
        }
        if (entry.documentId != 0)
            details.prepend(tr("document #%1").arg(entry.documentId));
        item->setText(3, details.join(QStringLiteral("; ")));
        item->setToolTip(3, item->text(3));
    }
    ui->historyTabs->setTabText(1, tr("Timeline (%1)").arg(timeline.size()));
    tree->scrollToBottom();
}

QString ApplicationPage::reasonTitle(const QString &code) const
{
    for (const RejectReason &reason : m_reasons) {
        if (reason.code == code)
            return QLocale().language() == QLocale::Chinese ? reason.titleZh : reason.titleEn;
    }
    return code;
}

QString ApplicationPage::timelineAction(const QString &action) const
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("application.submitted"), QT_TR_NOOP("Submitted")},
        {QStringLiteral("application.imported"), QT_TR_NOOP("Imported")},
        {QStringLiteral("application.claimed"), QT_TR_NOOP("Claimed")},
        {QStringLiteral("application.released"), QT_TR_NOOP("Given back")},
        {QStringLiteral("application.lease_expired"), QT_TR_NOOP("Claim expired")},
        {QStringLiteral("application.approved"), QT_TR_NOOP("Approved")},
        {QStringLiteral("application.approved_pending_second_review"),
         QT_TR_NOOP("Approved, awaiting a second reviewer")},
        {QStringLiteral("application.rejected"), QT_TR_NOOP("Rejected")},
        {QStringLiteral("application.second_review_confirmed"), QT_TR_NOOP("Approval confirmed (four eyes)")},
        {QStringLiteral("application.second_review_returned"), QT_TR_NOOP("Sent back for review")},
        {QStringLiteral("application.reopened"), QT_TR_NOOP("Reopened")},
        {QStringLiteral("document.viewed"), QT_TR_NOOP("Document viewed")},
    };
    const char *name = names.value(action);
    return name ? tr(name) : action;
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

// ---------------------------------------------------------------- state, banner

void ApplicationPage::updateActions()
{
    const bool busy = m_sending || m_mode == Mode::Loading;
    const bool secondReview = m_mode == Mode::SecondReview;
    const bool free = m_claimed && !busy && !m_pending;
    ui->approveButton->setVisible(!secondReview);
    ui->rejectButton->setVisible(!secondReview);
    ui->confirmApprovalButton->setVisible(secondReview);
    ui->sendBackButton->setVisible(secondReview);
    ui->approveButton->setEnabled(free && m_mode == Mode::Claimed);
    ui->rejectButton->setEnabled(free && m_mode == Mode::Claimed);
    ui->confirmApprovalButton->setEnabled(free && secondReview);
    ui->sendBackButton->setEnabled(free && secondReview);
    ui->nextButton->setEnabled(!m_sending);
    ui->retryButton->setVisible(m_pending.has_value() && !m_sending);
}

void ApplicationPage::setBanner(BannerStyle style, const QString &text, bool retry)
{
    QString colors;
    switch (style) {
    case BannerStyle::Info:
        colors = QStringLiteral("background: #e8f0fe; border: 1px solid #aecbfa;|#174ea6");
        break;
    case BannerStyle::Warning:
        colors = QStringLiteral("background: #fff4ce; border: 1px solid #f0d37a;|#6b4700");
        break;
    case BannerStyle::Error:
        colors = QStringLiteral("background: #fde2e1; border: 1px solid #f3b1ad;|#8c1d18");
        break;
    }
    const QStringList parts = colors.split(QLatin1Char('|'));
    ui->bannerFrame->setStyleSheet(
        QStringLiteral("#bannerFrame { %1 border-radius: 6px; } #bannerLabel { color: %2; font-weight: 600; }")
            .arg(parts.at(0), parts.at(1)));
    ui->bannerFrame->setProperty("bannerStyle", int(style));
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
    const bool confirm = m_mode == Mode::SecondReview;
    if (!m_context || !m_claimed || m_sending || m_pending || (!confirm && m_mode != Mode::Claimed))
        return;
    const Application &a = m_context->application;
    const QDate expected = WorkingDayCalendar(m_holidays).addWorkingDays(QDate::currentDate(), 7);
    const bool fourEyes = !confirm && ReviewChecks::blocksPlainApproval(m_checks);
    QString fourEyesText;
    if (fourEyes) {
        QStringList failed;
        for (const CheckResult &result : std::as_const(m_checks)) {
            if (result.verdict == CheckVerdict::Fail &&
                (result.id == CheckId::AccountHolder || result.id == CheckId::ReusedDocument))
                failed.append(result.title);
        }
        fourEyesText = tr("Needs a second reviewer (four eyes): %1 failed. The approval waits until another "
                          "operator confirms it; nothing ships before that.")
                           .arg(failed.join(tr(", ")));
    } else if (confirm) {
        fourEyesText = tr("%1 approved this application; you are the second reviewer. Confirming ships the new "
                          "card and tells the customer.")
                           .arg(orDash(m_firstReviewerLogin));
    }
    auto *dialog = new ApproveDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setApplication(confirm ? ApproveDialog::Kind::ConfirmSecondReview : ApproveDialog::Kind::Approve,
                           a.applicationNumber, a.shippingAddress, m_context->account.address, expected, fourEyesText);
    connect(dialog, &QDialog::accepted, this, [this, dialog, generation = m_generation, id = a.id, confirm, fourEyes] {
        if (generation != m_generation)
            return;
        PendingAction action;
        action.decision.applicationId = id;
        if (confirm) {
            action.secondReview = true;
            action.confirm = true;
            action.note = dialog->internalNote();
            action.key = newKey();
        } else {
            action.decision.approve = true;
            action.decision.internalNote = dialog->internalNote();
            action.decision.needsSecondReview = fourEyes;
            action.decision.idempotencyKey = newKey();
        }
        send(action);
    });
    openDialog(dialog);
}

void ApplicationPage::reject()
{
    if (!m_context || !m_claimed || m_sending || m_pending || m_mode != Mode::Claimed)
        return;
    if (m_reasons.isEmpty()) {
        setBanner(BannerStyle::Error, tr("The reject reasons could not be read; open the application again."));
        return;
    }
    auto *dialog = new RejectDialog(m_reasons, m_context->application.applicationNumber, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, generation = m_generation, id = m_context->application.id] {
                if (generation != m_generation)
                    return;
                PendingAction action;
                action.decision = dialog->decision(id);
                action.decision.idempotencyKey = newKey();
                send(action);
            });
    openDialog(dialog);
}

void ApplicationPage::sendBack()
{
    if (!m_context || !m_claimed || m_sending || m_pending || m_mode != Mode::SecondReview)
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Send back for review"));
    dialog->setLabelText(tr("Why is the approval not confirmed? (internal note, never sent to the customer)"));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog->setOkButtonText(tr("Send back"));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, generation = m_generation, id = m_context->application.id](const QString &note) {
                if (generation != m_generation)
                    return;
                PendingAction action;
                action.decision.applicationId = id;
                action.secondReview = true;
                action.confirm = false;
                action.note = note.trimmed();
                action.key = newKey();
                send(action);
            });
    openDialog(dialog);
}

void ApplicationPage::openDialog(QDialog *dialog)
{
    // Window-modal and not blocking: the renewal timer and the worker's answers
    // keep running. When it closes the keys must reach this page again; without
    // a window manager (kiosk desks) nobody else gives the window focus back.
    connect(dialog, &QDialog::finished, this, [this] {
        activateWindow();
        focusContent();
    });
    dialog->open();
}

void ApplicationPage::send(const PendingAction &action)
{
    // Kept until answered: Retry sends this very action, with the same key.
    m_pending = action;
    m_sending = true;
    clearBanner();
    ui->loadingLabel->setText(tr("Sending…"));
    ui->loadingLabel->show();
    updateActions();
    const quint64 generation = m_generation;
    m_worker->post([this, &database = m_database, operatorId = m_operatorId, lease = m_leaseSeconds,
                    held = m_workerHeld, action, generation] {
        try {
            ReviewService service(database, operatorId, lease);
            const qint64 id = action.decision.applicationId;
            const DecisionResult result = action.secondReview
                                              ? service.secondReview(id, action.confirm, action.note, action.key)
                                              : service.decide(action.decision);
            if (result.kind != DecisionResult::Kind::Refused && *held == id)
                *held = 0; // a decision ends the claim
            DatabaseWorker::deliver(this, [this, generation, result] { decisionAnswered(generation, result); });
        } catch (const StorageError &error) {
            database.dropThreadConnection();
            const QString message = error.message();
            DatabaseWorker::deliver(this, [this, generation, message] { decisionFailed(generation, message); });
        }
    });
}

void ApplicationPage::retry()
{
    if (m_pending && !m_sending)
        send(*m_pending);
}

void ApplicationPage::decisionAnswered(quint64 generation, const DecisionResult &result)
{
    if (generation != m_generation) {
        if (result.kind != DecisionResult::Kind::Refused)
            Q_EMIT statusMessage(tr("The decision was recorded."));
        return;
    }
    m_sending = false;
    ui->loadingLabel->hide();
    if (result.kind == DecisionResult::Kind::Refused) {
        // Nothing was written; the operator reads why and decides again.
        m_pending.reset();
        setBanner(BannerStyle::Error, tr("Not recorded: %1").arg(result.message));
        updateActions();
        return;
    }
    const qint64 id = applicationId();
    const QString number = m_context ? m_context->application.applicationNumber : QString();
    m_pending.reset();
    m_claimed = false;
    m_renewTimer.stop();
    m_mode = Mode::ReadOnly;
    if (m_context)
        m_context->application.status = result.newStatus;
    showHeader();
    clearBanner();
    updateActions();

    QString message;
    switch (result.newStatus) {
    case ApplicationStatus::Approved:
        message = result.expectedDelivery.isValid() ? tr("%1 approved; the new card should arrive around %2.")
                                                          .arg(number, result.expectedDelivery.toString(Qt::ISODate))
                                                    : tr("%1 approved.").arg(number);
        break;
    case ApplicationStatus::AwaitingSecondReview:
        message = tr("%1 approved; waiting for a second reviewer.").arg(number);
        break;
    case ApplicationStatus::Rejected:
        message = tr("%1 rejected; the customer is told why.").arg(number);
        break;
    case ApplicationStatus::Pending:
        message = tr("%1 sent back for review.").arg(number);
        break;
    default:
        message = tr("%1: %2.").arg(number, ApplicationDetailPane::statusText(result.newStatus));
        break;
    }
    Q_EMIT statusMessage(message);
    Q_EMIT decisionRecorded(id, result.newStatus);
    if (m_autoAdvance)
        openNext();
    else
        Q_EMIT backRequested();
}

void ApplicationPage::decisionFailed(quint64 generation, const QString &message)
{
    if (generation != m_generation) {
        Q_EMIT statusMessage(tr("A decision could not be sent: %1").arg(message));
        return;
    }
    m_sending = false;
    ui->loadingLabel->hide();
    setBanner(BannerStyle::Error,
              tr("The decision could not be sent: %1\nIt is kept: Retry sends the same decision again, and it "
                 "cannot be recorded twice.")
                  .arg(message),
              true);
    updateActions();
    ui->retryButton->setFocus(Qt::OtherFocusReason);
}

bool ApplicationPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == ui->checksTree->viewport() && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &ApplicationPage::updateCheckRowHeights);
    return QWidget::eventFilter(watched, event);
}

} // namespace reissuedesk
