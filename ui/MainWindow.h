#pragma once
// The application window: wires the pages together and owns the status bar
// (where we are connected, how much work is waiting). No SQL and no painting
// here: pages and models do the work.

#include <QMainWindow>
#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace reissuedesk {

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

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showCounts(const QueueCounts &counts);
    void showConnection(bool connected, const QString &message);
    void restoreLayout();

    std::unique_ptr<Ui::MainWindow> ui;
    Database &m_database;
    QueuePage *m_queuePage = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QLabel *m_overdueLabel = nullptr;
    QLabel *m_heldLabel = nullptr;
};

} // namespace reissuedesk
