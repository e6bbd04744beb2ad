#pragma once
// Shown when the database cannot be opened: says why, and lets the user fix the
// URL, give a password (kept in memory only) or fall back to the embedded file.

#include "storage/DatabaseUrl.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ConnectionDialog;
}

namespace reissuedesk {

class ConnectionDialog : public QDialog {
    Q_OBJECT

public:
    ConnectionDialog(const QString &currentUrl, const QString &problem, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    QString urlText() const;
    QString password() const;

private:
    std::unique_ptr<Ui::ConnectionDialog> ui;
};

} // namespace reissuedesk
