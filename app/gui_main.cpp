// reissuedesk: the operators' desktop application (DESIGN.md "Executables").
// --db URL or $REISSUEDESK_DB chooses the database; without either, the embedded
// SQLite database in the user's data folder.
//
// The window appears before anything touches a database: opening it, the
// schema check and the operator lookup run as one job (DeskConnection) on the
// desk's JobRunner, and the window builds its pages when that answers. The
// environment is read here and nowhere in ui/.

#include "core/ApplicationIdentity.h"
#include "models/DeskConnection.h"
#include "models/JobRunner.h"
#include "models/OperatorIdentity.h"
#include "models/Settings.h"
#include "ui/MainWindow.h"
#include "ui/StartupProbe.h"
#include "ui/ViewTrace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>

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

    reissuedesk::Settings settings;
    bool leaseOk = false;
    const int leaseSeconds = qEnvironmentVariableIntValue("REISSUEDESK_LEASE_SECONDS", &leaseOk);
    if (leaseOk && leaseSeconds > 0)
        settings.setOverride(reissuedesk::Settings::Key::LeaseSeconds, leaseSeconds);

    // Declared before the window: destroyed after it, bounded (JobRunner).
    reissuedesk::JobRunner runner;
    reissuedesk::DeskConnection connection(runner);
    reissuedesk::MainWindow window(runner, connection, settings);
    window.show();
    reissuedesk::ViewTrace::setEnabled(qEnvironmentVariableIntValue("REISSUEDESK_TRACE") == 1);
    if (qEnvironmentVariable("REISSUEDESK_STARTUP_PROBE") == QLatin1String("1"))
        reissuedesk::StartupProbe::install(window, sinceStart);
    // --db, else $REISSUEDESK_DB, else the database last chosen in the
    // connection dialog, else the embedded file (DatabaseUrl::resolve).
    QString url = parser.value(QStringLiteral("db"));
    if (url.isEmpty() && qEnvironmentVariable("REISSUEDESK_DB").isEmpty())
        url = settings.get(reissuedesk::Settings::Key::LastDatabaseUrl).toString();
    connection.connectTo(url, {},
                         reissuedesk::OperatorIdentity::loginFromEnvironment());
    return app.exec();
}
