#include "ui/ReviewRecordTabs.h"

#include "models/AccountHistoryModel.h"
#include "models/NotificationListModel.h"
#include "models/TimelineModel.h"

#include <QHeaderView>
#include <QPlainTextEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace reissuedesk {

ReviewRecordTabs::ReviewRecordTabs(QWidget *parent)
    : QTabWidget(parent)
    , m_historyModel(new AccountHistoryModel(this))
    , m_timelineModel(new TimelineModel(this))
    , m_messagesModel(new NotificationListModel(this))
{
    setObjectName(QStringLiteral("historyTabs"));
    m_historyView = addList("historyView", m_historyModel);
    m_timelineView = addList("timelineView", m_timelineModel);
    m_messagesView = addList("messagesView", m_messagesModel);
    m_historyView->setToolTip(tr("Enter or a double click opens that application"));
    addTab(m_historyView, tr("Account history"));
    addTab(m_timelineView, tr("Timeline"));
    addTab(messagesPanel(), tr("Customer messages"));
    // activated: Enter, or a double click (or a single one where the style says so).
    connect(m_historyView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (!index.data(AccountHistoryModel::IsCurrentRole).toBool())
            Q_EMIT openApplicationRequested(index.data(AccountHistoryModel::ApplicationIdRole).toLongLong());
    });
}

QTreeView *ReviewRecordTabs::addList(const char *objectName, QAbstractItemModel *model)
{
    auto *view = new QTreeView(this);
    view->setObjectName(QString::fromLatin1(objectName));
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setIndentation(0);
    view->setUniformRowHeights(true);
    view->setAllColumnsShowFocus(true);
    view->header()->setStretchLastSection(true);
    view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

QWidget *ReviewRecordTabs::messagesPanel()
{
    m_messagesPanel = new QWidget(this);
    auto *layout = new QVBoxLayout(m_messagesPanel);
    layout->setContentsMargins(0, 0, 0, 0);
    // Plain text by nature (the gateway's error is data); five lines high and
    // scrolling, so a long error never squeezes the list away at 1280x800.
    m_messageDetail = new QPlainTextEdit(m_messagesPanel);
    m_messageDetail->setObjectName(QStringLiteral("messageDetailView"));
    m_messageDetail->setReadOnly(true);
    m_messageDetail->setFrameShape(QFrame::NoFrame);
    m_messageDetail->setBackgroundVisible(false);
    m_messageDetail->setFixedHeight(m_messageDetail->fontMetrics().lineSpacing() * 5 + 8);
    m_messageDetail->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->addWidget(m_messagesView, 1);
    layout->addWidget(m_messageDetail);
    connect(m_messagesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewRecordTabs::showMessageDetail);
    return m_messagesPanel;
}

void ReviewRecordTabs::showMessageDetail()
{
    const QModelIndex current = m_messagesView->currentIndex();
    m_messageDetail->setPlainText(current.isValid() ? current.data(NotificationListModel::DetailRole).toString()
                                                    : QString());
}

void ReviewRecordTabs::setReasonCatalogue(const QList<RejectReason> &reasons)
{
    m_historyModel->setReasonCatalogue(reasons);
    m_timelineModel->setReasonCatalogue(reasons);
}

void ReviewRecordTabs::setRecords(qint64 applicationId, const QList<HistoryEntry> &history,
                                  const QList<TimelineEntry> &timeline, const QList<Document> &documents,
                                  const QList<NotificationEntry> &notifications)
{
    m_historyModel->setHistory(history, applicationId);
    m_timelineModel->setTimeline(timeline, documents);
    m_messagesModel->setNotifications(notifications);
    // The first message that needs attention (retrying or given up), else the newest.
    int chosen = int(notifications.size()) - 1;
    for (int row = 0; row < notifications.size(); ++row) {
        const auto delivery = NotificationListModel::deliveryOf(notifications.at(row));
        if (delivery == NotificationListModel::Delivery::Dead ||
            delivery == NotificationListModel::Delivery::Retrying) {
            chosen = row;
            break;
        }
    }
    if (chosen >= 0)
        m_messagesView->setCurrentIndex(m_messagesModel->index(chosen, 0));
    showMessageDetail();
    setTabText(indexOf(m_historyView), tr("Account history (%1 other)").arg(m_historyModel->otherApplicationCount()));
    setTabText(indexOf(m_timelineView), tr("Timeline (%1)").arg(timeline.size()));
    setTabText(indexOf(m_messagesPanel), tr("Customer messages (%1)").arg(notifications.size()));
    m_timelineView->scrollToBottom();
}

void ReviewRecordTabs::showMessages()
{
    setCurrentWidget(m_messagesPanel);
}

} // namespace reissuedesk
