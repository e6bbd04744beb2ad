#pragma once
// The approve confirmation (A on the application page): the address the new
// card goes to, when it should arrive, and what the review policy says before
// anything is sent: the checks that send the approval to a second reviewer
// (then a note for that reviewer is required), the fee due, whether the SMS
// would reach the lost card (e-mail instead), and the exact SMS and e-mail the
// customer will receive. A proxy application cannot be approved: the dialog
// then only says why and offers no way to approve. Enter or Ctrl+Enter
// approves; Esc cancels (asking first once a note was typed). Also used by the
// second reviewer to confirm a waiting approval.

#include "core/Decision.h"
#include "core/ReviewPolicy.h"
#include "ui/DecisionDialog.h"

#include <QDate>
#include <memory>

namespace Ui {
class ApproveDialog;
}

namespace reissuedesk {

class ApproveDialog : public DecisionDialog {
    Q_OBJECT

public:
    enum class Kind { Approve, ConfirmSecondReview };

    explicit ApproveDialog(QWidget *parent = nullptr);
    ~ApproveDialog() override;

    // `fourEyesText`: why a second reviewer is needed (Approve) or who approved
    // first (ConfirmSecondReview); empty: nothing to say. When setPolicy() says
    // the approval goes to a second reviewer, the policy's sentence is shown
    // instead.
    void setApplication(Kind kind, const QString &applicationNumber, const QString &shippingAddress,
                        const QString &accountAddress, QDate expectedDelivery, const QString &fourEyesText);

    // What the review policy says of the application (second review and why,
    // fee, SMS to the lost card), shown before anything is sent.
    void setPolicy(const ReviewPolicyOutcome &policy);

    // The facts the customer texts are built from (as ReviewService reads
    // them); without it the preview uses what setApplication() gave, with no
    // name and no e-mail.
    void setMessageFacts(const CustomerMessageFacts &facts);

    QString internalNote() const;
    // The operator chose e-mail only, because the SMS would reach the lost card.
    bool emailInsteadOfSms() const;
    // A note for the second reviewer must be written before approving.
    bool noteRequired() const;
    // False for a proxy application: the dialog cannot approve.
    bool approvalAllowed() const { return m_policy.approvalAllowed; }

    // The exact texts shown (empty e-mail: none is sent).
    QString previewSms() const;
    QString previewEmail() const;

    void accept() override;

protected:
    bool hasChanges() const override;
    QString discardQuestionText() const override;

private:
    void refresh();
    void refreshMessages();
    void updateOkButton();
    void placeFocus();

    std::unique_ptr<Ui::ApproveDialog> ui;
    Kind m_kind = Kind::Approve;
    QString m_fourEyesText;
    bool m_addressDiffers = false;
    ReviewPolicyOutcome m_policy;
    CustomerMessageFacts m_facts;
};

} // namespace reissuedesk
