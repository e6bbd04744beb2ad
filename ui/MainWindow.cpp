#include "ui/MainWindow.h"

#include "models/DeskConnection.h"
#include "models/DocumentLoader.h"
#include "models/EmbeddedDispatcher.h"
#include "models/JobRunner.h"
#include "models/QueueModel.h"
#include "models/Settings.h"
#include "models/SupervisorSession.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "ui/ApplicationPage.h"
#include "ui/AuditPage.h"
#include "ui/ConnectionDialog.h"
#include "ui/DocumentsPanel.h"
#include "ui/IdleLock.h"
#include "ui/LockScreen.h"
#include "ui/LoginDialog.h"
#include "ui/QueuePage.h"
#include "ui/ReportsPage.h"
#include "ui/SupervisorPage.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>

namespace reissuedesk {

MainWindow::MainWindow(JobRunner &runner, DeskConnection &connection, Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , ui(std::make_unique<Ui::MainWindow>())
    , m_runner(runner)
    , m_connection(connection)
    , m_settings(settings)
{
    ui->setupUi(this);
    m_startLabel = new QLabel(ui->pages);
    m_startLabel->setObjectName(QStringLiteral("startLabel"));
    m_startLabel->setAlignment(Qt::AlignCenter);
    m_startLabel->setWordWrap(true);
    m_startLabel->setTextFormat(Qt::PlainText);
    m_startLabel->setForegroundRole(QPalette::PlaceholderText);
    ui->pages->addWidget(m_startLabel);
    ui->nextAction->setEnabled(false);

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setTextFormat(Qt::PlainText);
    // The counts are three labels so that each can be read on its own (tests,
    // accessibility); together they read "N pending · N overdue · N held by me".
    m_pendingLabel = new QLabel(this);
    m_pendingLabel->setObjectName(QStringLiteral("pendingLabel"));
    m_overdueLabel = new QLabel(this);
    m_overdueLabel->setObjectName(QStringLiteral("overdueLabel"));
    m_heldLabel = new QLabel(this);
    m_heldLabel->setObjectName(QStringLiteral("heldLabel"));
    ui->statusBar->addWidget(m_connectionLabel, 1);
    // Counts and their separators appear with the queue, not while connecting.
    auto *countsWidget = m_countsWidget = new QWidget(this);
    countsWidget->setObjectName(QStringLiteral("countsWidget"));
    auto *countsLayout = new QHBoxLayout(countsWidget);
    countsLayout->setContentsMargins(0, 0, 0, 0);
    countsLayout->addWidget(m_pendingLabel);
    countsLayout->addWidget(new QLabel(QStringLiteral("·"), countsWidget));
    countsLayout->addWidget(m_overdueLabel);
    countsLayout->addWidget(new QLabel(QStringLiteral("·"), countsWidget));
    countsLayout->addWidget(m_heldLabel);
    countsWidget->hide();
    ui->statusBar->addPermanentWidget(countsWidget);

    connect(ui->quitAction, &QAction::triggered, this, &QWidget::close);
    setupSettingsAction();
    connect(ui->aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About ReissueDesk"),
                           tr("<b>ReissueDesk %1</b><br>Review desk for replacement-card applications.")
                               .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
    });

    connect(&connection, &DeskConnection::connecting, this, &MainWindow::showConnecting);
    connect(&connection, &DeskConnection::failed, this, &MainWindow::showConnectionFailed);
    connect(&connection, &DeskConnection::connected, this, &MainWindow::buildPages);
    connect(&connection, &DeskConnection::operatorProblem, this, [this](const QString &message) {
        ui->statusBar->showMessage(
            tr("The operator could not be looked up (%1): the queue is shown, but nothing is held by you.")
                .arg(message),
            15000);
    });
    setupLogin();
    if (connection.isConnected())
        buildPages(connection.identity());
    else
        showConnecting(connection.urlDisplay());

    m_closeDeadline.setSingleShot(true);
    m_closeDeadline.setInterval(closeTimeoutMs());
    connect(&m_closeDeadline, &QTimer::timeout, this, &MainWindow::finishClose);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::showConnecting(const QString &urlDisplay)
{
    const QString text = urlDisplay.isEmpty() ? tr("Connecting…") : tr("Connecting to %1…").arg(urlDisplay);
    m_startLabel->setText(text);
    m_connectionLabel->setText(text);
    m_connectionLabel->setToolTip({});
    m_connectionLabel->setStyleSheet({});
    if (!m_queuePage)
        ui->pages->setCurrentWidget(m_startLabel);
}

void MainWindow::showConnectionFailed(const QString &urlDisplay, const QString &message)
{
    m_startLabel->setText(tr("ReissueDesk could not open the database %1.").arg(urlDisplay));
    m_connectionLabel->setText(tr("Not connected"));
    m_connectionLabel->setToolTip(
        QStringLiteral("<p>%1</p>").arg(message.toHtmlEscaped())); // never rich text from a server
    // Beside the window, not in front of an event loop of its own: the window
    // stays responsive, and "Connect" goes back through the job.
    if (m_connectionDialog)
        m_connectionDialog->deleteLater();
    auto *dialog = new ConnectionDialog(urlDisplay, message, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_settings.set(Settings::Key::LastDatabaseUrl, dialog->urlText());
        m_connection.connectTo(dialog->urlText(), dialog->password(), m_connection.operatorLogin());
    });
    connect(dialog, &QDialog::rejected, this, &QWidget::close);
    m_connectionDialog = dialog;
    dialog->open();
}

void MainWindow::buildPages(const OperatorIdentity &identity)
{
    if (m_queuePage)
        return; // reconnecting after a failure is the models' business
    m_identity = identity;
    m_countsWidget->show();
    m_queuePage = new QueuePage(m_runner, identity, m_settings, ui->pages);
    ui->pages->addWidget(m_queuePage);
    ui->pages->setCurrentWidget(m_queuePage);
    ui->viewMenu->addAction(m_queuePage->refreshAction());
    m_queuePage->model()->setLiveUpdates(m_connection.database());
    wireReviewPages(identity);
    auditSettingChanges(identity.id);

    const QueueModel *model = m_queuePage->model();
    connect(model, &QueueModel::countsChanged, this, &MainWindow::showCounts);
    connect(model, &QueueModel::connectionChanged, this, &MainWindow::showConnection);
    showCounts(model->counts());
    showConnection(true, {});
    setupReview();
    if (identity.role == QLatin1String("supervisor") || identity.role == QLatin1String("admin"))
        addSupervisorPages(identity);
    m_queuePage->focusList();
    startIdleLock();
    startDispatcher();
    Q_EMIT pagesReady();
}

// The embedded one-desk setup delivers its own customer messages
// (models/EmbeddedDispatcher); the status bar says when they are not going out.
void MainWindow::startDispatcher()
{
    EmbeddedDispatcher::Config config;
    QString why;
    const bool wanted = EmbeddedDispatcher::wanted(m_settings, *m_connection.database(), &config, &why);
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("dispatcherLabel"));
    label->setTextFormat(Qt::PlainText);
    label->setText(tr("Customer messages are not going out"));
    label->setStyleSheet(
        QStringLiteral("QLabel { color: #7a4a00; background: #fff1cc; border-radius: 3px; padding: 0 6px; }"));
    label->setVisible(!why.isEmpty());
    label->setToolTip(QStringLiteral("<p>%1</p>").arg(why.toHtmlEscaped()));
    ui->statusBar->addPermanentWidget(label);
    if (!wanted)
        return;
    m_dispatcher = new EmbeddedDispatcher(m_connection.database(), config, this);
    connect(m_dispatcher, &EmbeddedDispatcher::problem, label, [label](const QString &sentence) {
        label->setToolTip(QStringLiteral("<p>%1</p>").arg(sentence.toHtmlEscaped()));
        label->show();
    });
    connect(m_dispatcher, &EmbeddedDispatcher::recovered, label, &QWidget::hide);
}

