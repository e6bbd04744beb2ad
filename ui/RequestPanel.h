#pragma once
// What the customer asked for: when, why (in their own words), the old card,
// how it was bought, the fee, and where the new card goes (marked when it
// differs from the account's address).

#include "core/ReviewChecks.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace reissuedesk {

class RequestPanel : public QWidget {
    Q_OBJECT

public:
    explicit RequestPanel(QWidget *parent = nullptr);

    // `revealed`: the old card's number unmasked.
    void setContext(const ReviewContext &context, bool revealed);
    // The deadline's style follows the time left (the page's clock).
    void setDeadlineStyle(const QString &styleSheet);

private:
    QLabel *addRow(QFormLayout *form, const QString &caption, const char *objectName);

    QLabel *m_submitted;
    QLabel *m_deadline;
    QLabel *m_reason;
    QLabel *m_reasonText;
    QLabel *m_oldCard;
    QLabel *m_channel;
    QLabel *m_agent;
    QLabel *m_fee;
    QLabel *m_shippingAddress;
    QLabel *m_accountAddress;
    QLabel *m_addressWarning;
};

} // namespace reissuedesk
