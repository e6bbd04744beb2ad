#pragma once
// The warning both decision dialogs show when the contact phone is the lost
// card's number (ReviewPolicyOutcome::smsGoesToLostCard): an SMS would reach
// whoever holds the lost card, not the customer. With an e-mail address the
// operator may tell the customer by e-mail only (ticked by default); without
// one, the notice says to call the customer instead. Hidden otherwise.

#include <QFrame>

class QCheckBox;
class QLabel;

namespace reissuedesk {

class LostCardSmsNotice : public QFrame {
    Q_OBJECT

public:
    explicit LostCardSmsNotice(QWidget *parent = nullptr);

    void setSituation(bool smsGoesToLostCard, bool hasEmail);

    // The operator chose e-mail only (never true while hidden or without e-mail).
    bool emailInsteadOfSms() const;

Q_SIGNALS:
    void choiceChanged(bool emailInsteadOfSms);

private:
    QLabel *m_text = nullptr;
    QCheckBox *m_emailInstead = nullptr;
    bool m_applies = false;
    bool m_hasEmail = false;
};

} // namespace reissuedesk
