#pragma once
// Everything an operator needs to decide one application, read-only, beside the
// queue: the applicant against the account holder, addresses, request, documents
// and risk flags. Personal data is masked until the operator asks to see it
// (they need the full ID number to compare with the ID photo, a screenshot or a
// passer-by does not); each reveal is announced (personalDataRevealed) so the
// owner can audit it. The owner loads the ApplicationDetail off the UI thread
// and hands it over; this widget only shows it. Documents are listed by kind
// only: ID images are shown once the application is opened, where every view
// is deliberate and audited.

#include "storage/QueueRepository.h"

#include <QTimer>
#include <QWidget>
#include <memory>

namespace Ui {
class ApplicationDetailPane;
}

namespace reissuedesk {

class ApplicationDetailPane : public QWidget {
    Q_OBJECT

public:
    explicit ApplicationDetailPane(QWidget *parent = nullptr);
    ~ApplicationDetailPane() override;

    // Nothing selected.
    void clear();
    // A new selection is being loaded: if it takes more than a moment, the old
    // content is greyed out (no flicker while arrowing through a fast list).
    void showLoading();
    // `riskFlags`: RiskFlags bits of the queue row (not part of the detail).
    void showDetail(const ApplicationDetail &detail, int riskFlags);
    void showError(const QString &message);

    // What is shown (0: nothing).
    qint64 applicationId() const { return m_detail ? m_detail->application.id : 0; }
    int applicationVersion() const { return m_detail ? m_detail->application.version : 0; }

    // Moves the keyboard focus into the pane (Enter on a queue row).
    void focusContent();

Q_SIGNALS:
    // The operator chose to see the unmasked `subject` ("applicant" or
    // "account_holder") of `applicationId`.
    void personalDataRevealed(qint64 applicationId, const QString &subject);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showApplicantFields();
    void showHolderFields();
    void showRiskFlags(int flags);
    void showDocuments(const QList<Document> &documents);
    void applyPalette();

    std::unique_ptr<Ui::ApplicationDetailPane> ui;
    std::optional<ApplicationDetail> m_detail;
    QTimer m_loadingDelay;
};

} // namespace reissuedesk
