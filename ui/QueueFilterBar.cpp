#include "ui/QueueFilterBar.h"

#include "models/ReviewTexts.h"

#include "ui_QueuePage.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QMenu>

namespace reissuedesk {
namespace {

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

QString searchKindText(QueueSearch::Kind kind)
{
    switch (kind) {
    case QueueSearch::Kind::None:
        return {};
    case QueueSearch::Kind::ApplicationNumber:
        return QueueFilterBar::tr("application number");
    case QueueSearch::Kind::ApplicationNumberPrefix:
        return QueueFilterBar::tr("application number prefix");
    case QueueSearch::Kind::Phone:
        return QueueFilterBar::tr("phone number");
    case QueueSearch::Kind::PhonePrefix:
        return QueueFilterBar::tr("phone number prefix");
    case QueueSearch::Kind::CardLast4:
        return QueueFilterBar::tr("last 4 card digits");
    case QueueSearch::Kind::Iccid:
        return QueueFilterBar::tr("ICCID");
    case QueueSearch::Kind::Name:
        return QueueFilterBar::tr("name prefix");
    }
    return {};
}

} // namespace

QueueFilterBar::QueueFilterBar(Ui::QueuePage *form, QWidget *page)
    : QObject(page)
    , ui(form)
{
    m_statusMenu = new QMenu(page);
    for (const ApplicationStatus status : allApplicationStatuses()) {
        QAction *action = m_statusMenu->addAction(ReviewTexts::statusText(status));
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, [this] {
            updateStatusButtonText();
            Q_EMIT filterEdited();
        });
        m_statusActions.append({status, action});
    }
    // Ticking several statuses should not take several trips to the button.
    m_statusMenu->installEventFilter(this);
    ui->statusButton->setMenu(m_statusMenu);

    ui->reasonCombo->addItem(tr("Any reason"));
    for (const ReplacementReason reason :
         {ReplacementReason::Lost, ReplacementReason::Damaged, ReplacementReason::Other})
        ui->reasonCombo->addItem(ReviewTexts::reasonText(reason), toKey(reason));
    ui->channelCombo->addItem(tr("Any channel"));
    for (const SalesChannel channel : {SalesChannel::Direct, SalesChannel::Agent})
        ui->channelCombo->addItem(ReviewTexts::salesChannelText(channel), toKey(channel));
    connect(ui->reasonCombo, &QComboBox::currentIndexChanged, this, &QueueFilterBar::filterEdited);
    connect(ui->channelCombo, &QComboBox::currentIndexChanged, this, &QueueFilterBar::filterEdited);
    for (QCheckBox *check : {ui->overdueCheck, ui->heldByMeCheck, ui->flaggedCheck})
        connect(check, &QCheckBox::toggled, this, &QueueFilterBar::filterEdited);

    for (QDateEdit *edit : {ui->submittedFromEdit, ui->submittedToEdit}) {
        edit->setMinimumDate(anyDate);
        edit->setDate(anyDate);
        edit->calendarWidget()->installEventFilter(this);
        connect(edit, &QDateEdit::dateChanged, this, &QueueFilterBar::filterEdited);
    }
    connect(ui->resetFiltersButton, &QToolButton::clicked, this, [this] {
        QueueFilter filter = defaultFilter();
        filter.search = ui->searchEdit->text();
        Q_EMIT filterChosen(filter);
    });

    // Typing a phone number should not run a query per digit.
    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(250);
    connect(&m_searchDebounce, &QTimer::timeout, this, &QueueFilterBar::filterEdited);
    connect(ui->searchEdit, &QLineEdit::textChanged, this, [this] {
        updateSearchHint();
        m_searchDebounce.start();
    });
    connect(ui->searchEdit, &QLineEdit::returnPressed, this, &QueueFilterBar::searchSubmitted);
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
        connect(button, &QToolButton::clicked, this, [this, savedView = view] {
            QueueFilter filter = savedViewFilter(savedView);
            filter.search = ui->searchEdit->text().trimmed();
            Q_EMIT filterChosen(filter);
        });
    }
}

QueueFilterBar::~QueueFilterBar() = default;

QueueFilter QueueFilterBar::savedViewFilter(SavedView view)
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

QueueFilter QueueFilterBar::filterFromWidgets(const QueueFilter &base) const
{
    QueueFilter filter = base;
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

void QueueFilterBar::showFilter(const QueueFilter &filter)
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

void QueueFilterBar::showCurrentView(const QueueFilter &current)
{
    const std::pair<QToolButton *, SavedView> views[] = {
        {ui->allOpenViewButton, SavedView::AllOpen},       {ui->overdueViewButton, SavedView::Overdue},
        {ui->agentSalesViewButton, SavedView::AgentSales}, {ui->mineViewButton, SavedView::Mine},
        {ui->flaggedViewButton, SavedView::Flagged},
    };
    for (const auto &[button, view] : views)
        button->setChecked(sameView(current, savedViewFilter(view)));
}

void QueueFilterBar::updateStatusButtonText()
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

void QueueFilterBar::updateSearchHint()
{
    const QString kind = searchKindText(QueueSearch::classify(ui->searchEdit->text()).kind);
    ui->searchHintLabel->setText(kind.isEmpty() ? QString() : tr("Searching by %1").arg(kind));
}

bool QueueFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == ui->searchEdit && event->type() == QEvent::KeyPress) {
        if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            if (ui->searchEdit->text().isEmpty()) {
                Q_EMIT leaveRequested();
            } else {
                ui->searchEdit->clear();
                m_searchDebounce.stop();
                Q_EMIT filterEdited();
            }
            return true;
        }
    } else if (watched == m_statusMenu && event->type() == QEvent::MouseButtonRelease) {
        // Toggle without closing the menu.
        if (QAction *action = m_statusMenu->activeAction(); action && action->isCheckable() && action->isEnabled()) {
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
    }
    return QObject::eventFilter(watched, event);
}

} // namespace reissuedesk
