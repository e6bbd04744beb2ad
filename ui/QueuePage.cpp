#include "ui/QueuePage.h"

#include "models/DatabaseWorker.h"
#include "models/QueueModel.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/QueueRepository.h"
#include "storage/StorageError.h"
#include "ui/ApplicationDetailPane.h"
#include "ui/DocumentsPanel.h"
#include "ui/RiskFlagsDelegate.h"
#include "ui_QueuePage.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>

namespace reissuedesk {
namespace {

const QString lastFilterKey = QStringLiteral("queue/lastFilter");
const QString headerKey = QStringLiteral("queue/header");
const QString splitterKey = QStringLiteral("queue/splitter");

// The date edits' minimum stands for "no limit" (shown as their special value text).
const QDate anyDate(2000, 1, 1);

QList<ApplicationStatus> openStatuses()
{
    return {ApplicationStatus::Pending, ApplicationStatus::InReview, ApplicationStatus::AwaitingSecondReview};
}

// Two filters show the same saved view when they differ only in search and order.
bool sameView(QueueFilter a, QueueFilter b)
{
    for (QueueFilter *filter : {&a, &b}) {
        std::sort(filter->statuses.begin(), filter->statuses.end());
        filter->search.clear();
        filter->sortKey = QueueSortKey::Deadline;
        filter->descending = false;
    }
    return a == b;
}

std::optional<QueueSortKey> sortKeyOfColumn(int column)
{
    switch (column) {
    case QueueModel::NumberColumn:
        return QueueSortKey::Number;
    case QueueModel::SubmittedColumn:
        return QueueSortKey::Submitted;
    case QueueModel::TimeLeftColumn:
        return QueueSortKey::Deadline;
    default:
        return std::nullopt;
    }
}

int columnOfSortKey(QueueSortKey key)
{
    switch (key) {
    case QueueSortKey::Number:
        return QueueModel::NumberColumn;
    case QueueSortKey::Submitted:
        return QueueModel::SubmittedColumn;
    case QueueSortKey::Deadline:
        break;
    }
    return QueueModel::TimeLeftColumn;
}

QString searchKindText(QueueSearch::Kind kind)
{
    switch (kind) {
    case QueueSearch::Kind::None:
        return {};
    case QueueSearch::Kind::ApplicationNumber:
        return QueuePage::tr("application number");
    case QueueSearch::Kind::ApplicationNumberPrefix:
        return QueuePage::tr("application number prefix");
    case QueueSearch::Kind::Phone:
        return QueuePage::tr("phone number");
    case QueueSearch::Kind::PhonePrefix:
        return QueuePage::tr("phone number prefix");
    case QueueSearch::Kind::CardLast4:
        return QueuePage::tr("last 4 card digits");
    case QueueSearch::Kind::Iccid:
        return QueuePage::tr("ICCID");
    case QueueSearch::Kind::Name:
        return QueuePage::tr("name prefix");
    }
    return {};
}

} // namespace

QueuePage::QueuePage(const Database &database, qint64 operatorId, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::QueuePage>())
    , m_database(database)
    , m_operatorId(operatorId)
    , m_model(new QueueModel(database, operatorId, this))
    , m_worker(std::make_unique<DatabaseWorker>(database))
{
    ui->setupUi(this);
    setupFilterBar();
    setupView();
    setupShortcuts();
    restoreSettings();
    m_model->setLiveUpdates(true);

    // Document views are audited on the detail worker; the watermark names the
    // operator by login, looked up there too.
    DocumentsPanel *documents = ui->detailPane->documentsPanel();
    documents->setAuditWorker(m_worker.get());
    documents->setViewer({}, operatorId);
    if (operatorId > 0) {
        m_worker->post([this, operatorId] {
            try {
                const QString login = AuditRepository(m_database).actorLogin(operatorId);
                DatabaseWorker::deliver(this, [this, login, operatorId] {
                    ui->detailPane->documentsPanel()->setViewer(login, operatorId);
                });
            } catch (const StorageError &) {
                m_database.dropThreadConnection(); // the watermark says "operator #id" instead
            }
        });
    }
}

QueuePage::~QueuePage()
{
    saveLayout();
    m_worker.reset(); // joins the thread: no detail result arrives after this
    // The model and the view are children, destroyed after this body: nothing
    // they emit on the way out may reach a half-destroyed page.
    m_model->disconnect(this);
    ui->queueView->selectionModel()->disconnect(this);
}

ApplicationDetailPane *QueuePage::detailPane() const { return ui->detailPane; }

void QueuePage::setDocumentLoader(DocumentLoader *loader) { ui->detailPane->setDocumentLoader(loader); }

// ---------------------------------------------------------------- filter bar

void QueuePage::setupFilterBar()
{
    m_statusMenu = new QMenu(this);
    for (const ApplicationStatus status : allApplicationStatuses()) {
        QAction *action = m_statusMenu->addAction(ApplicationDetailPane::statusText(status));
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, &QueuePage::applyWidgetFilter);
        m_statusActions.append({status, action});
    }
    // Ticking several statuses should not take several trips to the button.
    m_statusMenu->installEventFilter(this);
    ui->statusButton->setMenu(m_statusMenu);

