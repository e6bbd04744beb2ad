#pragma once
// Applicant beside account holder, masked until "Show" (which the page
// audits): name, ID number, phone, e-mail, and how long the ID card is valid.
// A difference between the two columns is marked even while masked, so that
// a proxy application shows at a glance.

#include "core/ReviewChecks.h"

#include <QGroupBox>

class QGridLayout;
class QLabel;
class QToolButton;

namespace reissuedesk {

class PeoplePanel : public QGroupBox {
    Q_OBJECT

public:
    explicit PeoplePanel(QWidget *parent = nullptr);

    // A new application starts masked.
    void setContext(const ReviewContext &context, bool newApplication);
    bool isRevealed() const;

Q_SIGNALS:
    // The operator showed (true) or hid the full personal data.
    void revealToggled(bool revealed);

private:
    void render();
    QLabel *addValue(int row, int column, const char *objectName);

    QGridLayout *m_grid;
    QToolButton *m_revealButton;
    QLabel *m_applicantHeader;
    QLabel *m_holderHeader;
    QLabel *m_applicantName;
    QLabel *m_holderName;
    QLabel *m_applicantId;
    QLabel *m_holderId;
    QLabel *m_contactPhone;
    QLabel *m_accountPhone;
    QLabel *m_contactEmail;
    QLabel *m_accountEmail;
    QLabel *m_idValidUntil;
    ReviewContext m_context;
};

} // namespace reissuedesk
