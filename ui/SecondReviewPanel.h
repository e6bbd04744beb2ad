#pragma once
// For the second reviewer (four eyes): who approved first and when, their
// note, and the checks that sent the approval here, each with what it found.

#include "core/ReviewPolicy.h"
#include "storage/ReviewContextRepository.h"

#include <QGroupBox>

class QLabel;

namespace reissuedesk {

class SecondReviewPanel : public QGroupBox {
    Q_OBJECT

public:
    explicit SecondReviewPanel(QWidget *parent = nullptr);

    // `checks`: this application's checks as they stand now; `policy`: which of
    // them send an approval to a second review (used when the request does
    // not name its checks).
    void setRequest(const SecondReviewRequest &request, const QList<CheckResult> &checks,
                    const ReviewPolicyOutcome &policy);

private:
    QLabel *m_label;
};

} // namespace reissuedesk
