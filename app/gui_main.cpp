// reissuedesk: the operators' desktop application (DESIGN.md "Executables").
// --db URL or $REISSUEDESK_DB chooses the database; without either, the embedded
// SQLite database in the user's data folder.

#include "core/ApplicationIdentity.h"
#include "ui/DatabaseConnector.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
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
    reissuedesk::MainWindow window(*database);
    window.show();
    return app.exec();
}
