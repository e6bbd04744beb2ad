#include "ui/QueuePage.h"

#include "models/QueueModel.h"
#include "models/Settings.h"
#include "storage/AuditRepository.h"
#include "storage/QueueRepository.h"
#include "ui/ApplicationDetailPane.h"
#include "ui/QueueColumns.h"
#include "ui/RiskFlagsDelegate.h"
#include "ui_QueuePage.h"

#include <QAction>
#include <QHeaderView>
#include <QShortcut>

namespace reissuedesk {

QueuePage::QueuePage(JobRunner &runner, const OperatorIdentity &identity, Settings &settings, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::QueuePage>())
    , m_runner(runner)
    , m_identity(identity)
    , m_settings(settings)
    , m_model(new QueueModel(runner, identity.id, this))
{
    ui->setupUi(this);
    m_filterBar = new QueueFilterBar(ui.get(), this);
    connect(m_filterBar, &QueueFilterBar::filterEdited, this, &QueuePage::applyWidgetFilter);
    connect(m_filterBar, &QueueFilterBar::filterChosen, this, [this](QueueFilter filter) {
        const QueueFilter current = m_model->filter();
        filter.sortKey = current.sortKey; // a view keeps the order the header asked for
        filter.descending = current.descending;
        applyFilter(filter);
    });
    connect(m_filterBar, &QueueFilterBar::searchSubmitted, this, &QueuePage::submitSearch);
    connect(m_filterBar, &QueueFilterBar::leaveRequested, this, &QueuePage::focusList);
    // Hints are quiet: one step towards the background.
    for (QLabel *label : {ui->searchHintLabel, ui->loadingLabel, ui->resultCountLabel})
        label->setForegroundRole(QPalette::PlaceholderText);
    ui->loadingLabel->hide();
    m_loadingDelay.setSingleShot(true);
    m_loadingDelay.setInterval(200);
    connect(&m_loadingDelay, &QTimer::timeout, ui->loadingLabel, &QWidget::show);

    setupView();
    setupShortcuts();
    restoreSettings();
    connect(ui->detailPane, &ApplicationDetailPane::personalDataRevealed, this, &QueuePage::auditReveal);
    // The operator starts on the list, not in the search box.
    setFocusProxy(ui->queueView);
    ui->queueView->setFocus(Qt::OtherFocusReason);
}

QueuePage::~QueuePage()
{
    saveLayout();
    // The model and the view are children, destroyed after this body: nothing
    // they emit on the way out may reach a half-destroyed page.
    m_model->disconnect(this);
    ui->queueView->selectionModel()->disconnect(this);
    // The filter bar filters events of the form's widgets through `ui`, which
    // this destructor frees before the widgets themselves are destroyed (their
    // destructors still send events): it goes first (ASan: use after free).
    delete m_filterBar;
    m_filterBar = nullptr;
}

ApplicationDetailPane *QueuePage::detailPane() const
{
    return ui->detailPane;
}

void QueuePage::focusList()
{
    ui->queueView->setFocus(Qt::OtherFocusReason);
}

// ---------------------------------------------------------------- filters

void QueuePage::applySavedView(SavedView view)
{
    const QueueFilter current = m_filterBar->filterFromWidgets(m_model->filter());
    QueueFilter filter = savedViewFilter(view);
    filter.search = current.search;
    filter.sortKey = current.sortKey;
    filter.descending = current.descending;
    applyFilter(filter);
}

void QueuePage::applyWidgetFilter()
{
    applyFilter(m_filterBar->filterFromWidgets(m_model->filter()));
}

void QueuePage::applyFilter(QueueFilter filter)
{
    m_filterBar->cancelPendingSearch();
    filter.search = filter.search.trimmed();
    m_filterBar->showFilter(filter);
    m_model->setFilter(filter);
    // Restored at the next start; toVariant() leaves out the search, which may
    // hold a customer's phone number.
    m_settings.set(Settings::Key::QueueFilter, filter.toVariant());
    m_filterBar->showCurrentView(m_model->filter());
    updateSortIndicator();
}

void QueuePage::submitSearch()
{
    // The customer on the phone read out their number: Enter opens it when it
    // is the only match (now, or once the search has been answered).
    const QueueFilter wanted = m_filterBar->filterFromWidgets(m_model->filter());
    const bool alreadyShown = wanted == m_model->filter() && !m_model->isLoading();
    applyFilter(wanted);
    focusList();
    m_openSingleResult = !wanted.search.isEmpty();
    if (alreadyShown)
        settled();
}

// ---------------------------------------------------------------- the list

void QueuePage::setupView()
{
    QTableView *view = ui->queueView;
    view->setModel(m_model);
    view->setItemDelegateForColumn(QueueModel::RiskColumn, new RiskFlagsDelegate(view));
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    view->setTextElideMode(Qt::ElideRight);

    // The database sorts: the header only asks for an order and shows it.
    view->setSortingEnabled(false);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::sectionClicked, this, &QueuePage::sortBySection);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header](const QPoint &position) { QueueColumns::showMenu(header, position, this); });
    QueueColumns::setDefaults(header);

    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QueuePage::selectionChanged);
    connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = index.data(QueueModel::IdRole).toLongLong(); id > 0) {
            openDetail();
            Q_EMIT openRequested(id);
        }
    });

    connect(m_model, &QueueModel::refreshAboutToApply, this, &QueuePage::rememberAnchor);
    connect(m_model, &QueueModel::refreshApplied, this, &QueuePage::restoreAnchor);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_resetSelectedId = selectedId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueuePage::modelWasReset);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &QueuePage::updateListState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &QueuePage::updateListState);
    connect(m_model, &QueueModel::settled, this, &QueuePage::settled);
    connect(m_model, &QueueModel::loadingChanged, this, [this](bool loading) {
        if (loading) {
            m_loadingDelay.start();
        } else {
            m_loadingDelay.stop();
            ui->loadingLabel->hide();
        }
    });

    // Said in the list itself, where the operator is looking.
    m_emptyLabel = new QLabel(view->viewport());
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->hide();
    view->viewport()->installEventFilter(this);

    // The quick look holds text only (no viewer): the list gets most of the room.
    ui->splitter->setStretchFactor(0, 3);
    ui->splitter->setStretchFactor(1, 2);
    ui->splitter->setSizes({780, 520});
    ui->detailPane->setMinimumWidth(320);
}

