#include "ui/LoginDialog.h"

#include "ui_LoginDialog.h"

#include <QPushButton>

namespace reissuedesk {

LoginDialog::LoginDialog(const QString &databaseDisplay, const QString &suggestedLogin, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::LoginDialog>())
{
    ui->setupUi(this);
    ui->databaseLabel->setText(tr("Database: %1").arg(databaseDisplay));
    ui->loginEdit->setText(suggestedLogin);
    if (suggestedLogin.isEmpty())
        ui->loginEdit->setFocus();
    else
        ui->passwordEdit->setFocus();
    // OK does not close: the window does, once the password was right.
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

LoginDialog::~LoginDialog()
{
    ui->passwordEdit->clear();
}

void LoginDialog::submit()
{
    if (m_checking)
        return;
    const QString login = ui->loginEdit->text().trimmed();
    if (login.isEmpty() || ui->passwordEdit->text().isEmpty()) {
        ui->messageLabel->setText(tr("Enter your login and your password."));
        (login.isEmpty() ? ui->loginEdit : ui->passwordEdit)->setFocus();
        return;
    }
    setChecking(true);
    ui->messageLabel->setText(tr("Checking…"));
    Q_EMIT submitted(login, ui->passwordEdit->text());
}

void LoginDialog::showFailure(const QString &message)
{
    setChecking(false);
    ui->messageLabel->setText(message);
    ui->passwordEdit->clear();
    ui->passwordEdit->setFocus();
}

void LoginDialog::setChecking(bool checking)
{
    m_checking = checking;
    ui->loginEdit->setEnabled(!checking);
    ui->passwordEdit->setEnabled(!checking);
    ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!checking);
}

} // namespace reissuedesk
