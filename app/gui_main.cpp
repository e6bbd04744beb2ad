// reissuedesk: the operators' desktop application (DESIGN.md "Executables").
// --db URL or $REISSUEDESK_DB chooses the database; without either, the embedded
// SQLite database in the user's data folder.
//
// The window appears before anything touches a database: opening it, the
// schema check and the operator's login run as jobs (DeskConnection) on the
// desk's JobRunner, and the window builds its pages when that answers. The
// environment is read here and nowhere in ui/.
//
// Unattended starts (tests, screenshots, benchmarks, the demo) authenticate for
// real: --password-file PATH or $REISSUEDESK_PASSWORD_FILE names a 0600 file
// whose first line is the password (the embedded database's operator, chosen
// by $REISSUEDESK_OPERATOR; or the PostgreSQL role's).
//
// The language (DeskLanguage): --lang, else $REISSUEDESK_LANG, else the
// Language setting, else the system locale; chosen before any page exists.

#include "core/ApplicationIdentity.h"
#include "core/StandardStreams.h"
#include "models/DeskConnection.h"
#include "models/DeskSecretStore.h"
#include "models/JobRunner.h"
#include "models/OperatorIdentity.h"
#include "models/Settings.h"
#include "ui/DeskCommandLine.h"
#include "ui/DeskLanguage.h"
#include "ui/MainWindow.h"
#include "ui/StartupProbe.h"
#include "ui/ViewTrace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>

int main(int argc, char *argv[])
{
    reissuedesk::reserveStandardStreams();
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    reissuedesk::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("ReissueDesk"));
    // The installed .desktop entry and icon (resources/desktop): Wayland
    // compositors match the window to the entry by this id, and the icon comes
    // from the hicolor theme when installed (no icon when run from a build tree).
    QApplication::setDesktopFileName(QStringLiteral("io.github.reissuedesk.ReissueDesk"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.reissuedesk.ReissueDesk")));

    // --lang first: --help and the parser's complaints speak the chosen language.
    reissuedesk::Settings settings;
    QString language = reissuedesk::DeskCommandLine::languageChoice(QCoreApplication::arguments());
    if (language.isEmpty())
        language = qEnvironmentVariable("REISSUEDESK_LANG");
    if (language.isEmpty())
        language = settings.get(reissuedesk::Settings::Key::Language).toString();
    const reissuedesk::DeskLanguage deskLanguage(reissuedesk::DeskLanguage::localeFor(language));
    reissuedesk::DeskLanguage::useFontsFor(deskLanguage.locale());
    QCommandLineParser parser;
    reissuedesk::DeskCommandLine::describe(parser);
    parser.process(app);
    // The window title is the translated name alone (Qt appends a differing display name).
    QApplication::setApplicationDisplayName(QCoreApplication::translate("MainWindow", "ReissueDesk"));
    bool leaseOk = false;
    const int leaseSeconds = qEnvironmentVariableIntValue("REISSUEDESK_LEASE_SECONDS", &leaseOk);
    if (leaseOk && leaseSeconds > 0)
        settings.setOverride(reissuedesk::Settings::Key::LeaseSeconds, leaseSeconds);
    // Chooses the Secret Service or owner-only files on first use, off this thread.
    settings.setSecretStore(std::make_shared<reissuedesk::DeskSecretStore>());

    // Declared before the window: destroyed after it, bounded (JobRunner).
    reissuedesk::JobRunner runner;
    reissuedesk::DeskConnection connection(runner);
    QString passwordFile = parser.value(QStringLiteral("password-file"));
    if (passwordFile.isEmpty())
        passwordFile = qEnvironmentVariable("REISSUEDESK_PASSWORD_FILE");
    connection.setPasswordFile(passwordFile);
    connection.setSecretStore(settings.secretStore());
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
    connection.connectTo(url, {}, reissuedesk::OperatorIdentity::loginFromEnvironment());
    return app.exec();
}
