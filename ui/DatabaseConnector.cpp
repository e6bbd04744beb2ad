#include "ui/DatabaseConnector.h"

#include "storage/Migrator.h"
#include "storage/StorageError.h"
#include "ui/ConnectionDialog.h"

#include <QApplication>
#include <QCursor>

namespace reissuedesk {

std::unique_ptr<Database> DatabaseConnector::connect(const QString &urlFromCommandLine, QWidget *parent)
{
    QString urlText = urlFromCommandLine;
    QString password;
    for (;;) {
        QString problem;
        try {
            DatabaseUrl url = DatabaseUrl::resolve(urlText);
            if (!password.isEmpty())
                url = url.withPassword(password);
            urlText = url.display();
            QApplication::setOverrideCursor(Qt::WaitCursor);
            auto database = std::make_unique<Database>(url);
            Migrator(*database).migrate();
            QApplication::restoreOverrideCursor();
            return database;
        } catch (const StorageError &error) {
            if (QApplication::overrideCursor())
                QApplication::restoreOverrideCursor();
            problem = error.message();
        }
        ConnectionDialog dialog(urlText, problem, parent);
        if (dialog.exec() != QDialog::Accepted)
            return nullptr;
        urlText = dialog.urlText();
        password = dialog.password();
    }
}

} // namespace reissuedesk
