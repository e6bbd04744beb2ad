#include "ui/RequestPanel.h"

#include "core/Masking.h"
#include "models/ReviewTexts.h"
#include "ui/ApplicationPresentation.h"
#include "ui/ReviewStyle.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace reissuedesk {

using presentation::orDash;

RequestPanel::RequestPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *requestGroup = new QGroupBox(tr("Request"), this);
    requestGroup->setObjectName(QStringLiteral("requestGroup"));
    auto *requestForm = new QFormLayout(requestGroup);
    m_submitted = addRow(requestForm, tr("Submitted"), "submittedLabel");
    m_deadline = addRow(requestForm, tr("Deadline"), "deadlineLabel");
    m_reason = addRow(requestForm, tr("Reason"), "reasonLabel");
    m_reasonText = addRow(requestForm, tr("Customer's words"), "reasonTextLabel");
    m_oldCard = addRow(requestForm, tr("Old card"), "oldCardLabel");
    m_channel = addRow(requestForm, tr("Channel"), "channelLabel");
    m_agent = addRow(requestForm, tr("Agent"), "agentLabel");
    m_fee = addRow(requestForm, tr("Special-service fee"), "feeLabel");
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(font().pointSizeF());
    m_oldCard->setFont(fixed);
    // The customer's own words and the addresses can be long.
    m_reasonText->setWordWrap(true);

    auto *addressGroup = new QGroupBox(tr("Shipping"), this);
    addressGroup->setObjectName(QStringLiteral("addressGroup"));
    auto *addressForm = new QFormLayout(addressGroup);
    m_shippingAddress = addRow(addressForm, tr("Ship to"), "shippingAddressLabel");
    m_accountAddress = addRow(addressForm, tr("Account address"), "accountAddressLabel");
    m_shippingAddress->setWordWrap(true);
    m_accountAddress->setWordWrap(true);
    m_addressWarning = new QLabel(tr("The shipping address differs from the account address."), addressGroup);
    m_addressWarning->setObjectName(QStringLiteral("addressWarningLabel"));
    m_addressWarning->setStyleSheet(QStringLiteral("QLabel { color: #7a4a00; font-weight: 600; }"));
    m_addressWarning->setWordWrap(true);
    addressForm->addRow(m_addressWarning);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(requestGroup);
    layout->addWidget(addressGroup);
}

QLabel *RequestPanel::addRow(QFormLayout *form, const QString &caption, const char *objectName)
{
    auto *captionLabel = new QLabel(caption);
    reviewstyle::makeCaption(captionLabel);
    auto *value = new QLabel;
    value->setObjectName(QString::fromLatin1(objectName));
    reviewstyle::makeValue(value);
    form->addRow(captionLabel, value);
    return value;
}

void RequestPanel::setDeadlineStyle(const QString &styleSheet)
{
    m_deadline->setStyleSheet(styleSheet);
}

void RequestPanel::setContext(const ReviewContext &context, bool revealed)
{
    const Application &a = context.application;
    const Account &c = context.account;
    m_submitted->setText(reviewstyle::localTime(a.submittedAt));
    m_deadline->setText(reviewstyle::localTime(a.dueAt));
    m_reason->setText(ReviewTexts::reasonText(a.reason));
    m_reasonText->setText(orDash(a.reasonText));
    m_oldCard->setText(a.oldCardNumber.isEmpty() ? tr("Unknown")
                       : revealed                ? a.oldCardNumber
                                                 : Masking::maskCardNumber(a.oldCardNumber));
    m_channel->setText(ReviewTexts::salesChannelText(a.channel));
    m_agent->setText(a.channel == SalesChannel::Agent ? orDash(a.agentName) : QStringLiteral("—"));
    m_fee->setText(
        a.specialServiceFeeCents == 0
            ? tr("None (free replacement)")
            : tr("¥%1 due before shipping").arg(QLocale().toString(double(a.specialServiceFeeCents) / 100.0, 'f', 2)));
    m_fee->setStyleSheet(a.specialServiceFeeCents == 0
                             ? QStringLiteral("QLabel { font-weight: normal; }")
                             : QStringLiteral("QLabel { color: #9a5b00; font-weight: 600; }"));
    m_shippingAddress->setText(orDash(a.shippingAddress));
    m_accountAddress->setText(orDash(c.address));
    const bool differs =
        presentation::comparableAddress(a.shippingAddress) != presentation::comparableAddress(c.address);
    m_addressWarning->setVisible(differs);
    m_shippingAddress->setStyleSheet(differs ? QStringLiteral("QLabel { background: #fff1cc; }") : QString());
}

} // namespace reissuedesk
