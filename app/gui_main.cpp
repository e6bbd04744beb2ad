// reissuedesk: the operators' desktop application (DESIGN.md "Executables").
// --db URL or $REISSUEDESK_DB chooses the database; without either, the embedded
// SQLite database in the user's data folder.

#include "core/ApplicationIdentity.h"
#include "storage/OperatorRepository.h"
#include "storage/StorageError.h"
#include "ui/DatabaseConnector.h"
#include "ui/MainWindow.h"
#include "ui/StartupProbe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMessageBox>

namespace {

// The operator at this desk: $REISSUEDESK_OPERATOR, else the OS user name; a
// login seen for the first time is registered as an operator.
qint64 resolveOperator(const reissuedesk::Database &database)
{
    QString login = qEnvironmentVariable("REISSUEDESK_OPERATOR").trimmed();
    if (login.isEmpty())
        login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")).trimmed();
    if (login.isEmpty())
        return 0;
    try {
        reissuedesk::OperatorRepository operators(database);
        if (const auto found = operators.findByLogin(login))
            return found->id;
        return operators.add(login, login, QStringLiteral("operator")).id;
    } catch (const reissuedesk::StorageError &error) {
        QMessageBox::warning(nullptr, QStringLiteral("ReissueDesk"),
                             QApplication::translate("main",
                                                     "Operator \"%1\" could not be looked up: %2\n"
                                                     "The queue is shown, but nothing is held by you.")
                                 .arg(login, error.message()));
        return 0;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    reissuedesk::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("ReissueDesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ReissueDesk: review replacement-card applications."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database URL (sqlite:PATH or postgresql://...)."),
                      QStringLiteral("URL")});
    parser.process(app);

    auto database = reissuedesk::DatabaseConnector::connect(parser.value(QStringLiteral("db")));
    if (!database)
        return 1;
    reissuedesk::MainWindow window(*database, resolveOperator(*database));
    window.show();
    reissuedesk::StartupProbe::installIfRequested(window, sinceStart);
    return app.exec();
}
