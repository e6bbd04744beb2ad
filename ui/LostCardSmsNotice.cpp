#include "ui/LostCardSmsNotice.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace reissuedesk {

LostCardSmsNotice::LostCardSmsNotice(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_emailInstead(new QCheckBox(tr("Tell the customer by &e-mail instead (no SMS)"), this))
{
    setObjectName(QStringLiteral("lostCardSmsNotice"));
    // A .ui file renames the widget: the style keys on a property instead.
    setProperty("lostCardNotice", true);
    m_text->setObjectName(QStringLiteral("lostCardSmsLabel"));
    m_emailInstead->setObjectName(QStringLiteral("emailInsteadCheck"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    setStyleSheet(QStringLiteral("QFrame[lostCardNotice=\"true\"] { background: #fff4e0; border: 1px solid #e8c48a; "
                                 "border-radius: 4px; } QLabel { color: #6b4000; border: none; }"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_text);
    layout->addWidget(m_emailInstead);
    connect(m_emailInstead, &QCheckBox::toggled, this, [this] { Q_EMIT choiceChanged(emailInsteadOfSms()); });
    setVisible(false);
}

void LostCardSmsNotice::setSituation(bool smsGoesToLostCard, bool hasEmail)
{
    m_applies = smsGoesToLostCard;
    m_hasEmail = hasEmail;
    setVisible(smsGoesToLostCard);
    if (hasEmail)
        m_text->setText(tr("The contact phone is the lost card's number: an SMS would go to the lost card, "
                           "not to the customer."));
    else
        m_text->setText(tr("The contact phone is the lost card's number: an SMS would go to the lost card, "
                           "not to the customer. The application has no e-mail address: call the customer on "
                           "another number to tell them the result."));
    m_emailInstead->setVisible(hasEmail);
    m_emailInstead->setChecked(smsGoesToLostCard && hasEmail);
    Q_EMIT choiceChanged(emailInsteadOfSms());
}

bool LostCardSmsNotice::emailInsteadOfSms() const
{
    return m_applies && m_hasEmail && m_emailInstead->isChecked();
}

} // namespace reissuedesk
