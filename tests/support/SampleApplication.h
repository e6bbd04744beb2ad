#pragma once
// One well-formed application for tests that need rows, not particular
// customers: the account `accountNumber` (unique per row), the applicant its
// holder, submitted at `submittedAt` with `status`. Change fields afterwards.

#include "storage/ApplicationWriter.h"

#include <QDateTime>

namespace reissuedesk::test {

inline NewApplication sampleApplication(const QString &accountNumber, const QDateTime &submittedAt,
                                        ApplicationStatus status = ApplicationStatus::Pending)
{
    NewApplication row;
    row.account = {0,
                   accountNumber,
                   QStringLiteral("张三"),
                   QStringLiteral("11010519491231002X"),
                   QStringLiteral("13812345678"),
                   QStringLiteral("z@example.com"),
                   QStringLiteral("北京市朝阳区建国路1号"),
                   {}};
    row.application.applicantName = QStringLiteral("张三");
    row.application.applicantIdNumber = QStringLiteral("11010519491231002X");
    row.application.contactPhone = QStringLiteral("13812345678");
    row.application.contactEmail = row.account.email;
    row.application.shippingAddress = QStringLiteral("北京市朝阳区建国路1号");
    row.application.submittedAt = submittedAt;
    row.application.status = status;
    row.submittedBy = QStringLiteral("test");
    return row;
}

} // namespace reissuedesk::test
