#pragma once
// The checks that send an approval to a second reviewer, as the approve dialog
// lists them: a verdict icon, the check's title and its one-line explanation
// (which names masked customer values, so it is shown as plain text).

#include "core/ReviewChecks.h"

#include <QWidget>

class QGridLayout;

namespace reissuedesk {

class PolicyChecksList : public QWidget {
    Q_OBJECT

public:
    explicit PolicyChecksList(QWidget *parent = nullptr);

    void setChecks(const QList<CheckResult> &checks);
    qsizetype count() const { return m_checks.size(); }

private:
    QGridLayout *m_layout = nullptr;
    QList<CheckResult> m_checks;
};

} // namespace reissuedesk