    ui->reasonCombo->addItem(tr("Any reason"));
    for (const ReplacementReason reason :
         {ReplacementReason::Lost, ReplacementReason::Damaged, ReplacementReason::Other})
        ui->reasonCombo->addItem(ApplicationDetailPane::reasonText(reason), toKey(reason));
    ui->channelCombo->addItem(tr("Any channel"));
    for (const SalesChannel channel : {SalesChannel::Direct, SalesChannel::Agent})
        ui->channelCombo->addItem(ApplicationDetailPane::channelText(channel), toKey(channel));
    connect(ui->reasonCombo, &QComboBox::currentIndexChanged, this, &QueuePage::applyWidgetFilter);
    connect(ui->channelCombo, &QComboBox::currentIndexChanged, this, &QueuePage::applyWidgetFilter);
    for (QCheckBox *check : {ui->overdueCheck, ui->heldByMeCheck, ui->flaggedCheck})
        connect(check, &QCheckBox::toggled, this, &QueuePage::applyWidgetFilter);

    for (QDateEdit *edit : {ui->submittedFromEdit, ui->submittedToEdit}) {
        edit->setMinimumDate(anyDate);
        edit->setDate(anyDate);
        edit->calendarWidget()->installEventFilter(this);
        connect(edit, &QDateEdit::dateChanged, this, &QueuePage::applyWidgetFilter);
    }
    connect(ui->resetFiltersButton, &QToolButton::clicked, this, [this] {
        QueueFilter filter;
        filter.search = ui->searchEdit->text();
        applyFilter(filter);
    });

    // Typing a phone number should not run a query per digit.
    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(250);
    connect(&m_searchDebounce, &QTimer::timeout, this, &QueuePage::applyWidgetFilter);
    connect(ui->searchEdit, &QLineEdit::textChanged, this, [this] {
        updateSearchHint();
        m_searchDebounce.start();
    });
    connect(ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        applyWidgetFilter();
        ui->queueView->setFocus(Qt::ShortcutFocusReason);
    });
    ui->searchEdit->installEventFilter(this);

    const std::pair<QToolButton *, SavedView> views[] = {
        {ui->allOpenViewButton, SavedView::AllOpen},       {ui->overdueViewButton, SavedView::Overdue},
        {ui->agentSalesViewButton, SavedView::AgentSales}, {ui->mineViewButton, SavedView::Mine},
        {ui->flaggedViewButton, SavedView::Flagged},
    };
    // Chips, so that the current view is visible at a glance.
    const QString chipStyle = QStringLiteral("QToolButton { padding: 3px 12px; border: 1px solid #c9ced6; "
                                             "border-radius: 11px; background: palette(base); }"
                                             "QToolButton:hover { background: #eef3fb; }"
                                             "QToolButton:checked { background: #dceafd; border-color: "
                                             "#8ab4f8; color: #0b57d0; font-weight: 600; }");
    for (const auto &[button, view] : views) {
        button->setStyleSheet(chipStyle);
        connect(button, &QToolButton::clicked, this, [this, savedView = view] { applySavedView(savedView); });
    }

    // Hints are quiet: one step towards the background.
    for (QLabel *label : {ui->searchHintLabel, ui->loadingLabel, ui->resultCountLabel})
        label->setForegroundRole(QPalette::PlaceholderText);
    ui->loadingLabel->hide();
    m_loadingDelay.setSingleShot(true);
    m_loadingDelay.setInterval(200);
    connect(&m_loadingDelay, &QTimer::timeout, ui->loadingLabel, &QWidget::show);
}

QueueFilter QueuePage::savedViewFilter(SavedView view)
{
    QueueFilter filter;
    filter.statuses = openStatuses();
    switch (view) {
    case SavedView::AllOpen:
        break;
    case SavedView::Overdue:
        filter.overdueOnly = true;
        break;
    case SavedView::AgentSales:
        filter.channel = SalesChannel::Agent;
        break;
    case SavedView::Mine:
        filter.heldByMe = true;
        break;
    case SavedView::Flagged:
        filter.flaggedOnly = true;
        break;
    }
    return filter;
}