// The embedded database asks who is at the desk before any page is built; the
// dialog stays open (beside the window, no event loop of its own) until the
// password was right.
void MainWindow::setupLogin()
{
    connect(&m_connection, &DeskConnection::loginRequired, this,
            [this](const QString &suggestedLogin, const QString &message) {
                m_startLabel->setText(tr("Log in to open the queue."));
                if (!m_loginDialog) {
                    auto *dialog = new LoginDialog(m_connection.urlDisplay(), suggestedLogin, this);
                    dialog->setAttribute(Qt::WA_DeleteOnClose);
                    connect(dialog, &LoginDialog::submitted, &m_connection, &DeskConnection::logIn);
                    connect(dialog, &QDialog::rejected, this, &QWidget::close);
                    m_loginDialog = dialog;
                    dialog->open();
                }
                if (!message.isEmpty())
                    m_loginDialog->showFailure(message);
            });
    connect(&m_connection, &DeskConnection::loginFailed, this, [this](const QString &message) {
        if (m_loginDialog)
            m_loginDialog->showFailure(message);
    });
    connect(&m_connection, &DeskConnection::connected, this, [this] {
        if (m_loginDialog)
            m_loginDialog->accept();
    });
}

// After Settings::IdleLockSeconds without input the window is covered until the
// operator's password is given again; the pages (and a held claim) stay.
void MainWindow::startIdleLock()
{
    m_idleLock = new IdleLock(m_settings, this);
    m_lockScreen = new LockScreen(this);
    connect(m_idleLock, &IdleLock::lockRequested, this, [this] {
        m_lockScreen->lock(m_identity.displayName.isEmpty() ? m_identity.login : m_identity.displayName);
        m_connection.recordLocked();
    });
    connect(m_lockScreen, &LockScreen::unlockRequested, &m_connection, &DeskConnection::unlock);
    connect(&m_connection, &DeskConnection::unlockFailed, m_lockScreen, &LockScreen::showFailure);
    connect(&m_connection, &DeskConnection::unlocked, this, [this] {
        m_lockScreen->unlock();
        m_idleLock->start();
    });
    m_idleLock->start();
}

