#pragma once
// The application window: wires the pages together (the queue, one
// application) and owns the status bar (where we are connected, how much work
// is waiting) and the Review menu (next application, back to the queue,
// auto-advance). No SQL and no painting here: pages and models do the work.
//
// It appears at once: while DeskConnection opens the database on the
// JobRunner's Database lane the window says "Connecting to …"; a failure shows
// the ConnectionDialog with open() (no event loop of its own), and the pages are built when the
// database is ready. Closing gives a held claim back, but waits for that at
// most closeTimeoutMs().

#include "models/OperatorIdentity.h"
#include "ui/ConnectionDialog.h"
#include "ui/LoginDialog.h"
#include "ui/SettingsDialog.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace reissuedesk {

class ApplicationPage;
class AuditPage;
class DeskConnection;
class EmbeddedDispatcher;
class IdleLock;
class LockScreen;
class JobRunner;
class QueuePage;
class Settings;
class ReportsPage;
class SupervisorPage;
struct QueueCounts;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // `runner`, `connection` and `settings` outlive the window. The window
    // follows `connection`: call connection.connectTo() before or after.
    MainWindow(JobRunner &runner, DeskConnection &connection, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // nullptr until the database is ready.
    QueuePage *queuePage() const { return m_queuePage; }
    ApplicationPage *applicationPage() const { return m_applicationPage; }
    // nullptr unless the operator is a supervisor or an administrator.
    SupervisorPage *supervisorPage() const { return m_supervisorPage; }
    AuditPage *auditPage() const { return m_auditPage; }
    ReportsPage *reportsPage() const { return m_reportsPage; }
    // The dialog shown after a failed connection (nullptr: none).
    ConnectionDialog *connectionDialog() const { return m_connectionDialog; }
    // The embedded database's login (nullptr: none showing).
    LoginDialog *loginDialog() const { return m_loginDialog; }
    // File → Settings… while open (nullptr: not open).
    SettingsDialog *settingsDialog() const { return m_settingsDialog; }
    void showSettings();
    // Covers the window while the desk is locked (nullptr until logged in).
    LockScreen *lockScreen() const { return m_lockScreen; }

    static int closeTimeoutMs() { return 2000; }

Q_SIGNALS:
    // The database is open and the pages are built.
    void pagesReady();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showConnecting(const QString &urlDisplay);
    void showConnectionFailed(const QString &urlDisplay, const QString &message);
    void setupLogin();
    void startIdleLock();
    void startDispatcher();
    void buildPages(const OperatorIdentity &identity);
    void wireReviewPages(const OperatorIdentity &identity);
    // The Supervisor menu and its pages (supervisors and administrators only).
    void addSupervisorPages(const OperatorIdentity &identity);
    void showCounts(const QueueCounts &counts);
    void showConnection(bool connected, const QString &message);
    void restoreLayout();
    void saveLayout();
    void setupReview();
    void showApplication(qint64 applicationId); // 0: the next one
    void showQueue();
    void finishClose();
    void auditSettingChanges(qint64 operatorId);
    void setupSettingsAction();

    std::unique_ptr<Ui::MainWindow> ui;
    JobRunner &m_runner;
    DeskConnection &m_connection;
    Settings &m_settings;
    OperatorIdentity m_identity;
    QueuePage *m_queuePage = nullptr;
    ApplicationPage *m_applicationPage = nullptr;
    SupervisorPage *m_supervisorPage = nullptr;
    AuditPage *m_auditPage = nullptr;
    ReportsPage *m_reportsPage = nullptr;
    QPointer<ConnectionDialog> m_connectionDialog;
    QPointer<LoginDialog> m_loginDialog;
    QPointer<SettingsDialog> m_settingsDialog;
    IdleLock *m_idleLock = nullptr;
    LockScreen *m_lockScreen = nullptr;
    QLabel *m_startLabel = nullptr; // the page shown until the database is ready
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QLabel *m_overdueLabel = nullptr;
    QLabel *m_heldLabel = nullptr;
    QWidget *m_countsWidget = nullptr;          // the three counts, shown with the queue
    EmbeddedDispatcher *m_dispatcher = nullptr; // SQLite desks with a gateway only

    enum class Closing { No, Releasing, Done };
    Closing m_closing = Closing::No;
    QTimer m_closeDeadline; // closeTimeoutMs() after a close that gives a claim back
};

} // namespace reissuedesk
