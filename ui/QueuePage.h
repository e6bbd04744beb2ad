#pragma once
// The queue screen: what an operator looks at all day. A filter bar and saved
// views over QueueModel (the database filters and sorts), the list, and the
// selected application's details beside it, loaded off the UI thread. Keyboard
// first: Ctrl+F searches, Esc clears, arrows move, Enter opens the details, F5
// refreshes. Filters, column layout and the splitter are remembered.

#include "core/QueueFilter.h"

#include <QTimer>
#include <QWidget>
#include <memory>

class QAction;
class QLabel;
class QMenu;

namespace Ui {
class QueuePage;
}

namespace reissuedesk {

class ApplicationDetailPane;
class Database;
class DatabaseWorker;
class DocumentLoader;
class QueueModel;

class QueuePage : public QWidget {
    Q_OBJECT

public:
    // `operatorId`: who "held by me" means (0: nobody).
    QueuePage(const Database &database, qint64 operatorId, QWidget *parent = nullptr);
    ~QueuePage() override;

    enum class SavedView { AllOpen, Overdue, AgentSales, Mine, Flagged };
    // The filters a saved view stands for (search and sort order are kept).
    static QueueFilter savedViewFilter(SavedView view);
    void applySavedView(SavedView view);

    QueueModel *model() const { return m_model; }
    ApplicationDetailPane *detailPane() const;
    // The window's one document loader, for the detail pane's documents (which
    // prefetches the next row's while the operator reads this one).
    void setDocumentLoader(DocumentLoader *loader);
    // "Refresh" (F5), for the window's View menu.
    QAction *refreshAction() const { return m_refreshAction; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setupFilterBar();
    void setupView();
    void setupShortcuts();
    void restoreSettings();
    void saveLayout() const;

    QueueFilter filterFromWidgets() const;
    void showFilter(const QueueFilter &filter);
    void applyFilter(QueueFilter filter);
    void applyWidgetFilter() { applyFilter(filterFromWidgets()); }
    void updateStatusButtonText();
    void updateSearchHint();
    void updateViewButtons();
    void updateSortIndicator();
    void sortBySection(int section);
    void showHeaderMenu(const QPoint &position);
    void setDefaultColumns();

    qint64 selectedId() const;
    bool selectId(qint64 id);
    void selectionChanged();
    void loadDetail(qint64 id, int riskFlags);
    void openDetail();
    void rememberAnchor();
    void restoreAnchor();
    void modelWasReset();
    void updateListState();

    std::unique_ptr<Ui::QueuePage> ui;
    const Database &m_database;
    qint64 m_operatorId;
    QueueModel *m_model = nullptr;
    std::unique_ptr<DatabaseWorker> m_worker; // detail loads
    QMenu *m_statusMenu = nullptr;
    QList<std::pair<ApplicationStatus, QAction *>> m_statusActions;
    QAction *m_refreshAction = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QTimer m_searchDebounce;
    QTimer m_loadingDelay;

    // The detail pane shows m_detailId; results of older requests are dropped.
    quint64 m_detailGeneration = 0;
    qint64 m_detailId = 0;
    int m_detailFlags = 0;
    // Kept across a refresh (rows may move) and a reset (a new filter).
    qint64 m_anchorTopId = 0;
    qint64 m_anchorSelectedId = 0;
    qint64 m_resetSelectedId = 0;
    bool m_restoringAnchor = false;
};

} // namespace reissuedesk
