#include "ui/DecisionDialog.h"

#include <QDialogButtonBox>
#include <QKeySequence>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <algorithm>

namespace reissuedesk {

DecisionDialog::DecisionDialog(QWidget *parent)
    : QDialog(parent)
{
}

void DecisionDialog::installConfirmKeys(QDialogButtonBox *buttons)
{
    for (const QKeyCombination keys : {Qt::CTRL | Qt::Key_Return, Qt::CTRL | Qt::Key_Enter}) {
        auto *confirm = new QShortcut(QKeySequence(keys), this);
        connect(confirm, &QShortcut::activated, this, [buttons] {
            QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
            // click() goes the way a mouse click goes: disabled or hidden, nothing.
            if (ok && ok->isEnabled() && ok->isVisible())
                ok->click();
        });
    }
}

void DecisionDialog::fitHeight()
{
    const int width = std::max(this->width(), minimumWidth());
    const int forWidth = heightForWidth(width);
    const int needed = forWidth > 0 ? forWidth : sizeHint().height();
    if (needed > height() || width > this->width())
        resize(width, std::max(needed, height()));
}

void DecisionDialog::reject()
{
    if (!hasChanges()) {
        QDialog::reject();
        return;
    }
    if (m_question) {
        m_question->raise();
        return;
    }
    m_question = new QMessageBox(QMessageBox::Question, windowTitle(), discardQuestionText(),
                                 QMessageBox::Discard | QMessageBox::Cancel, this);
    m_question->setObjectName(QStringLiteral("discardQuestion"));
    m_question->setTextFormat(Qt::PlainText);
    m_question->button(QMessageBox::Cancel)->setText(tr("Keep editing"));
    // Enter keeps the work: discarding takes a deliberate choice.
    m_question->setDefaultButton(QMessageBox::Cancel);
    m_question->setEscapeButton(QMessageBox::Cancel);
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_question, &QMessageBox::finished, this, [this] {
        const bool discard = m_question->clickedButton() == m_question->button(QMessageBox::Discard);
        m_question = nullptr;
        if (discard)
            QDialog::reject();
    });
    m_question->open();
}

} // namespace reissuedesk