// Changes of the settings an administrator answers for are audited (the key,
// never the value); edits of the settings file behind the desk's back are not
// seen, which docs/ADMINISTRATION.md says.
void MainWindow::auditSettingChanges(qint64 operatorId)
{
    connect(&m_settings, &Settings::changed, this, [this, operatorId](Settings::Key key) {
        if (!Settings::isAudited(key))
            return;
        m_runner.postDatabase(
            [operatorId, name = Settings::keyName(key)](const Database &database) {
                AuditRepository(database).recordSettingChanged(operatorId, name);
            },
            tr("Recording a settings change"));
    });
}

// File → Settings… (Ctrl+,), there before the database is: a desk that cannot
// connect is where its database URL gets fixed.
void MainWindow::setupSettingsAction()
{
    auto *action = new QAction(tr("&Settings…"), this);
    action->setObjectName(QStringLiteral("settingsAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    action->setMenuRole(QAction::PreferencesRole);
    ui->fileMenu->insertAction(ui->quitAction, action);
    ui->fileMenu->insertSeparator(ui->quitAction);
    connect(action, &QAction::triggered, this, &MainWindow::showSettings);
}

void MainWindow::showSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    auto *dialog = new SettingsDialog(m_settings, m_runner, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Settings keys are audited through Settings::changed; secrets have no key there.
    connect(dialog, &SettingsDialog::secretsChanged, this, [this](const QStringList &names) {
        if (!m_queuePage)
            return; // nobody logged in yet: like the settings, not audited
        for (const QString &name : names)
            m_runner.postDatabase(
                [operatorId = m_identity.id, name](const Database &database) {
                    AuditRepository(database).recordSettingChanged(operatorId, name);
                },
                tr("Recording a settings change"));
    });
    connect(dialog, &SettingsDialog::saved, this, [this](const QStringList &restartNeeded) {
        if (!restartNeeded.isEmpty())
            ui->statusBar->showMessage(tr("Settings saved. Changes to %1 take effect when ReissueDesk starts again.")
                                           .arg(QLocale().createSeparatedList(restartNeeded)),
                                       15000);
    });
    m_settingsDialog = dialog;
    dialog->open();
}

// The review page and its documents viewer, on the window's one JobRunner.
void MainWindow::wireReviewPages(const OperatorIdentity &identity)
{
    m_applicationPage = new ApplicationPage(m_runner, identity.id, m_settings.leaseSeconds(), ui->pages);
    ui->pages->addWidget(m_applicationPage);
    m_applicationPage->session()->setRevealRecorder(
        [](const Database &database, qint64 operatorId, qint64 applicationId) {
            AuditRepository(database).recordPersonalDataReveal(operatorId, applicationId, QStringLiteral("applicant"));
        });
    auto *documentLoader =
        new DocumentLoader(m_runner, DocumentLoader::fetchOptionsFor(m_settings, m_connection.database()->url()), this);
    auto *documentsPanel = new DocumentsPanel;
    documentsPanel->setLoader(documentLoader);
    documentsPanel->setJobRunner(&m_runner);
    documentsPanel->setViewer(identity.login, identity.id);
    m_applicationPage->setDocumentsWidget(documentsPanel);
    connect(m_applicationPage, &ApplicationPage::documentsShown, documentsPanel, &DocumentsPanel::setDocuments);
    m_applicationPage->setDocumentLoader(documentLoader);
    connect(m_applicationPage, &ApplicationPage::highlightRequested, documentsPanel, &DocumentsPanel::highlightRegion);
}

void MainWindow::addSupervisorPages(const OperatorIdentity &identity)
{
    m_supervisorPage = new SupervisorPage(m_runner, identity.id, ui->pages);
    m_auditPage = new AuditPage(m_runner, identity.id, ui->pages);
    ui->pages->addWidget(m_supervisorPage);
    ui->pages->addWidget(m_auditPage);
    m_reportsPage = new ReportsPage(m_runner, ui->pages);
    ui->pages->addWidget(m_reportsPage);
    QMenu *menu = new QMenu(tr("&Supervisor"), this);
    menu->setObjectName(QStringLiteral("supervisorMenu"));
    ui->menuBar->insertMenu(ui->helpMenu->menuAction(), menu);
    auto show = [this](QWidget *page) {
        m_applicationPage->releaseClaim();
        ui->backAction->setEnabled(true);
        ui->pages->setCurrentWidget(page);
    };
    QAction *tools = menu->addAction(tr("Supervisor &tools"), this, [this, show] { show(m_supervisorPage); });
    tools->setObjectName(QStringLiteral("supervisorToolsAction"));
    tools->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction *audit = menu->addAction(tr("&Audit log"), this, [this, show] { show(m_auditPage); });
    audit->setObjectName(QStringLiteral("auditLogAction"));
    audit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QAction *reports = menu->addAction(tr("&Reports"), this, [this, show] { show(m_reportsPage); });
    reports->setObjectName(QStringLiteral("reportsAction"));
    reports->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_supervisorPage, &SupervisorPage::openRequested, this, &MainWindow::showApplication);
    // Another desk's change (the queue's change notice) refreshes the holds.
    connect(m_queuePage->model(), &QueueModel::countsChanged, m_supervisorPage, [this] {
        if (m_supervisorPage->isVisible())
            m_supervisorPage->session()->refresh();
    });
}

void MainWindow::setupReview()
{
    ui->nextAction->setEnabled(true);
    ui->autoAdvanceAction->setChecked(m_settings.autoAdvance());
    m_applicationPage->setAutoAdvance(m_settings.autoAdvance());
    connect(ui->autoAdvanceAction, &QAction::toggled, this,
            [this](bool on) { m_settings.set(Settings::Key::AutoAdvance, on); });
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key != Settings::Key::AutoAdvance)
            return;
        ui->autoAdvanceAction->setChecked(m_settings.autoAdvance());
        m_applicationPage->setAutoAdvance(m_settings.autoAdvance());
    });
    connect(ui->nextAction, &QAction::triggered, this, [this] { showApplication(0); });
    connect(ui->backAction, &QAction::triggered, this, &MainWindow::showQueue);
    connect(m_applicationPage, &ApplicationPage::backRequested, this, &MainWindow::showQueue);
    connect(m_applicationPage, &ApplicationPage::statusMessage, this,
            [this](const QString &message) { ui->statusBar->showMessage(message, 8000); });
    // Claims and decisions change the counts in the status bar.
    connect(m_applicationPage, &ApplicationPage::applicationShown, m_queuePage->model(), &QueueModel::refresh);
    connect(m_queuePage, &QueuePage::openRequested, this, &MainWindow::showApplication);
    connect(m_queuePage, &QueuePage::nextRequested, ui->nextAction, &QAction::trigger);
}

