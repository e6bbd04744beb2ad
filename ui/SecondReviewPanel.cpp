#include "ui/SecondReviewPanel.h"

#include "ui/ReviewStyle.h"

#include <QLabel>
#include <QVBoxLayout>

namespace reissuedesk {

SecondReviewPanel::SecondReviewPanel(QWidget *parent)
    : QGroupBox(tr("Second review"), parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("secondReviewGroup"));
    m_label->setObjectName(QStringLiteral("secondReviewLabel"));
    reviewstyle::makeValue(m_label);
    m_label->setWordWrap(true);
    m_label->setStyleSheet(
        QStringLiteral("QLabel { background: #efe5fa; color: #4a1f73; border-radius: 4px; padding: 5px 8px; }"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
}

void SecondReviewPanel::setRequest(const SecondReviewRequest &request, const QList<CheckResult> &checks,
                                   const ReviewPolicyOutcome &policy)
{
    QStringList lines;
    lines.append(
        request.decidedAt.isValid()
            ? tr("Approved by %1 on %2.").arg(request.firstReviewerLogin, reviewstyle::localTime(request.decidedAt))
            : tr("Approved by %1.").arg(request.firstReviewerLogin));
    lines.append(request.note.trimmed().isEmpty() ? tr("Their note: none.")
                                                  : tr("Their note: %1").arg(request.note.trimmed()));
    QList<CheckResult> reasons;
    if (!request.checks.isEmpty()) {
        for (const CheckId id : request.checks) {
            const auto it =
                std::find_if(checks.cbegin(), checks.cend(), [id](const CheckResult &check) { return check.id == id; });
            if (it != checks.cend())
                reasons.append(*it);
            else
                reasons.append(ReviewChecks::placeholder(id, CheckVerdict::Warning));
        }
    } else {
        reasons = policy.secondReviewChecks;
    }
    if (!reasons.isEmpty()) {
        lines.append(tr("Sent to a second review by:"));
        for (const CheckResult &check : std::as_const(reasons))
            lines.append(check.explanation.isEmpty() ? QStringLiteral("• %1").arg(check.title)
                                                     : QStringLiteral("• %1 — %2").arg(check.title, check.explanation));
    }
    m_label->setText(lines.join(QLatin1Char('\n')));
}

} // namespace reissuedesk
