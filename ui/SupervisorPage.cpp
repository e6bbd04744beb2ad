#include "ui/SupervisorPage.h"

#include "models/DeadLetterModel.h"
#include "models/HoldsModel.h"
#include "models/OperatorListModel.h"
#include "models/SecondReviewQueueModel.h"
#include "models/SupervisorSession.h"
#include "ui_SupervisorPage.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <algorithm>

namespace reissuedesk {
namespace {

void setUpTable(QTableView *view, QAbstractItemModel *model)
{
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    // Short lists: every column as wide as what it holds, the last one takes the rest.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
}

qint64 selectedId(const QTableView *view, int role)
{
    const QModelIndex current = view->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(role).toLongLong() : 0;
}

} // namespace

SupervisorPage::SupervisorPage(JobRunner &runner, qint64 supervisorId, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::SupervisorPage>())
    , m_session(new SupervisorSession(runner, supervisorId, this))
{
    ui->setupUi(this);
    setUpTable(ui->holdsView, m_session->holds());
    setUpTable(ui->secondReviewView, m_session->secondReviews());
    setUpTable(ui->operatorsView, m_session->operators());
    setUpTable(ui->messagesView, m_session->deadLetters());
    ui->messagesView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    for (const QString &role : {QStringLiteral("operator"), QStringLiteral("supervisor"), QStringLiteral("admin")})
        ui->roleCombo->addItem(role, role);

    connect(m_session, &SupervisorSession::done, this, [this](const QString &text) { showMessage(text, false); });
    connect(m_session, &SupervisorSession::failed, this, [this](const QString &text) { showMessage(text, true); });
    connect(m_session, &SupervisorSession::reopened, this, &SupervisorPage::openRequested);
    connect(m_session, &SupervisorSession::refreshed, this, [this] {
        fillReassignChoices();
        updateOperatorButtons();
    });

    connect(ui->refreshButton, &QPushButton::clicked, m_session, &SupervisorSession::refresh);
    auto *refresh = new QShortcut(QKeySequence(Qt::Key_F5), this);
    refresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QShortcut::activated, m_session, &SupervisorSession::refresh);

    auto release = [this] {
        const qint64 id = selectedHeldApplication();
        if (id == 0)
            return showMessage(tr("Select a held application first."), true);
        m_session->release(id, ui->reasonEdit->text());
    };
    connect(ui->releaseButton, &QPushButton::clicked, this, release);
    connect(ui->reasonEdit, &QLineEdit::returnPressed, this, release);
    connect(ui->reassignButton, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedHeldApplication();
        if (id == 0)
            return showMessage(tr("Select a held application first."), true);
        m_session->reassign(id, ui->reassignCombo->currentData().toLongLong(), ui->reasonEdit->text());
    });
    auto reopen = [this] { m_session->reopen(ui->reopenNumberEdit->text(), ui->reopenReasonEdit->text()); };
    connect(ui->reopenButton, &QPushButton::clicked, this, reopen);
    connect(ui->reopenReasonEdit, &QLineEdit::returnPressed, this, reopen);

    connect(ui->operatorsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SupervisorPage::updateOperatorButtons);
    connect(ui->changeRoleButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedOperator())
            m_session->setOperatorRole(id, ui->roleCombo->currentData().toString());
    });
    connect(ui->activeButton, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedOperator();
        if (id == 0)
            return;
        const int row = m_session->operators()->rowOf(id);
        m_session->setOperatorActive(id, !m_session->operators()->operators().at(row).active);
    });
    updateOperatorButtons();

    connect(ui->retryMessagesButton, &QPushButton::clicked, this, [this] { askAboutMessages(true); });
    connect(ui->cancelMessagesButton, &QPushButton::clicked, this, [this] { askAboutMessages(false); });
    auto *retryKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), ui->messagesTab);
    retryKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(retryKey, &QShortcut::activated, this, [this] { askAboutMessages(true); });
    // Delete in the list: the view takes the key before any shortcut sees it.
    ui->messagesView->installEventFilter(this);
}

SupervisorPage::~SupervisorPage() = default;

QString SupervisorPage::message() const
{
    return ui->messageLabel->text();
}

bool SupervisorPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == ui->messagesView && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete) {
        askAboutMessages(false);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void SupervisorPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_session->refresh();
    m_session->setAutoRefresh(true);
}

