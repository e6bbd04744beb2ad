#pragma once
// The approve confirmation (A on the application page): the address the new
// card goes to, when it should arrive, whether a second reviewer must confirm
// (four eyes), and an internal note. Enter approves. Also used by the second
// reviewer to confirm a waiting approval.

#include <QDate>
#include <QDialog>
#include <memory>

namespace Ui {
class ApproveDialog;
}

namespace reissuedesk {

struct ReviewPolicyOutcome;

class ApproveDialog : public QDialog {
    Q_OBJECT

public:
    enum class Kind { Approve, ConfirmSecondReview };

    explicit ApproveDialog(QWidget *parent = nullptr);
    ~ApproveDialog() override;

    // `fourEyesText`: why a second reviewer is needed (Approve) or who approved
    // first (ConfirmSecondReview); empty: nothing to say.
    void setApplication(Kind kind, const QString &applicationNumber, const QString &shippingAddress,
                        const QString &accountAddress, QDate expectedDelivery, const QString &fourEyesText);

    QString internalNote() const;

    // What the review policy says of the application (second review and why,
    // fee, SMS to the lost card), shown before anything is sent.
    void setPolicy(const ReviewPolicyOutcome &policy);
    // The operator chose e-mail only, because the SMS would reach the lost card.
    bool emailInsteadOfSms() const { return m_emailInsteadOfSms; }

private:
    std::unique_ptr<Ui::ApproveDialog> ui;
    bool m_emailInsteadOfSms = false;
};

} // namespace reissuedesk
