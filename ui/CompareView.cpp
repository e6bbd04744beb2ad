#include "ui/CompareView.h"

#include "ui/CompareSynchronizer.h"
#include "ui/DocumentViewer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QSplitter>
#include <QVBoxLayout>

namespace reissuedesk {

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto *header = new QHBoxLayout;
    header->setSpacing(8);
    m_leftCombo = new QComboBox(this);
    m_leftCombo->setObjectName(QStringLiteral("leftDocumentCombo"));
    m_rightCombo = new QComboBox(this);
    m_rightCombo->setObjectName(QStringLiteral("rightDocumentCombo"));
    m_linkCheck = new QCheckBox(tr("Link zoom and pan"), this);
    m_linkCheck->setObjectName(QStringLiteral("linkCheck"));
    m_linkCheck->setChecked(true);
    m_linkCheck->setFocusPolicy(Qt::NoFocus);
    for (QComboBox *combo : {m_leftCombo, m_rightCombo})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    header->addWidget(m_leftCombo, 1, Qt::AlignLeft);
    header->addWidget(m_linkCheck, 0, Qt::AlignCenter);
    header->addWidget(m_rightCombo, 1, Qt::AlignRight);
    layout->addLayout(header);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("compareSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(8); // the two pages must not read as one
    m_left = new DocumentViewer(splitter);
    m_left->setObjectName(QStringLiteral("leftViewer"));
    m_right = new DocumentViewer(splitter);
    m_right->setObjectName(QStringLiteral("rightViewer"));
    splitter->addWidget(m_left);
    splitter->addWidget(m_right);
    layout->addWidget(splitter, 1);

    connect(m_leftCombo, &QComboBox::activated, this, [this](int index) { showPair(index, rightIndex()); });
    connect(m_rightCombo, &QComboBox::activated, this, [this](int index) { showPair(leftIndex(), index); });
    m_synchronizer = new CompareSynchronizer(m_left, m_right, this);
    connect(m_linkCheck, &QCheckBox::toggled, m_synchronizer, &CompareSynchronizer::setActive);
    for (DocumentViewer *viewer : {m_left, m_right})
        connect(viewer, &DocumentViewer::displayed, this, &CompareView::displayed);
}

CompareView::~CompareView() = default;

void CompareView::setLoader(DocumentLoader *loader)
{
    m_left->setLoader(loader);
    m_right->setLoader(loader);
}

void CompareView::setJobRunner(JobRunner *runner)
{
    m_left->setJobRunner(runner);
    m_right->setJobRunner(runner);
}

void CompareView::setOperator(const QString &login, qint64 operatorId)
{
    m_left->setOperator(login, operatorId);
    m_right->setOperator(login, operatorId);
}

void CompareView::setDocuments(const QList<Document> &documents, const QStringList &labels)
{
    m_documents = documents;
    for (QComboBox *combo : {m_leftCombo, m_rightCombo}) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (qsizetype i = 0; i < documents.size(); ++i)
            combo->addItem(i < labels.size() ? labels.at(i) : toKey(documents.at(i).kind));
    }
}

void CompareView::showPair(int left, int right)
{
    if (m_documents.isEmpty()) {
        clear();
        return;
    }
    left = std::clamp(left, 0, int(m_documents.size()) - 1);
    right = std::clamp(right, 0, int(m_documents.size()) - 1);
    {
        const QSignalBlocker leftBlocker(m_leftCombo);
        const QSignalBlocker rightBlocker(m_rightCombo);
        m_leftCombo->setCurrentIndex(left);
        m_rightCombo->setCurrentIndex(right);
    }
    m_left->showDocument(m_documents.at(left));
    m_right->showDocument(m_documents.at(right));
}

void CompareView::clear()
{
    m_left->clear();
    m_right->clear();
}

void CompareView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Two full tool bars need about 2 x 420 pixels.
    const bool compact = width() < 860;
    m_left->setCompactToolBar(compact);
    m_right->setCompactToolBar(compact);
}

int CompareView::leftIndex() const
{
    return m_leftCombo->currentIndex();
}

int CompareView::rightIndex() const
{
    return m_rightCombo->currentIndex();
}

bool CompareView::isLinked() const
{
    return m_linkCheck->isChecked();
}

void CompareView::setLinked(bool linked)
{
    m_linkCheck->setChecked(linked);
}

} // namespace reissuedesk
