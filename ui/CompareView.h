#pragma once
// Two documents of one application side by side (say the ID front and the
// purchase voucher, or both sides of the ID), each in its own DocumentViewer,
// chosen from combo boxes. Zoom and pan are linked by default: zooming into the
// name on one zooms into the same place on the other (positions are relative to
// each document's size, so different resolutions still line up; the
// CompareSynchronizer does that).

#include "core/DomainTypes.h"

#include <QWidget>

class QCheckBox;
class QComboBox;

namespace reissuedesk {

class CompareSynchronizer;
class DocumentLoader;
class JobRunner;
class DocumentViewer;

class CompareView : public QWidget {
    Q_OBJECT

public:
    explicit CompareView(QWidget *parent = nullptr);
    ~CompareView() override;

    void setLoader(DocumentLoader *loader);
    void setJobRunner(JobRunner *runner); // for adjustments
    void setOperator(const QString &login, qint64 operatorId);

    // The documents to choose from, with the names the combos show.
    void setDocuments(const QList<Document> &documents, const QStringList &labels);
    // Shows documents[left] and documents[right] (indexes into setDocuments()).
    void showPair(int left, int right);
    void clear();

    DocumentViewer *leftViewer() const { return m_left; }
    DocumentViewer *rightViewer() const { return m_right; }
    int leftIndex() const;
    int rightIndex() const;
    bool isLinked() const;
    void setLinked(bool linked);

Q_SIGNALS:
    // Pixels of a document were painted for the first time in one of the viewers.
    void displayed(const reissuedesk::Document &document);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QList<Document> m_documents;
    QComboBox *m_leftCombo = nullptr;
    QComboBox *m_rightCombo = nullptr;
    QCheckBox *m_linkCheck = nullptr;
    DocumentViewer *m_left = nullptr;
    DocumentViewer *m_right = nullptr;
    CompareSynchronizer *m_synchronizer = nullptr;
};

} // namespace reissuedesk
