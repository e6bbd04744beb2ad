#pragma once
// What the approve and reject dialogs share about keys: Ctrl+Enter confirms
// from anywhere, the text fields included (Enter there is a new line); Esc,
// Cancel and closing the window ask before they throw away what the operator
// has entered. The question is a window-modal box opened without a nested
// event loop, so the page behind keeps receiving its timers and answers.
//
// To close without asking (the claim was lost, the page is leaving), call
// done(QDialog::Rejected), which does not go through reject().

#include <QDialog>

class QDialogButtonBox;
class QMessageBox;

namespace reissuedesk {

class DecisionDialog : public QDialog {
    Q_OBJECT

public:
    explicit DecisionDialog(QWidget *parent = nullptr);

    // Asks first when there are changes.
    void reject() override;

    // The open "Discard …?" box, or null.
    QMessageBox *discardQuestion() const { return m_question; }

protected:
    // Ctrl+Enter and Ctrl+Return press `buttons`' OK button when it is enabled.
    void installConfirmKeys(QDialogButtonBox *buttons);

    // Grows the dialog to the height its contents need at its width. Not
    // adjustSize(): that caps a window at 2/3 of the screen, and on an 800
    // pixel high desk screen squeezes the texts below what they need.
    void fitHeight();

    // True when closing would lose something the operator entered.
    virtual bool hasChanges() const = 0;
    // "Discard this rejection?"
    virtual QString discardQuestionText() const = 0;

private:
    QMessageBox *m_question = nullptr;
};

} // namespace reissuedesk
