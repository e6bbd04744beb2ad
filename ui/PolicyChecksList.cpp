#include "ui/PolicyChecksList.h"

#include <QGridLayout>
#include <QLabel>
#include <QStyle>

namespace reissuedesk {

PolicyChecksList::PolicyChecksList(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QGridLayout(this))
{
    setObjectName(QStringLiteral("policyChecksList"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setHorizontalSpacing(8);
    m_layout->setVerticalSpacing(4);
    m_layout->setColumnStretch(2, 1);
}

void PolicyChecksList::setChecks(const QList<CheckResult> &checks)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_checks = checks;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    for (int row = 0; row < checks.size(); ++row) {
        const CheckResult &check = checks.at(row);
        const bool fail = check.verdict == CheckVerdict::Fail;
        auto *icon = new QLabel(this);
        icon->setObjectName(QStringLiteral("checkVerdictIcon"));
        icon->setProperty("verdict", ReviewChecks::verdictKey(check.verdict));
        icon->setPixmap(
            style()
                ->standardIcon(fail ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning, nullptr, this)
                .pixmap(iconSize, iconSize));
        icon->setToolTip(fail ? tr("Fails") : tr("Warning"));
        auto *title = new QLabel(check.title, this);
        title->setObjectName(QStringLiteral("checkTitle"));
        title->setTextFormat(Qt::PlainText);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto *explanation = new QLabel(check.explanation, this);
        explanation->setObjectName(QStringLiteral("checkExplanation"));
        explanation->setTextFormat(Qt::PlainText);
        explanation->setWordWrap(true);
        explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_layout->addWidget(icon, row, 0, Qt::AlignTop);
        m_layout->addWidget(title, row, 1, Qt::AlignTop);
        m_layout->addWidget(explanation, row, 2, Qt::AlignTop);
    }
    setVisible(!checks.isEmpty());
}

} // namespace reissuedesk
