#include "ui/ChecksPanel.h"

#include "models/CheckListModel.h"
#include "ui/CheckListDelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace reissuedesk {

ChecksPanel::ChecksPanel(QWidget *parent)
    : QGroupBox(tr("Checks"), parent)
    , m_model(new CheckListModel(this))
    , m_view(new QTreeView(this))
    , m_delegate(new CheckListDelegate(m_view->header(), this))
    , m_policyLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("checksGroup"));
    m_view->setObjectName(QStringLiteral("checksView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setIndentation(0);
    m_view->setUniformRowHeights(false);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(CheckListModel::TitleColumn, QHeaderView::ResizeToContents);
    m_view->setStyleSheet(QStringLiteral("QTreeView { background: transparent; border: none; }"));
    m_view->viewport()->installEventFilter(this);
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (index.isValid() && index.row() < m_model->checks().size())
            Q_EMIT checkClicked(m_model->checks().at(index.row()));
    });
    connect(m_view->header(), &QHeaderView::sectionResized, this,
            [this] { QTimer::singleShot(0, this, &ChecksPanel::fitHeight); });

    m_policyLabel->setObjectName(QStringLiteral("fourEyesLabel"));
    m_policyLabel->setTextFormat(Qt::PlainText);
    m_policyLabel->setWordWrap(true);
    m_policyLabel->setStyleSheet(QStringLiteral(
        "QLabel { background: #efe5fa; color: #4a1f73; border-radius: 4px; padding: 5px 8px; font-weight: 600; }"));
    m_policyLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(m_policyLabel);
}

QString ChecksPanel::secondReviewSentence(const ReviewPolicyOutcome &policy)
{
    QStringList titles;
    for (const CheckResult &check : policy.secondReviewChecks)
        titles.append(check.title);
    return tr("Needs a second reviewer (four eyes): %1. The approval waits until another operator confirms it; "
              "nothing ships before that.")
        .arg(titles.join(tr(", ")));
}

void ChecksPanel::setChecks(const QList<CheckResult> &checks, const ReviewPolicyOutcome &policy)
{
    m_model->setChecks(checks);
    QStringList summary;
    if (const int failed = m_model->count(CheckVerdict::Fail); failed > 0)
        summary.append(tr("%n failed", nullptr, failed));
    if (const int warnings = m_model->count(CheckVerdict::Warning); warnings > 0)
        summary.append(tr("%n to look at", nullptr, warnings));
    summary.append(tr("%n passed", nullptr, m_model->count(CheckVerdict::Pass)));
    if (const int unread = m_model->count(CheckVerdict::Info); unread > 0)
        summary.append(tr("%n to compare by eye", nullptr, unread));
    setTitle(tr("Checks: %1").arg(summary.join(QStringLiteral(" · "))));

    QStringList sentences;
    if (!policy.approvalAllowed)
        sentences.append(policy.refusal);
    else if (policy.needsSecondReview)
        sentences.append(secondReviewSentence(policy));
    if (policy.feeCents > 0)
        sentences.append(tr("A special-service fee of ¥%1 is due before shipping.")
                             .arg(QLocale().toString(double(policy.feeCents) / 100.0, 'f', 2)));
    if (policy.smsGoesToLostCard)
        sentences.append(tr("The contact phone is the lost card: an SMS would reach whoever has it now; the "
                            "decision dialogs offer e-mail instead."));
    m_policyLabel->setText(sentences.join(QLatin1Char('\n')));
    m_policyLabel->setVisible(!sentences.isEmpty());
    fitHeight();
}

void ChecksPanel::fitHeight()
{
    // As tall as its rows: the page scrolls, not the list.
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.font = m_view->font();
    int total = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        total += m_delegate->rowHeight(option, m_model->index(row, 0));
    m_view->setFixedHeight(total + 2 * m_view->frameWidth() + 2);
    m_view->doItemsLayout();
}

bool ChecksPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Explanations wrap: row heights follow the width.
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &ChecksPanel::fitHeight);
    return QGroupBox::eventFilter(watched, event);
}

} // namespace reissuedesk