void MainWindow::showApplication(qint64 applicationId)
{
    if (!m_applicationPage)
        return;
    ui->pages->setCurrentWidget(m_applicationPage);
    ui->backAction->setEnabled(true); // Esc belongs to the queue's own widgets otherwise
    if (applicationId > 0)
        m_applicationPage->openApplication(applicationId);
    else
        m_applicationPage->openNext();
}

void MainWindow::showQueue()
{
    m_applicationPage->releaseClaim();
    ui->backAction->setEnabled(false);
    ui->pages->setCurrentWidget(m_queuePage);
    m_queuePage->model()->refresh();
    m_queuePage->focusList();
}

void MainWindow::showCounts(const QueueCounts &counts)
{
    m_pendingLabel->setText(tr("%1 pending").arg(counts.pending));
    m_overdueLabel->setText(tr("%1 overdue").arg(counts.overdue));
    m_overdueLabel->setStyleSheet(counts.overdue > 0 ? QStringLiteral("QLabel { color: #b01c1c; font-weight: 600; }")
                                                     : QString());
    m_heldLabel->setText(tr("%1 held by me").arg(counts.heldByMe));
}

void MainWindow::showConnection(bool connected, const QString &message)
{
    // The rows stay on screen while we reconnect; only the label says so.
    if (connected) {
        m_connectionLabel->setText(tr("Connected to %1").arg(m_connection.urlDisplay()));
        m_connectionLabel->setToolTip({});
        m_connectionLabel->setStyleSheet({});
    } else {
        m_connectionLabel->setText(tr("Reconnecting…"));
        m_connectionLabel->setToolTip(
            QStringLiteral("<p>%1</p>").arg(message.toHtmlEscaped())); // never rich text from a server
        m_connectionLabel->setStyleSheet(
            QStringLiteral("QLabel { color: #7a4a00; background: #fff1cc; border-radius: 3px; padding: 0 6px; }"));
    }
}

