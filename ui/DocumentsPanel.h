#pragma once
// The uploaded documents of one application: a strip of thumbnails
// (DocumentThumbnailModel + DocumentThumbnailDelegate) named by kind (with a red ✗ on the ones that cannot be shown and
// a warning sign on the ones changed since upload), the selected document in a DocumentViewer, what the bytes say about
// the file (size, pixels, real format, sha256, camera and capture time, warnings), and a compare mode (C) with two
// documents side by side. Everything is fetched and decoded by the one DocumentLoader; a document that fails says why
// inside the viewer and the others still show.
//
// Every document displayed (main viewer or compare) is written to the audit log
// once per setDocuments(), on the JobRunner's database lane (one JobSlot per
// document, so the panel hears whether each row was written; answers for a
// panel that is gone by then are dropped).
//
// Keys (with the viewer focused, see focusViewer()): the viewer's own, and
// Alt+→ / Alt+← or PgDn / PgUp (past a PDF's last or first page) for the
// next and previous document; C for compare.

#include "core/DomainTypes.h"
#include "imaging/DocumentInspector.h"

#include <QHash>
#include <QImage>
#include <QPointer>
#include <QSet>
#include <QWidget>
#include <memory>

namespace Ui {
class DocumentsPanel;
}

namespace reissuedesk {

class CompareView;
class DocumentLoader;
class DocumentThumbnailModel;
class DocumentViewer;
class JobRunner;
class JobSlot;
struct LoadedDocument;

class DocumentsPanel : public QWidget {
    Q_OBJECT

public:
    // Thumbnails are requested at this size (logical pixels; ~160 px wide).
    static constexpr int ThumbnailWidth = 160;
    static constexpr int ThumbnailHeight = 112;

    explicit DocumentsPanel(QWidget *parent = nullptr);
    ~DocumentsPanel() override;

    // One loader per window: shared by every panel and viewer.
    void setLoader(DocumentLoader *loader);
    // Where views are audited (database lane) and adjustments computed
    // (Background lane). nullptr: views are not audited, which the panel says.
    void setJobRunner(JobRunner *runner);
    // Puts the keyboard on the document viewer (or the compare view's left
    // one), so zoom, rotate, loupe, adjustments and next/previous document work
    // without Tab. Call it when an application is opened.
    void focusViewer();
    void nextDocument();
    void previousDocument();
    // Who is looking: the watermark's login and the audit rows' operator.
    void setViewer(const QString &operatorLogin, qint64 operatorId);

    void setDocuments(qint64 applicationId, const QList<Document> &documents);
    // Warms the loader's cache with the next application's documents (viewer
    // size first, then thumbnails), replacing any earlier prefetch.
    void prefetch(const QList<Document> &nextApplicationDocuments);
    void clear();

    qint64 applicationId() const { return m_applicationId; }
    // In display order: ID front, ID back, purchase voucher, other.
    QList<Document> documents() const;
    int currentIndex() const;
    void selectDocument(int index);
    // Shows the document with this id and outlines `region` on it (a check's
    // value, where OCR read it). Nothing happens for a document not listed.
    void highlightRegion(qint64 documentId, const QRect &region);
    bool isCompareMode() const;
    void setCompareMode(bool on);

    DocumentViewer *viewer() const;
    CompareView *compareView() const;
    DocumentThumbnailModel *thumbnailModel() const { return m_thumbnails; }

    // "ID front", "ID back", "Purchase voucher", "Other".
    static QString kindLabel(DocumentKind kind);
    // The order documents are shown in (the order an operator checks them).
    static QList<Document> displayOrder(QList<Document> documents);

    // REISSUEDESK_TRACE=1: marks the start of "select an application, see its
    // documents" (called by the page that owns the selection).
    static void traceSelection(qint64 applicationId);

Q_SIGNALS:
    // The audit row for this view was written.
    void viewAudited(qint64 documentId);
    void auditFailed(const QString &message);

private:
    void onLoaded(quint64 requestId, const LoadedDocument &result);
    void showFacts(int index);
    void currentChanged(int row);
    void recordView(const Document &document);
    void auditAnswered(qint64 documentId, const QString &error);
    void cancelThumbnails();
    void updateOrientation();
    void fitFacts();
    QSize thumbnailTarget() const;
    int indexOfDocument(qint64 documentId) const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::unique_ptr<Ui::DocumentsPanel> ui;
    QPointer<DocumentLoader> m_loader;
    QPointer<JobRunner> m_runner;
    QHash<qint64, std::shared_ptr<JobSlot>> m_auditSlots; // per document id
    QString m_login;
    qint64 m_operatorId = 0;
    qint64 m_applicationId = 0;
    DocumentThumbnailModel *m_thumbnails; // the strip's rows, and what loads taught about each
    QSet<qint64> m_audited;               // document ids viewed since setDocuments()
};

} // namespace reissuedesk
