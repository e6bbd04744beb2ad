#pragma once
// Everything an operator needs to decide one application, read-only, beside the
// queue: the applicant against the account holder, addresses, request, documents
// and risk flags. Personal data is masked until the operator asks to see it
// (they need the full ID number to compare with the ID photo, a screenshot or a
// passer-by does not). The owner loads the ApplicationDetail off the UI thread
// and hands it over; this widget only shows it. The documents themselves are
// shown beside the text by a DocumentsPanel (fed by the window's one loader).

#include "storage/QueueRepository.h"

#include <QTimer>
#include <QWidget>
#include <memory>

namespace Ui {
class ApplicationDetailPane;
}

namespace reissuedesk {

class DocumentLoader;
class DocumentsPanel;

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

    // The window's one document loader (nullptr: documents are listed, not shown).
    void setDocumentLoader(DocumentLoader *loader);
    DocumentsPanel *documentsPanel() const;

    // What is shown (0: nothing).
    qint64 applicationId() const { return m_detail ? m_detail->application.id : 0; }
    int applicationVersion() const { return m_detail ? m_detail->application.version : 0; }

    // Moves the keyboard focus into the pane (Enter on a queue row).
    void focusContent();

    static QString statusText(ApplicationStatus status);
    static QString reasonText(ReplacementReason reason);
    static QString channelText(SalesChannel channel);
    static QString documentKindText(DocumentKind kind);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showApplicantFields();
    void showHolderFields();
    void showRiskFlags(int flags);
    void applyPalette();

    std::unique_ptr<Ui::ApplicationDetailPane> ui;
    std::optional<ApplicationDetail> m_detail;
    QTimer m_loadingDelay;
};

} // namespace reissuedesk
