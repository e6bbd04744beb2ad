#include "ui/DeskCommandLine.h"

namespace reissuedesk {
namespace {

// QCommandLineParser's own texts in the desk's .ts, so --help reads well in
// Chinese without Qt's translations installed (the desk's translator is
// searched first). The admin tool does the same (cli/AdminLanguage.cpp).
[[maybe_unused]] const char *const g_parserTexts[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
};

const QString LangOption = QStringLiteral("lang");

} // namespace

QString DeskCommandLine::languageChoice(const QStringList &arguments)
{
    QCommandLineParser parser;
    describe(parser);
    parser.parse(arguments);
    return parser.value(LangOption);
}

void DeskCommandLine::describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(tr("ReissueDesk: review replacement-card applications."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("db"), tr("Database URL (sqlite:PATH or postgresql://...)."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("password-file"),
                      tr("Log in unattended with the password on the first line of PATH (a file only you can "
                         "read: mode 0600 or 0400)."),
                      QStringLiteral("PATH")});
    parser.addOption({LangOption,
                      tr("Language: zh_CN, en or system (default: $REISSUEDESK_LANG, else the Language setting, "
                         "else the system locale)."),
                      QStringLiteral("LANG")});
}

} // namespace reissuedesk