void QueuePage::applySavedView(SavedView view)
{
    const QueueFilter current = filterFromWidgets();
    QueueFilter filter = savedViewFilter(view);
    filter.search = current.search;
    filter.sortKey = current.sortKey;
    filter.descending = current.descending;
    applyFilter(filter);
}

QueueFilter QueuePage::filterFromWidgets() const
{
    QueueFilter filter = m_model->filter(); // the sort order lives in the header
    filter.statuses.clear();
    for (const auto &[status, action] : m_statusActions) {
        if (action->isChecked())
            filter.statuses.append(status);
    }
    filter.reason = replacementReasonFromKey(ui->reasonCombo->currentData().toString());
    filter.channel = salesChannelFromKey(ui->channelCombo->currentData().toString());
    filter.overdueOnly = ui->overdueCheck->isChecked();
    filter.heldByMe = ui->heldByMeCheck->isChecked();
    filter.flaggedOnly = ui->flaggedCheck->isChecked();
    filter.submittedFrom = ui->submittedFromEdit->date() == anyDate ? QDate() : ui->submittedFromEdit->date();
    filter.submittedTo = ui->submittedToEdit->date() == anyDate ? QDate() : ui->submittedToEdit->date();
    filter.search = ui->searchEdit->text().trimmed();
    return filter;
}

void QueuePage::showFilter(const QueueFilter &filter)
{
    const QSignalBlocker menuBlocker(m_statusMenu);
    for (const auto &[status, action] : m_statusActions) {
        const QSignalBlocker blocker(action);
        action->setChecked(filter.statuses.contains(status));
    }
    auto selectData = [](QComboBox *combo, const QString &key) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(std::max(0, combo->findData(key)));
    };
    selectData(ui->reasonCombo, filter.reason ? toKey(*filter.reason) : QString());
    selectData(ui->channelCombo, filter.channel ? toKey(*filter.channel) : QString());
    const std::pair<QCheckBox *, bool> checks[] = {{ui->overdueCheck, filter.overdueOnly},
                                                   {ui->heldByMeCheck, filter.heldByMe},
                                                   {ui->flaggedCheck, filter.flaggedOnly}};
    for (const auto &[check, checked] : checks) {
        const QSignalBlocker blocker(check);
        check->setChecked(checked);
    }
    const std::pair<QDateEdit *, QDate> dates[] = {{ui->submittedFromEdit, filter.submittedFrom},
                                                   {ui->submittedToEdit, filter.submittedTo}};
    for (const auto &[edit, date] : dates) {
        const QSignalBlocker blocker(edit);
        edit->setDate(date.isValid() ? date : anyDate);
    }
    if (ui->searchEdit->text().trimmed() != filter.search) {
        const QSignalBlocker blocker(ui->searchEdit);
        ui->searchEdit->setText(filter.search);
    }
    updateStatusButtonText();
    updateSearchHint();
}

void QueuePage::applyFilter(QueueFilter filter)
{
    m_searchDebounce.stop();
    filter.search = filter.search.trimmed();
    showFilter(filter);
    m_model->setFilter(filter);
    // Restored at the next start; toVariant() leaves out the search, which may
    // hold a customer's phone number.
    QSettings().setValue(lastFilterKey, filter.toVariant());
    updateViewButtons();
    updateSortIndicator();
}

void QueuePage::updateStatusButtonText()
{
    QList<ApplicationStatus> checked;
    QStringList names;
    for (const auto &[status, action] : m_statusActions) {
        if (action->isChecked()) {
            checked.append(status);
            names.append(action->text());
        }
    }
    QString summary;
    if (checked.isEmpty() || checked.size() == m_statusActions.size())
        summary = tr("any");
    else if (checked == openStatuses())
        summary = tr("open");
    else if (checked.size() <= 2)
        summary = names.join(QStringLiteral(", "));
    else
        summary = tr("%1 statuses").arg(checked.size());
    ui->statusButton->setText(tr("Status: %1").arg(summary));
}

void QueuePage::updateSearchHint()
{
    const QString kind = searchKindText(QueueSearch::classify(ui->searchEdit->text()).kind);
    ui->searchHintLabel->setText(kind.isEmpty() ? QString() : tr("Searching by %1").arg(kind));
}

