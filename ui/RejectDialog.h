#pragma once
// The reject dialog (R on the application page): the reject-reason catalogue as
// a checkable list (keys 1–9 tick the n-th reason), the message the customer
// will read, filled from the ticked reasons' customer texts (several: numbered,
// one per line) and editable; whether the customer may apply again (off and
// locked while a final reason is ticked, with a sentence why); an internal note
// that is never sent; and, beside them, the exact SMS and e-mail that will go
// out, with the SMS's length and parts. OK stays disabled while
// Decision::problem() objects, and says why in red. Enter or Ctrl+Enter
// rejects; Esc, Cancel or closing asks before discarding what was entered.
// For a proxy application (ReviewPolicyOutcome::approvalAllowed false) the
// required final reason is ticked and cannot be left out.

#include "core/Decision.h"
#include "core/ReviewPolicy.h"
#include "storage/ReviewContextRepository.h"
#include "ui/DecisionDialog.h"

#include <memory>

class QListWidgetItem;

namespace Ui {
class RejectDialog;
}

namespace reissuedesk {

class RejectDialog : public DecisionDialog {
    Q_OBJECT

public:
    RejectDialog(const QList<RejectReason> &reasons, const QString &applicationNumber, QWidget *parent = nullptr);
    ~RejectDialog() override;

    // Ticks or unticks the reason in `row` (0-based), as the digit keys do.
    void toggleReason(int row);

    QStringList reasonCodes() const;
    QString customerMessage() const;
    bool resubmissionAllowed() const;
    QString internalNote() const;

    // The decision for `applicationId`, without its idempotency key; carries
    // emailInsteadOfSms().
    Decision decision(qint64 applicationId) const;

    // Why the decision may not be sent yet (empty: it may).
    QString problem() const;

    // What the review policy says of the application (proxy: the required
    // final reason; SMS to the lost card), shown before anything is sent.
    void setPolicy(const ReviewPolicyOutcome &policy);
    // The facts the customer texts are built from (as ReviewService reads
    // them); without it the preview has the application number only, no name
    // and no e-mail.
    void setMessageFacts(const CustomerMessageFacts &facts);

    // The operator chose e-mail only, because the SMS would reach the lost card.
    bool emailInsteadOfSms() const;

    // The exact texts shown (empty e-mail: none is sent).
    QString previewSms() const;
    QString previewEmail() const;

    void accept() override;

protected:
    bool hasChanges() const override;
    QString discardQuestionText() const override;

private:
    void reasonChanged(QListWidgetItem *item);
    void applyFinalReasons();
    void validate();
    QString reasonCustomerText(const RejectReason &reason) const;
    QStringList tickedCustomerTexts() const;
    // What the operator has entered, to tell whether closing loses anything.
    QString snapshot() const;

    std::unique_ptr<Ui::RejectDialog> ui;
    QList<RejectReason> m_reasons;
    ReviewPolicyOutcome m_policy;
    CustomerMessageFacts m_facts;
    // The message as last filled from the ticked reasons; while the text still
    // equals it, ticking rebuilds it whole (keeping the numbering right).
    QString m_generatedMessage;
    // The operator's own choice for "may apply again", restored when the last
    // final reason is unticked.
    bool m_resubmissionChoice = true;
    QString m_unchangedSnapshot;
};

} // namespace reissuedesk