void QueuePage::sortBySection(int section)
{
    // QHeaderView flips its indicator on every click; the filter decides.
    const std::optional<QueueSortKey> key = QueueColumns::sortKeyOfColumn(section);
    if (!key) {
        updateSortIndicator();
        return;
    }
    QueueFilter filter = m_filterBar->filterFromWidgets(m_model->filter());
    if (filter.sortKey == *key) {
        filter.descending = !filter.descending;
    } else {
        filter.sortKey = *key;
        filter.descending = false;
    }
    applyFilter(filter);
}

void QueuePage::updateSortIndicator()
{
    const QueueFilter filter = m_model->filter();
    ui->queueView->horizontalHeader()->setSortIndicator(QueueColumns::columnOfSortKey(filter.sortKey),
                                                        filter.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

qint64 QueuePage::selectedId() const
{
    const QModelIndexList rows = ui->queueView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(QueueModel::IdRole).toLongLong();
}

bool QueuePage::selectId(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    ui->queueView->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void QueuePage::rememberAnchor()
{
    const QModelIndex top = ui->queueView->indexAt(QPoint(1, 1));
    m_anchorTopId = top.isValid() ? top.data(QueueModel::IdRole).toLongLong() : 0;
    m_anchorSelectedId = selectedId();
    m_restoringAnchor = true; // rows change one by one: no detail loads meanwhile
}

void QueuePage::restoreAnchor()
{
    if (m_anchorSelectedId != 0 && selectedId() != m_anchorSelectedId)
        selectId(m_anchorSelectedId);
    const int top = m_model->rowOfId(m_anchorTopId);
    if (top >= 0)
        ui->queueView->scrollTo(m_model->index(top, 0), QAbstractItemView::PositionAtTop);
    m_restoringAnchor = false;

    // The selected application may have changed elsewhere (claimed, decided).
    const int row = m_model->rowOfId(m_detailId);
    if (m_detailId != 0 && row >= 0) {
        const QueueRow &fresh = m_model->rowAt(row);
        if (fresh.version != ui->detailPane->applicationVersion() || fresh.riskFlags != m_detailFlags)
            loadDetail(fresh.id, fresh.riskFlags);
    } else {
        selectionChanged();
    }
}

void QueuePage::modelWasReset()
{
    // A new filter: keep the selection when the application is still listed; a
    // search that finds exactly one application selects it.
    const qint64 previous = m_resetSelectedId;
    m_resetSelectedId = 0;
    if (!selectId(previous) && m_model->rowCount() == 1 && !m_model->filter().search.isEmpty())
        selectId(m_model->rowAt(0).id);
    selectionChanged();
    updateListState();
}

void QueuePage::settled()
{
    updateListState();
    if (!m_openSingleResult || m_model->isLoading())
        return;
    m_openSingleResult = false;
    if (m_model->rowCount() == 1 && !m_model->filter().search.isEmpty())
        Q_EMIT openRequested(m_model->rowAt(0).id);
}

void QueuePage::updateListState()
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        ui->resultCountLabel->clear();
    else if (m_model->canFetchMore({}))
        ui->resultCountLabel->setText(tr("%1+ applications").arg(rows));
    else
        ui->resultCountLabel->setText(rows == 1 ? tr("1 application") : tr("%1 applications").arg(rows));

    if (rows > 0 || m_model->isLoading()) {
        m_emptyLabel->hide();
        return;
    }
    m_emptyLabel->setText(m_model->isConnected() ? tr("No applications match these filters.")
                                                 : tr("The queue cannot be read right now; retrying…"));
    m_emptyLabel->setGeometry(ui->queueView->viewport()->rect().adjusted(16, 16, -16, -16));
    m_emptyLabel->show();
}

// ---------------------------------------------------------------- details

void QueuePage::selectionChanged()
{
    if (m_restoringAnchor)
        return;
    const qint64 id = selectedId();
    if (id == m_detailId)
        return;
    if (id == 0) {
        m_detailId = 0;
        m_detailSlot.cancel();
        ui->detailPane->clear();
        return;
    }
    loadDetail(id, m_model->rowAt(m_model->rowOfId(id)).riskFlags);
}

void QueuePage::loadDetail(qint64 id, int riskFlags)
{
    m_detailId = id;
    m_detailFlags = riskFlags;
    ui->detailPane->showLoading();
    const qint64 operatorId = m_identity.id;
    m_runner.runDatabase(
        m_detailSlot, this,
        [id, operatorId](const Database &database) { return QueueRepository(database, operatorId).detail(id); },
        [this, riskFlags](const std::optional<ApplicationDetail> &detail) {
            if (detail)
                ui->detailPane->showDetail(*detail, riskFlags);
            else
                ui->detailPane->showError(tr("This application no longer exists."));
        },
        [this](const JobError &error) {
            // A sentence, not the server's words (those are in the status bar's tooltip).
            ui->detailPane->showError(error.isConnectionLost()
                                          ? tr("The database cannot be reached right now. The details "
                                               "will be shown again once it answers.")
                                          : tr("The details of this application could not be read. "
                                               "Select it again to retry."));
        });
}

void QueuePage::openDetail()
{
    // Bring a collapsed pane back before moving into it.
    QList<int> sizes = ui->splitter->sizes();
    if (sizes.size() == 2 && sizes.at(1) == 0) {
        const int total = sizes.at(0);
        ui->splitter->setSizes({total * 2 / 3, total / 3});
    }
    ui->detailPane->focusContent();
}

void QueuePage::auditReveal(qint64 applicationId, const QString &subject)
{
    // Ids only: the row says who saw whose data, not the data.
    const qint64 operatorId = m_identity.id;
    m_runner.postDatabase(
        [operatorId, applicationId, subject](const Database &database) {
            AuditRepository(database).recordPersonalDataReveal(operatorId, applicationId, subject);
        },
        tr("Recording that personal data was shown"));
}

// ---------------------------------------------------------------- keyboard, state

void QueuePage::setupShortcuts()
{
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        ui->searchEdit->selectAll();
    });
    // Esc in the details goes back to the list.
    auto *back =
        new QShortcut(QKeySequence(Qt::Key_Escape), ui->detailPane, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, &QueuePage::focusList);
    // N on the list: the most urgent application, claimed.
    auto *next = new QShortcut(QKeySequence(Qt::Key_N), ui->queueView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(next, &QShortcut::activated, this, &QueuePage::nextRequested);

    // One action for F5, shared with the window's View menu (two shortcuts for
    // the same key would cancel each other out).
    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setToolTip(tr("Read the queue again (F5)"));
    connect(m_refreshAction, &QAction::triggered, m_model, &QueueModel::refresh);
    addAction(m_refreshAction);
}

void QueuePage::restoreSettings()
{
    const QVariantMap saved = m_settings.get(Settings::Key::QueueFilter).toMap();
    QueueFilter filter = saved.isEmpty() ? QueueFilterBar::defaultFilter() : QueueFilter::fromVariant(saved);
    // Desks saved the old default (pending and in review) on every start: those
    // would never see second reviews. That exact pair is taken as the default.
    if (filter.statuses == QList<ApplicationStatus>{ApplicationStatus::Pending, ApplicationStatus::InReview})
        filter.statuses.append(ApplicationStatus::AwaitingSecondReview);
    applyFilter(filter);
    QHeaderView *header = ui->queueView->horizontalHeader();
    if (!header->restoreState(m_settings.get(Settings::Key::QueueHeader).toByteArray()))
        QueueColumns::setDefaults(header);
    header->setSortIndicatorShown(true);
    header->setSectionHidden(QueueModel::NumberColumn, false);
    updateSortIndicator();
    ui->splitter->restoreState(m_settings.get(Settings::Key::QueueSplitter).toByteArray());
}

void QueuePage::saveLayout() const
{
    m_settings.set(Settings::Key::QueueHeader, ui->queueView->horizontalHeader()->saveState());
    m_settings.set(Settings::Key::QueueSplitter, ui->splitter->saveState());
}

bool QueuePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == ui->queueView->viewport() && event->type() == QEvent::Resize && m_emptyLabel)
        m_emptyLabel->setGeometry(ui->queueView->viewport()->rect().adjusted(16, 16, -16, -16));
    return QWidget::eventFilter(watched, event);
}

} // namespace reissuedesk