void QueuePage::updateViewButtons()
{
    const QueueFilter current = m_model->filter();
    const std::pair<QToolButton *, SavedView> views[] = {
        {ui->allOpenViewButton, SavedView::AllOpen},       {ui->overdueViewButton, SavedView::Overdue},
        {ui->agentSalesViewButton, SavedView::AgentSales}, {ui->mineViewButton, SavedView::Mine},
        {ui->flaggedViewButton, SavedView::Flagged},
    };
    for (const auto &[button, view] : views)
        button->setChecked(sameView(current, savedViewFilter(view)));
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
    connect(header, &QHeaderView::customContextMenuRequested, this, &QueuePage::showHeaderMenu);
    setDefaultColumns();

    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &QueuePage::selectionChanged);
    connect(view, &QAbstractItemView::activated, this, &QueuePage::openDetail);

    connect(m_model, &QueueModel::refreshAboutToApply, this, &QueuePage::rememberAnchor);
    connect(m_model, &QueueModel::refreshApplied, this, &QueuePage::restoreAnchor);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_resetSelectedId = selectedId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueuePage::modelWasReset);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &QueuePage::updateListState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &QueuePage::updateListState);
    connect(m_model, &QueueModel::settled, this, &QueuePage::updateListState);
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

    ui->splitter->setStretchFactor(0, 1);
    ui->splitter->setStretchFactor(1, 0);
    // The details pane holds the document viewer: give it room.
    ui->splitter->setSizes({880, 820});
    ui->detailPane->setMinimumWidth(320);
}

void QueuePage::setDefaultColumns()
{
    QHeaderView *header = ui->queueView->horizontalHeader();
    const QFontMetrics metrics = fontMetrics();
    auto width = [&](const QString &sample) { return metrics.horizontalAdvance(sample) + 28; };
    const std::pair<int, int> widths[] = {
        {QueueModel::NumberColumn, width(QStringLiteral("BK20261124-000123"))},
        {QueueModel::SubmittedColumn, width(QStringLiteral("11-24 09:12"))},
        {QueueModel::TimeLeftColumn, width(tr("overdue 23 h 59 min"))},
        {QueueModel::ApplicantColumn, width(QStringLiteral("欧阳娜娜"))},
        {QueueModel::PhoneColumn, width(QStringLiteral("138****5678"))},
        {QueueModel::ReasonColumn, width(tr("Damaged"))},
        {QueueModel::ChannelColumn, width(tr("Channel"))},
        {QueueModel::RiskColumn, width(QStringLiteral("P ID R D")) + 16},
        {QueueModel::StatusColumn, width(tr("Second review"))},
        {QueueModel::HolderColumn, width(QStringLiteral("operator"))},
    };
    for (const auto &[column, pixels] : widths) {
        header->setSectionHidden(column, false);
        header->moveSection(header->visualIndex(column), column);
        header->resizeSection(
            column, std::max(pixels, width(m_model->headerData(column, Qt::Horizontal).toString())));
    }
}

