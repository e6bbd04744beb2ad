#include "ui/CompareSynchronizer.h"

#include "ui/DocumentViewer.h"

namespace reissuedesk {

CompareSynchronizer::CompareSynchronizer(DocumentViewer *left, DocumentViewer *right, QObject *parent)
    : QObject(parent)
    , m_left(left)
    , m_right(right)
{
    connect(left, &DocumentViewer::viewChangedByUser, this, [this] { follow(m_left, m_right); });
    connect(right, &DocumentViewer::viewChangedByUser, this, [this] { follow(m_right, m_left); });
    connect(left, &DocumentViewer::loaded, this, [this] { follow(m_right, m_left); });
    connect(right, &DocumentViewer::loaded, this, [this] { follow(m_left, m_right); });
}

void CompareSynchronizer::setActive(bool active)
{
    m_active = active;
    if (active)
        follow(m_left, m_right);
}

void CompareSynchronizer::follow(DocumentViewer *leader, DocumentViewer *follower)
{
    if (!m_active || !leader || !follower || !leader->hasImage() || !follower->hasImage())
        return;
    follower->applyViewState(leader->viewState());
}

} // namespace reissuedesk
