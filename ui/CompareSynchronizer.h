#pragma once
// Keeps two document viewers looking at the same region (after Gwenview's
// DocumentViewSynchronizer): when the operator zooms or pans one, the other
// follows, by zoom relative to "fit page" and a centre relative to the
// document's size, so different resolutions still line up. A document that
// arrives after the other was zoomed joins in where it is.

#include <QObject>
#include <QPointer>

namespace reissuedesk {

class DocumentViewer;

class CompareSynchronizer : public QObject {
    Q_OBJECT

public:
    CompareSynchronizer(DocumentViewer *left, DocumentViewer *right, QObject *parent = nullptr);

    bool isActive() const { return m_active; }
    // Switching on aligns the right viewer with the left one.
    void setActive(bool active);

private:
    void follow(DocumentViewer *leader, DocumentViewer *follower);

    QPointer<DocumentViewer> m_left;
    QPointer<DocumentViewer> m_right;
    bool m_active = true;
};

} // namespace reissuedesk
