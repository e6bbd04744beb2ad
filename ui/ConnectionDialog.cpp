#include "ui/ConnectionDialog.h"

#include "ui_ConnectionDialog.h"

#include <QPushButton>

namespace reissuedesk {

ConnectionDialog::ConnectionDialog(const QString &currentUrl, const QString &problem, QWidget *parent)
    : QDialog(parent)
    , ui(std::make_unique<Ui::ConnectionDialog>())
{
    ui->setupUi(this);
    ui->problemLabel->setText(tr("ReissueDesk could not open the database:\n%1").arg(problem));
    ui->urlEdit->setText(currentUrl);
    ui->passwordEdit->setFocus();
    if (currentUrl.startsWith(QLatin1String("sqlite:")))
        ui->urlEdit->setFocus();
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ui->embeddedButton, &QPushButton::clicked, this, [this] {
        ui->urlEdit->setText(DatabaseUrl::defaultEmbedded().display());
        ui->passwordEdit->clear();
        accept();
    });
}

ConnectionDialog::~ConnectionDialog() = default;

QString ConnectionDialog::urlText() const { return ui->urlEdit->text().trimmed(); }

QString ConnectionDialog::password() const { return ui->passwordEdit->text(); }

} // namespace reissuedesk