void SupervisorPage::hideEvent(QHideEvent *event)
{
    m_session->setAutoRefresh(false);
    QWidget::hideEvent(event);
}

void SupervisorPage::showMessage(const QString &message, bool problem)
{
    ui->messageLabel->setText(message);
    ui->messageLabel->setStyleSheet(problem ? QStringLiteral("QLabel { color: #b01c1c; }") : QString());
}

void SupervisorPage::fillReassignChoices()
{
    const qint64 previous = ui->reassignCombo->currentData().toLongLong();
    ui->reassignCombo->clear();
    for (const Operator &person : m_session->operators()->operators()) {
        if (person.active)
            ui->reassignCombo->addItem(person.login, person.id);
    }
    if (const int index = ui->reassignCombo->findData(previous); index >= 0)
        ui->reassignCombo->setCurrentIndex(index);
}

qint64 SupervisorPage::selectedHeldApplication() const
{
    return selectedId(ui->holdsView, HoldsModel::IdRole);
}

qint64 SupervisorPage::selectedOperator() const
{
    return selectedId(ui->operatorsView, OperatorListModel::IdRole);
}

QList<qint64> SupervisorPage::selectedMessages() const
{
    QList<qint64> ids;
    QModelIndexList rows = ui->messagesView->selectionModel()->selectedRows(DeadLetterModel::NumberColumn);
    // The keyboard's row: focus arriving in the list, or its rows changing
    // under a refresh, makes a row current without selecting it, and the
    // focus frame on it is what the supervisor acts on.
    if (rows.isEmpty() && ui->messagesView->currentIndex().isValid())
        rows.append(ui->messagesView->currentIndex());
    for (const QModelIndex &row : rows)
        ids.append(row.data(DeadLetterModel::IdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

// Asked with open(), not exec(): the lists keep refreshing underneath, and the
// ids asked about are the ones acted on whatever the list shows by then.
void SupervisorPage::askAboutMessages(bool retry)
{
    const QList<qint64> ids = selectedMessages();
    if (ids.isEmpty())
        return showMessage(tr("Select one or more messages first."), true);
    if (!m_messageQuestion) {
        m_messageQuestion = new QMessageBox(QMessageBox::Question, tr("Customer messages"), QString(),
                                            QMessageBox::Yes | QMessageBox::No, this);
        m_messageQuestion->setObjectName(QStringLiteral("messageQuestion"));
        m_messageQuestion->setTextFormat(Qt::PlainText);
        m_messageQuestion->setDefaultButton(QMessageBox::No);
        m_messageQuestion->setEscapeButton(QMessageBox::No);
    }
    m_messageQuestion->disconnect(this);
    const int count = int(ids.size());
    m_messageQuestion->setText(
        retry ? tr("Send %n message(s) again? They go back to the outbox with no attempts counted and are tried "
                   "at once. This is kept in the audit log.",
                   nullptr, count)
              : tr("Cancel %n message(s)? The customer will never receive them. This is kept in the audit log.",
                   nullptr, count));
    m_messageQuestion->button(QMessageBox::Yes)->setText(retry ? tr("&Retry") : tr("&Cancel messages"));
    m_messageQuestion->button(QMessageBox::No)->setText(retry ? tr("&Don't retry") : tr("&Keep them"));
    connect(m_messageQuestion, &QMessageBox::finished, this, [this, retry, ids] {
        if (m_messageQuestion->clickedButton() != m_messageQuestion->button(QMessageBox::Yes))
            return;
        if (retry)
            m_session->retryMessages(ids);
        else
            m_session->cancelMessages(ids);
    });
    m_messageQuestion->open();
}

void SupervisorPage::updateOperatorButtons()
{
    const qint64 id = selectedOperator();
    const int row = id > 0 ? m_session->operators()->rowOf(id) : -1;
    ui->changeRoleButton->setEnabled(row >= 0);
    ui->activeButton->setEnabled(row >= 0);
    if (row < 0)
        return;
    const Operator &person = m_session->operators()->operators().at(row);
    ui->activeButton->setText(person.active ? tr("&Disable") : tr("&Enable"));
    ui->roleCombo->setCurrentIndex(ui->roleCombo->findData(person.role));
}

} // namespace reissuedesk