void QueuePage::sortBySection(int section)
{
    // QHeaderView flips its indicator on every click; the filter decides.
    const std::optional<QueueSortKey> key = sortKeyOfColumn(section);
    if (!key) {
        updateSortIndicator();
        return;
    }
    QueueFilter filter = filterFromWidgets();
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
    ui->queueView->horizontalHeader()->setSortIndicator(
        columnOfSortKey(filter.sortKey), filter.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void QueuePage::showHeaderMenu(const QPoint &position)
{
    QHeaderView *header = ui->queueView->horizontalHeader();
    QMenu menu(this);
    int visible = 0;
    for (int column = 0; column < m_model->columnCount(); ++column)
        visible += header->isSectionHidden(column) ? 0 : 1;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The number identifies the row; and some column must stay.
        action->setEnabled(column != QueueModel::NumberColumn && !(visible == 1 && action->isChecked()));
        connect(action, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.addSeparator();
    connect(menu.addAction(tr("Reset columns")), &QAction::triggered, this, &QueuePage::setDefaultColumns);
    menu.exec(header->mapToGlobal(position));
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
    ui->queueView->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void QueuePage::rememberAnchor()
{
    const QModelIndex top = ui->queueView->indexAt(QPoint(1, 1));
    m_anchorTopId = top.isValid() ? top.data(QueueModel::IdRole).toLongLong() : 0;
    m_anchorSelectedId = selectedId();
    m_restoringAnchor = true; // rows move one by one: no detail loads meanwhile
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
    // search that finds exactly one application opens it (the customer on the
    // phone just read out their number).
    const qint64 previous = m_resetSelectedId;
    m_resetSelectedId = 0;
    if (!selectId(previous) && m_model->rowCount() == 1 && !m_model->filter().search.isEmpty())
        selectId(m_model->rowAt(0).id);
    selectionChanged();
    updateListState();
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
        ++m_detailGeneration;
        ui->detailPane->clear();
        return;
    }
    DocumentsPanel::traceSelection(id);
    loadDetail(id, m_model->rowAt(m_model->rowOfId(id)).riskFlags);
}

void QueuePage::loadDetail(qint64 id, int riskFlags)
{
    m_detailId = id;
    m_detailFlags = riskFlags;
    const quint64 generation = ++m_detailGeneration;
    ui->detailPane->showLoading();
    // The row below is where the operator most likely goes next: its documents
    // are fetched and decoded while this one is read.
    const int row = m_model->rowOfId(id);
    const qint64 nextId = row >= 0 && row + 1 < m_model->rowCount() ? m_model->rowAt(row + 1).id : 0;
    m_worker->post([this, id, nextId, riskFlags, generation] {
        try {
            const QueueRepository repository(m_database, m_operatorId);
            const std::optional<ApplicationDetail> detail = repository.detail(id);
            DatabaseWorker::deliver(this, [this, detail, riskFlags, generation] {
                if (generation != m_detailGeneration)
                    return; // the operator has moved on
                if (detail)
                    ui->detailPane->showDetail(*detail, riskFlags);
                else
                    ui->detailPane->showError(tr("This application no longer exists."));
            });
            if (nextId != 0) {
                // Best effort: a failure here costs a prefetch, not the details.
                std::optional<ApplicationDetail> next;
                try {
                    next = repository.detail(nextId);
                } catch (const StorageError &) {
                    m_database.dropThreadConnection();
                }
                if (next) {
                    DatabaseWorker::deliver(this, [this, documents = next->documents, generation] {
                        if (generation == m_detailGeneration)
                            ui->detailPane->documentsPanel()->prefetch(documents);
                    });
                }
            }
        } catch (const StorageError &error) {
            m_database.dropThreadConnection();
            const QString message = error.message();
            DatabaseWorker::deliver(this, [this, message, generation] {
                if (generation == m_detailGeneration)
                    ui->detailPane->showError(tr("The application could not be loaded:\n%1").arg(message));
            });
        }
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

// ---------------------------------------------------------------- keyboard, state

void QueuePage::setupShortcuts()
{
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        ui->searchEdit->selectAll();
    });
    // Esc in the details goes back to the list.
    auto *back = new QShortcut(QKeySequence(Qt::Key_Escape), ui->detailPane, nullptr, nullptr,
                               Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, [this] { ui->queueView->setFocus(Qt::ShortcutFocusReason); });

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
    QSettings settings;
    const QVariant saved = settings.value(lastFilterKey);
    applyFilter(saved.isValid() ? QueueFilter::fromVariant(saved.toMap()) : QueueFilter());
    QHeaderView *header = ui->queueView->horizontalHeader();
    if (!header->restoreState(settings.value(headerKey).toByteArray()))
        setDefaultColumns();
    header->setSortIndicatorShown(true);
    header->setSectionHidden(QueueModel::NumberColumn, false);
    updateSortIndicator();
    ui->splitter->restoreState(settings.value(splitterKey).toByteArray());
}

void QueuePage::saveLayout() const
{
    QSettings settings;
    settings.setValue(headerKey, ui->queueView->horizontalHeader()->saveState());
    settings.setValue(splitterKey, ui->splitter->saveState());
}

bool QueuePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == ui->searchEdit && event->type() == QEvent::KeyPress) {
        if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            if (ui->searchEdit->text().isEmpty()) {
                ui->queueView->setFocus(Qt::ShortcutFocusReason);
            } else {
                ui->searchEdit->clear();
                applyWidgetFilter();
            }
            return true;
        }
    } else if (watched == m_statusMenu && event->type() == QEvent::MouseButtonRelease) {
        // Toggle without closing the menu.
        if (QAction *action = m_statusMenu->activeAction();
            action && action->isCheckable() && action->isEnabled()) {
            action->toggle();
            return true;
        }
    } else if (event->type() == QEvent::Show) {
        // A calendar opened on "any" starts at this month, not at year 2000.
        for (QDateEdit *edit : {ui->submittedFromEdit, ui->submittedToEdit}) {
            if (watched == edit->calendarWidget() && edit->date() == anyDate) {
                const QDate today = QDate::currentDate();
                edit->calendarWidget()->setCurrentPage(today.year(), today.month());
            }
        }
    } else if (watched == ui->queueView->viewport() && event->type() == QEvent::Resize && m_emptyLabel) {
        m_emptyLabel->setGeometry(ui->queueView->viewport()->rect().adjusted(16, 16, -16, -16));
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace reissuedesk
