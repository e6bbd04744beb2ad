#pragma once
// The reject dialog (R on the application page): the reject-reason catalogue as
// a checkable list (keys 1–9 tick the n-th reason), the message the customer
// will read, filled from the ticked reasons' Chinese customer texts and
// editable, with a live count against the SMS limit; whether the customer may
// apply again (off as soon as a ticked reason says so); and an internal note
// that is never sent. OK stays disabled while Decision::problem() objects, and
// says why in red. Enter rejects.

#include "core/Decision.h"
#include "storage/ReviewContextRepository.h"

#include <QDialog>
#include <memory>

class QListWidgetItem;

namespace Ui {
class RejectDialog;
}

namespace reissuedesk {

struct ReviewPolicyOutcome;

class RejectDialog : public QDialog {
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

    // The decision for `applicationId`, without its idempotency key.
    Decision decision(qint64 applicationId) const;

    // Why the decision may not be sent yet (empty: it may).
    QString problem() const;

    // What the review policy says of the application (second review and why,
    // fee, SMS to the lost card), shown before anything is sent.
    void setPolicy(const ReviewPolicyOutcome &policy);
    // The operator chose e-mail only, because the SMS would reach the lost card.
    bool emailInsteadOfSms() const { return m_emailInsteadOfSms; }

private:
    void reasonChanged(QListWidgetItem *item);
    void validate();

    std::unique_ptr<Ui::RejectDialog> ui;
    bool m_emailInsteadOfSms = false;
    QList<RejectReason> m_reasons;
    QString m_applicationNumber;
};

} // namespace reissuedesk
