#pragma once
// The queue's search box, filter bar and saved-view chips (widgets of
// QueuePage.ui), turned into one QueueFilter and back. The page owns the
// widgets; this object keeps them in step with the filter the model shows, so
// QueuePage itself is about the list and the details beside it.

#include "core/QueueFilter.h"

#include <QObject>
#include <QTimer>

class QAction;
class QMenu;

namespace Ui {
class QueuePage;
}

namespace reissuedesk {

class QueueFilterBar : public QObject {
    Q_OBJECT

public:
    enum class SavedView { AllOpen, Overdue, AgentSales, Mine, Flagged };

    // `ui`: the page's form (outlives this object, a child of the page).
    QueueFilterBar(Ui::QueuePage *ui, QWidget *page);
    ~QueueFilterBar() override;

    // The filters a saved view stands for (search and sort order are kept).
    static QueueFilter savedViewFilter(SavedView view);
    // What a new desk, or "reset filters", shows: every open application,
    // second reviews included, by deadline.
    static QueueFilter defaultFilter() { return savedViewFilter(SavedView::AllOpen); }

    // The filter the widgets say; `base` supplies what they do not hold (the order).
    QueueFilter filterFromWidgets(const QueueFilter &base) const;
    // Puts `filter` into the widgets without emitting anything.
    void showFilter(const QueueFilter &filter);
    // Which chip is lit, for the filter the model shows.
    void showCurrentView(const QueueFilter &current);
    // A search typed but not yet applied (debounce) is dropped.
    void cancelPendingSearch() { m_searchDebounce.stop(); }

Q_SIGNALS:
    // The operator changed a filter (already debounced for typing).
    void filterEdited();
    // A saved view's chip was clicked, or "reset filters".
    void filterChosen(const reissuedesk::QueueFilter &filter);
    // Enter in the search box.
    void searchSubmitted();
    // Esc in an empty search box: back to the list.
    void leaveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateStatusButtonText();
    void updateSearchHint();

    Ui::QueuePage *ui;
    QMenu *m_statusMenu = nullptr;
    QList<std::pair<ApplicationStatus, QAction *>> m_statusActions;
    QTimer m_searchDebounce;
};

} // namespace reissuedesk
