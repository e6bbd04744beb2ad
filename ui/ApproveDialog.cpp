#include "ui/ApproveDialog.h"

#include "ui_ApproveDialog.h"

#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>

namespace reissuedesk {
namespace {

// As the checks compare them: only a difference in the words themselves counts.
QString comparable(const QString &address)
{
    static const QRegularExpression noise(QStringLiteral(R"([\s,，.。、#\-]+)"));
    return address.toCaseFolded().remove(noise);
}

QString yuan(qint64 cents)
{
    return QStringLiteral("¥%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

ApproveDialog::ApproveDialog(QWidget *parent)
    : DecisionDialog(parent)
    , ui(std::make_unique<Ui::ApproveDialog>())
{
    ui->setupUi(this);
    QFont titleFont = ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    ui->titleLabel->setFont(titleFont);
    QFont addressFont = ui->addressLabel->font();
    addressFont.setPointSizeF(addressFont.pointSizeF() * 1.1);
    addressFont.setBold(true);
    ui->addressLabel->setFont(addressFont);
    // Customer text, or sentences that quote it: never rich text.
    for (QLabel *label : {ui->titleLabel, ui->addressLabel, ui->addressWarningLabel, ui->deliveryLabel, ui->feeLabel,
                          ui->fourEyesLabel, ui->refusalLabel})
        label->setTextFormat(Qt::PlainText);
    ui->addressWarningLabel->setStyleSheet(QStringLiteral("QLabel { color: #7a4a00; }"));
    ui->feeLabel->setStyleSheet(QStringLiteral("QLabel { color: #7a4a00; font-weight: 600; }"));
    ui->fourEyesLabel->setStyleSheet(QStringLiteral("QLabel { background: #efe5fa; color: #4a1f73; border: 1px solid "
                                                    "#cdb5ea; border-radius: 4px; padding: 6px 8px; }"));
    ui->refusalLabel->setStyleSheet(QStringLiteral("QLabel { background: #fbe3e3; color: #8a1414; border: 1px solid "
                                                   "#eab0b0; border-radius: 4px; padding: 6px 8px; }"));
    // The approval SMS is one sentence; the e-mail a short letter.
    ui->messagePreview->setVisibleLines(2, 5);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &ApproveDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &ApproveDialog::reject);
    connect(ui->noteEdit, &QPlainTextEdit::textChanged, this, &ApproveDialog::updateOkButton);
    connect(ui->lostCardNotice, &LostCardSmsNotice::choiceChanged, this, &ApproveDialog::refreshMessages);
    installConfirmKeys(ui->buttonBox);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);
    setMinimumWidth(640);
    refresh();
}

ApproveDialog::~ApproveDialog() = default;

void ApproveDialog::setApplication(Kind kind, const QString &applicationNumber, const QString &shippingAddress,
                                   const QString &accountAddress, QDate expectedDelivery, const QString &fourEyesText)
{
    m_kind = kind;
    m_fourEyesText = fourEyesText;
    if (m_facts.applicationNumber.isEmpty())
        m_facts.applicationNumber = applicationNumber;
    if (m_facts.shippingAddress.isEmpty())
        m_facts.shippingAddress = shippingAddress;
    if (!m_facts.expectedDelivery.isValid())
        m_facts.expectedDelivery = expectedDelivery;

    const bool confirm = kind == Kind::ConfirmSecondReview;
    setWindowTitle(confirm ? tr("Confirm approval") : tr("Approve"));
    ui->titleLabel->setText(confirm ? tr("Confirm the approval of %1?").arg(applicationNumber)
                                    : tr("Approve %1?").arg(applicationNumber));
    ui->addressLabel->setText(shippingAddress);
    m_addressDiffers = comparable(shippingAddress) != comparable(accountAddress);
    ui->addressWarningLabel->setText(tr("Not the account address (%1).").arg(accountAddress));
    // The promise to the customer is "about 7 working days"; the date is the
    // calendar's estimate (weekends and holidays skipped).
    ui->deliveryLabel->setText(tr("About 7 working days (around %1)")
                                   .arg(QLocale().toString(expectedDelivery, QStringLiteral("ddd yyyy-MM-dd"))));
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(confirm ? tr("Confirm approval") : tr("Approve"));
    refresh();
}

void ApproveDialog::setPolicy(const ReviewPolicyOutcome &policy)
{
    m_policy = policy;
    refresh();
}

void ApproveDialog::setMessageFacts(const CustomerMessageFacts &facts)
{
    m_facts = facts;
    refresh();
}

QString ApproveDialog::internalNote() const
{
    return ui->noteEdit->toPlainText().trimmed();
}

bool ApproveDialog::emailInsteadOfSms() const
{
    return ui->lostCardNotice->emailInsteadOfSms();
}

bool ApproveDialog::noteRequired() const
{
    return m_kind == Kind::Approve && m_policy.approvalAllowed && m_policy.needsSecondReview;
}

QString ApproveDialog::previewSms() const
{
    return ui->messagePreview->smsText();
}

QString ApproveDialog::previewEmail() const
{
    return ui->messagePreview->emailText();
}

void ApproveDialog::accept()
{
    // The button is disabled then; this also holds for any other way in.
    if (!m_policy.approvalAllowed || (noteRequired() && internalNote().isEmpty()))
        return;
    DecisionDialog::accept();
}

bool ApproveDialog::hasChanges() const
{
    return !internalNote().isEmpty();
}

QString ApproveDialog::discardQuestionText() const
{
    return tr("Discard this approval and its note?");
}

void ApproveDialog::refresh()
{
    const bool allowed = m_policy.approvalAllowed;
    const bool secondReview = noteRequired();

    ui->refusalLabel->setVisible(!allowed);
    ui->refusalLabel->setText(m_policy.refusal);
    // Refused: nothing below the refusal applies, and there is no way to approve.
    for (QWidget *widget : {static_cast<QWidget *>(ui->messagePreview), static_cast<QWidget *>(ui->noteCaption),
                            static_cast<QWidget *>(ui->noteEdit)})
        widget->setVisible(allowed);
    ui->factsForm->setRowVisible(ui->addressLabel, allowed);
    ui->factsForm->setRowVisible(ui->addressWarningLabel, allowed && m_addressDiffers);
    ui->factsForm->setRowVisible(ui->deliveryLabel, allowed);
    if (!allowed)
        ui->titleLabel->setText(m_facts.applicationNumber.isEmpty()
                                    ? tr("This application cannot be approved")
                                    : tr("%1 cannot be approved").arg(m_facts.applicationNumber));
    ui->factsForm->setRowVisible(ui->feeLabel, allowed && m_policy.feeCents > 0);
    ui->feeLabel->setText(tr("%1 special-service fee due before shipping").arg(yuan(m_policy.feeCents)));

    QString fourEyes = m_fourEyesText;
    if (secondReview)
        fourEyes = tr("This approval waits for a second reviewer: nothing ships and the customer is not told until "
                      "another operator confirms it. These checks send it there:");
    ui->fourEyesLabel->setText(fourEyes);
    ui->fourEyesLabel->setVisible(allowed && !fourEyes.isEmpty());
    ui->policyChecksList->setChecks(secondReview ? m_policy.secondReviewChecks : QList<CheckResult>());

    ui->noteCaption->setText(secondReview ? tr("&Note for the second reviewer (required; never sent to the customer)")
                                          : tr("Internal &note (never sent to the customer)"));
    ui->lostCardNotice->setSituation(allowed && m_policy.smsGoesToLostCard, m_facts.hasEmail);

    QPushButton *ok = ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setVisible(allowed);
    ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(allowed ? tr("Cancel") : tr("Close"));
    refreshMessages();
    updateOkButton();
    placeFocus();
    // Shrinks to what is shown now (the refusal alone is short), then grows
    // to what it needs.
    resize(minimumWidth(), 1);
    fitHeight();
}

void ApproveDialog::refreshMessages()
{
    const CustomerMessageFacts &f = m_facts;
    const QString sms =
        CustomerMessages::approvalSms(f.applicationNumber, f.shippingAddress, f.expectedDelivery, f.language);
    const QString email = f.hasEmail
                              ? CustomerMessages::approvalEmail(f.applicantName, f.applicationNumber, f.shippingAddress,
                                                                f.expectedDelivery, f.language)
                              : QString();
    ui->messagePreview->setMessages(sms, !emailInsteadOfSms(), email);
    ui->messagePreview->setTiming(noteRequired() ? tr("Sent only when the second reviewer confirms the approval.")
                                                 : QString());
}

void ApproveDialog::updateOkButton()
{
    QPushButton *ok = ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(m_policy.approvalAllowed && !(noteRequired() && internalNote().isEmpty()));
    ok->setToolTip(ok->isEnabled() ? QString() : tr("Write a note for the second reviewer first."));
}

void ApproveDialog::placeFocus()
{
    // Keyboard first: the focus starts on the first thing to fill in, else on
    // the button, so that Enter approves.
    if (!m_policy.approvalAllowed)
        ui->buttonBox->button(QDialogButtonBox::Cancel)->setFocus(Qt::OtherFocusReason);
    else if (noteRequired())
        ui->noteEdit->setFocus(Qt::OtherFocusReason);
    else
        ui->buttonBox->button(QDialogButtonBox::Ok)->setFocus(Qt::OtherFocusReason);
}

} // namespace reissuedesk
