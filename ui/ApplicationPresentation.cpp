#include "ui/ApplicationPresentation.h"

#include <QRegularExpression>

namespace reissuedesk::presentation {

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

QString comparableAddress(const QString &address)
{
    static const QRegularExpression noise(QStringLiteral(R"([\s,，.。、#\-]+)"));
    return address.toCaseFolded().remove(noise);
}

std::pair<QColor, QColor> statusColors(ApplicationStatus status)
{
    switch (status) {
    case ApplicationStatus::Pending:
        return {QColor(0xe8, 0xee, 0xf7), QColor(0x24, 0x4a, 0x7c)};
    case ApplicationStatus::InReview:
        return {QColor(0xdc, 0xea, 0xfd), QColor(0x0b, 0x57, 0xd0)};
    case ApplicationStatus::AwaitingSecondReview:
        return {QColor(0xef, 0xe5, 0xfa), QColor(0x5b, 0x2a, 0x86)};
    case ApplicationStatus::Approved:
    case ApplicationStatus::Shipped:
        return {QColor(0xdf, 0xf3, 0xe4), QColor(0x1b, 0x6b, 0x34)};
    case ApplicationStatus::Rejected:
        return {QColor(0xfd, 0xe2, 0xe1), QColor(0xa3, 0x1b, 0x1b)};
    case ApplicationStatus::Cancelled:
        break;
    }
    return {QColor(0xee, 0xee, 0xee), QColor(0x55, 0x55, 0x55)};
}

bool isOpen(ApplicationStatus status)
{
    return status == ApplicationStatus::Pending || status == ApplicationStatus::InReview ||
           status == ApplicationStatus::AwaitingSecondReview;
}

} // namespace reissuedesk::presentation
