#pragma once
// The embedded database's login: a login and a password, checked off the GUI
// thread (DeskConnection::logIn). The dialog stays open while the check runs
// and after a refusal (the reason under the fields, the password cleared);
// the window closes it when the desk is connected. Cancel closes the desk.

#include <QDialog>
#include <memory>

namespace Ui {
class LoginDialog;
}

namespace reissuedesk {

class LoginDialog : public QDialog {
    Q_OBJECT

public:
    LoginDialog(const QString &databaseDisplay, const QString &suggestedLogin, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // The answer to submitted(): says why, and lets them try again.
    void showFailure(const QString &message);
    bool isChecking() const { return m_checking; }

Q_SIGNALS:
    void submitted(const QString &login, const QString &password);

private:
    void submit();
    void setChecking(bool checking);

    std::unique_ptr<Ui::LoginDialog> ui;
    bool m_checking = false;
};

} // namespace reissuedesk
