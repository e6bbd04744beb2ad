#pragma once
// The queue screen: what an operator looks at all day. A filter bar and saved
// views (QueueFilterBar) over QueueModel (the database filters and sorts), the
// list, and a quick look at the selected application beside it, read through
// the desk's JobRunner. The quick look shows facts, never the ID images:
// documents are viewed, and audited, only once the application is opened.
// Keyboard first: focus starts on the list; Ctrl+F searches, Esc clears,
// arrows move, Enter opens, N takes the next, F5 refreshes. Filters, column
// layout and the splitter are remembered in Settings.

#include "core/QueueFilter.h"
#include "models/JobRunner.h"
#include "models/OperatorIdentity.h"
#include "ui/QueueFilterBar.h"

#include <QTimer>
#include <QWidget>
#include <memory>

class QAction;
class QLabel;

namespace Ui {
class QueuePage;
}

namespace reissuedesk {

class ApplicationDetailPane;
class QueueModel;
class Settings;

class QueuePage : public QWidget {
    Q_OBJECT

public:
    QueuePage(JobRunner &runner, const OperatorIdentity &identity, Settings &settings, QWidget *parent = nullptr);
    ~QueuePage() override;

    using SavedView = QueueFilterBar::SavedView;
    static QueueFilter savedViewFilter(SavedView view) { return QueueFilterBar::savedViewFilter(view); }
    void applySavedView(SavedView view);

    QueueModel *model() const { return m_model; }
    ApplicationDetailPane *detailPane() const;
    // "Refresh" (F5), for the window's View menu.
    QAction *refreshAction() const { return m_refreshAction; }

    // Puts the keyboard focus on the list (start-up, back from an application).
    void focusList();

Q_SIGNALS:
    // Enter or a double click on a row, or Enter on a search with one result.
    void openRequested(qint64 applicationId);
    // N on the list: claim the most urgent application.
    void nextRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setupView();
    void setupShortcuts();
    void restoreSettings();
    void saveLayout() const;

    void applyFilter(QueueFilter filter);
    void applyWidgetFilter();
    void submitSearch();
    void updateSortIndicator();
    void sortBySection(int section);

    qint64 selectedId() const;
    bool selectId(qint64 id);
    void selectionChanged();
    void loadDetail(qint64 id, int riskFlags);
    void openDetail();
    void auditReveal(qint64 applicationId, const QString &subject);
    void rememberAnchor();
    void restoreAnchor();
    void modelWasReset();
    void settled();
    void updateListState();

    std::unique_ptr<Ui::QueuePage> ui;
    JobRunner &m_runner;
    OperatorIdentity m_identity;
    Settings &m_settings;
    QueueModel *m_model = nullptr;
    QueueFilterBar *m_filterBar = nullptr;
    JobSlot m_detailSlot;
    QAction *m_refreshAction = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QTimer m_loadingDelay;

    qint64 m_detailId = 0;
    int m_detailFlags = 0;
    // Enter in the search box: open the result once it is in, if it is the only one.
    bool m_openSingleResult = false;
    // Kept across a refresh (rows may move) and a reset (a new filter).
    qint64 m_anchorTopId = 0;
    qint64 m_anchorSelectedId = 0;
    qint64 m_resetSelectedId = 0;
    bool m_restoringAnchor = false;
};

} // namespace reissuedesk