void MainWindow::restoreLayout()
{
    restoreGeometry(m_settings.get(Settings::Key::WindowGeometry).toByteArray());
    restoreState(m_settings.get(Settings::Key::WindowState).toByteArray());
}

void MainWindow::saveLayout()
{
    m_settings.set(Settings::Key::WindowGeometry, saveGeometry());
    m_settings.set(Settings::Key::WindowState, saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closing == Closing::Done || !m_applicationPage || !m_applicationPage->isClaimed()) {
        m_closing = Closing::Done;
        saveLayout();
        event->accept();
        return;
    }
    // Give the claim back before the window goes, so that the application is
    // in the queue again at once instead of when the lease runs out; but never
    // keep the operator waiting on a server that does not answer.
    event->ignore();
    if (m_closing == Closing::Releasing)
        return;
    m_closing = Closing::Releasing;
    saveLayout();
    ui->statusBar->showMessage(tr("Giving the application back…"));
    // Closes when the database answers or at the deadline, whichever is first.
    m_closeDeadline.start();
    m_applicationPage->releaseForExit([window = QPointer<MainWindow>(this)](bool) {
        if (window)
            window->finishClose();
    });
}

void MainWindow::finishClose()
{
    if (m_closing == Closing::Done)
        return;
    m_closeDeadline.stop();
    m_closing = Closing::Done;
    close();
}

} // namespace reissuedesk
