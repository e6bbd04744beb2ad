#pragma once
// The application window: wires the pages together and owns the status bar
// (where we are connected, how much work is waiting). No SQL and no painting
// here: pages and models do the work.

#include <QMainWindow>
#include <memory>

class QLabel;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace reissuedesk {

class Database;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(Database &database, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Re-reads the counts shown in the status bar.
    void refreshCounts();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void restoreLayout();

    std::unique_ptr<Ui::MainWindow> ui;
    Database &m_database;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QTimer *m_countTimer = nullptr;
};

} // namespace reissuedesk
