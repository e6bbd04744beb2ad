#pragma once
// The application window: wires the pages together (the queue, one
// application) and owns the status bar (where we are connected, how much work
// is waiting) and the Review menu (next application, back to the queue,
// auto-advance). No SQL and no painting here: pages and models do the work.

#include <QMainWindow>
#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace reissuedesk {

class ApplicationPage;
class Database;
class QueuePage;
struct QueueCounts;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // `operatorId`: the operator at this desk (0: nobody, "held by me" is empty).
    explicit MainWindow(Database &database, qint64 operatorId = 0, QWidget *parent = nullptr);
    ~MainWindow() override;

    QueuePage *queuePage() const { return m_queuePage; }
    ApplicationPage *applicationPage() const { return m_applicationPage; }

    // The claim length: REISSUEDESK_LEASE_SECONDS, else ReviewService's default.
    static int leaseSeconds();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showCounts(const QueueCounts &counts);
    void showConnection(bool connected, const QString &message);
    void restoreLayout();
    void setupReview();
    void showApplication(qint64 applicationId); // 0: the next one
    void showQueue();

    std::unique_ptr<Ui::MainWindow> ui;
    Database &m_database;
    QueuePage *m_queuePage = nullptr;
    ApplicationPage *m_applicationPage = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QLabel *m_overdueLabel = nullptr;
    QLabel *m_heldLabel = nullptr;
};

} // namespace reissuedesk
