#include "models/ReviewTexts.h"

#include <QHash>

namespace reissuedesk {

QString ReviewTexts::statusText(ApplicationStatus status)
{
    switch (status) {
    case ApplicationStatus::Pending:
        return tr("Pending");
    case ApplicationStatus::InReview:
        return tr("In review");
    case ApplicationStatus::AwaitingSecondReview:
        return tr("Second review");
    case ApplicationStatus::Approved:
        return tr("Approved");
    case ApplicationStatus::Rejected:
        return tr("Rejected");
    case ApplicationStatus::Shipped:
        return tr("Shipped");
    case ApplicationStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString ReviewTexts::documentKindText(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::IdFront:
        return tr("ID card, front");
    case DocumentKind::IdBack:
        return tr("ID card, back");
    case DocumentKind::PurchaseProof:
        return tr("Purchase voucher");
    case DocumentKind::Other:
        break;
    }
    return tr("Other document");
}

QString ReviewTexts::reasonText(ReplacementReason reason)
{
    switch (reason) {
    case ReplacementReason::Lost:
        return tr("Lost");
    case ReplacementReason::Damaged:
        return tr("Damaged");
    case ReplacementReason::Other:
        break;
    }
    return tr("Other");
}

QString ReviewTexts::salesChannelText(SalesChannel channel)
{
    return channel == SalesChannel::Agent ? tr("Agent") : tr("Direct");
}

QString ReviewTexts::timelineAction(const QString &action)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("application.submitted"), QT_TR_NOOP("Submitted")},
        {QStringLiteral("application.imported"), QT_TR_NOOP("Imported")},
        {QStringLiteral("application.claimed"), QT_TR_NOOP("Claimed")},
        {QStringLiteral("application.released"), QT_TR_NOOP("Given back")},
        {QStringLiteral("application.skipped"), QT_TR_NOOP("Skipped")},
        {QStringLiteral("application.lease_expired"), QT_TR_NOOP("Claim expired")},
        {QStringLiteral("application.approved"), QT_TR_NOOP("Approved")},
        {QStringLiteral("application.approved_pending_second_review"),
         QT_TR_NOOP("Approved, awaiting a second reviewer")},
        {QStringLiteral("application.rejected"), QT_TR_NOOP("Rejected")},
        {QStringLiteral("application.second_review_confirmed"), QT_TR_NOOP("Approval confirmed (four eyes)")},
        {QStringLiteral("application.second_review_returned"), QT_TR_NOOP("Sent back for review")},
        {QStringLiteral("application.reopened"), QT_TR_NOOP("Reopened")},
        {QStringLiteral("application.shipped"), QT_TR_NOOP("Shipped")},
        {QStringLiteral("document.viewed"), QT_TR_NOOP("Document viewed")},
        {QStringLiteral("personal_data.revealed"), QT_TR_NOOP("Personal data shown")},
        {QStringLiteral("notification.retried"), QT_TR_NOOP("Customer message retried")},
        {QStringLiteral("notification.cancelled"), QT_TR_NOOP("Customer message cancelled")},
        // The audit page shows these too (AuditLogModel): supervisors' and
        // administrators' actions, logins and the desk's lock.
        {QStringLiteral("application.reassigned"), QT_TR_NOOP("Reassigned by a supervisor")},
        {QStringLiteral("application.released_by_supervisor"), QT_TR_NOOP("Given back by a supervisor")},
        {QStringLiteral("login.succeeded"), QT_TR_NOOP("Logged in")},
        {QStringLiteral("login.failed"), QT_TR_NOOP("Login failed")},
        {QStringLiteral("login.locked"), QT_TR_NOOP("Login locked")},
        {QStringLiteral("desk.locked"), QT_TR_NOOP("Desk locked")},
        {QStringLiteral("desk.unlocked"), QT_TR_NOOP("Desk unlocked")},
        {QStringLiteral("operator.added"), QT_TR_NOOP("Operator added")},
        {QStringLiteral("operator.disabled"), QT_TR_NOOP("Operator disabled")},
        {QStringLiteral("operator.enabled"), QT_TR_NOOP("Operator enabled")},
        {QStringLiteral("operator.password_set"), QT_TR_NOOP("Password set")},
        {QStringLiteral("operator.role_changed"), QT_TR_NOOP("Role changed")},
        {QStringLiteral("settings.changed"), QT_TR_NOOP("Settings changed")},
        {QStringLiteral("audit.exported"), QT_TR_NOOP("Audit log exported")},
    };
    const char *name = names.value(action);
    return name ? tr(name) : action;
}

QString ReviewTexts::channelText(const QString &channel)
{
    if (channel == QLatin1String("sms"))
        return tr("SMS");
    if (channel == QLatin1String("email"))
        return tr("E-mail");
    return channel;
}

QString ReviewTexts::messageKindText(const QString &kind)
{
    if (kind == QLatin1String("approved"))
        return tr("Approved");
    if (kind == QLatin1String("rejected"))
        return tr("Rejected");
    if (kind == QLatin1String("shipped"))
        return tr("Shipped");
    if (kind == QLatin1String("second_review_pending"))
        return tr("Second review pending");
    return kind;
}

} // namespace reissuedesk
