#pragma once
// The checks of the application on screen (a CheckListModel in a list as
// tall as its rows; the page scrolls, not the list) and, under it, what the
// review policy makes of them: approval refused for a proxy application, a
// second reviewer and why, the fee, the SMS that would reach the lost card.

#include "core/ReviewPolicy.h"

#include <QGroupBox>

class QLabel;
class QTreeView;

namespace reissuedesk {

class CheckListDelegate;
class CheckListModel;

class ChecksPanel : public QGroupBox {
    Q_OBJECT

public:
    explicit ChecksPanel(QWidget *parent = nullptr);

    void setChecks(const QList<CheckResult> &checks, const ReviewPolicyOutcome &policy);
    CheckListModel *model() const { return m_model; }

    // "Needs a second reviewer (four eyes): ID number, Special-service fee."
    static QString secondReviewSentence(const ReviewPolicyOutcome &policy);

Q_SIGNALS:
    // A check was clicked (ID card checks: to show where its value was read).
    void checkClicked(const reissuedesk::CheckResult &check);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitHeight();

    CheckListModel *m_model;
    QTreeView *m_view;
    CheckListDelegate *m_delegate;
    QLabel *m_policyLabel;
};

} // namespace reissuedesk
