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

} // namespace

ApproveDialog::ApproveDialog(QWidget *parent)
    : QDialog(parent)
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
    ui->addressWarningLabel->setStyleSheet(QStringLiteral("QLabel { color: #7a4a00; }"));
    ui->fourEyesLabel->setStyleSheet(QStringLiteral("QLabel { background: #efe5fa; color: #4a1f73; border: 1px solid "
                                                    "#cdb5ea; border-radius: 4px; padding: 6px 8px; }"));
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
}

ApproveDialog::~ApproveDialog() = default;

void ApproveDialog::setApplication(Kind kind, const QString &applicationNumber, const QString &shippingAddress,
                                   const QString &accountAddress, QDate expectedDelivery, const QString &fourEyesText)
{
    const bool confirm = kind == Kind::ConfirmSecondReview;
    setWindowTitle(confirm ? tr("Confirm approval") : tr("Approve"));
    ui->titleLabel->setText(confirm ? tr("Confirm the approval of %1?").arg(applicationNumber)
                                    : tr("Approve %1?").arg(applicationNumber));
    ui->addressLabel->setText(shippingAddress);
    const bool differs = comparable(shippingAddress) != comparable(accountAddress);
    ui->factsForm->setRowVisible(ui->addressWarningLabel, differs);
    ui->addressWarningLabel->setText(tr("Not the account address (%1).").arg(accountAddress));
    // The promise to the customer is "about 7 working days"; the date is the
    // calendar's estimate (weekends and holidays skipped).
    ui->deliveryLabel->setText(tr("About 7 working days (around %1)")
                                   .arg(QLocale().toString(expectedDelivery, QStringLiteral("ddd yyyy-MM-dd"))));
    ui->fourEyesLabel->setVisible(!fourEyesText.isEmpty());
    ui->fourEyesLabel->setText(fourEyesText);

    QPushButton *ok = ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(confirm ? tr("Confirm approval") : tr("Approve"));
    ok->setDefault(true);
    // Enter approves: the focus starts on the button, the note is a Tab away.
    ok->setFocus(Qt::OtherFocusReason);
    adjustSize();
}

QString ApproveDialog::internalNote() const
{
    return ui->noteEdit->toPlainText().trimmed();
}

// Interface placeholder: the policy display lands with the dialog work (issue 8).
void ApproveDialog::setPolicy(const ReviewPolicyOutcome &policy)
{
    Q_UNUSED(policy);
}

} // namespace reissuedesk
