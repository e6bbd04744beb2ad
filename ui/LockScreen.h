#pragma once
// What covers the window while the desk is locked: whose desk it is and a
// password field. The pages stay as they were underneath (the claim is kept),
// but nothing of them shows, and while locked every keyboard, mouse and
// shortcut event meant for any other widget of the application is swallowed,
// so no action runs behind the cover.

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace reissuedesk {

class LockScreen : public QWidget {
    Q_OBJECT

public:
    // Covers `window` (and follows its size).
    explicit LockScreen(QWidget *window);
    ~LockScreen() override;

    void lock(const QString &who);
    void unlock();
    // The answer to unlockRequested() when the password was not accepted.
    void showFailure(const QString &message);
    bool isLocked() const { return m_locked; }

Q_SIGNALS:
    void unlockRequested(const QString &password);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit();
    bool isMine(QObject *object) const;

    QLabel *m_whoLabel = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QLabel *m_messageLabel = nullptr;
    bool m_locked = false;
};

} // namespace reissuedesk
