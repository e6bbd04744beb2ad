#pragma once
// The desk's command line, in the desk's language. --help has to speak the
// language that --lang chooses, so the line is read twice: first only for
// --lang (languageChoice(), before any translator exists), then, once
// DeskLanguage is installed, by a parser whose descriptions go through tr()
// and which handles --help, --version and mistakes (process()).

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

namespace reissuedesk {

class DeskCommandLine {
    Q_DECLARE_TR_FUNCTIONS(DeskCommandLine)

public:
    // The --lang value of `arguments` (the program name first), empty when
    // absent; nothing is printed and a mistake elsewhere is left for process().
    static QString languageChoice(const QStringList &arguments);

    // Fills `parser` with the desk's options, described in the current language.
    static void describe(QCommandLineParser &parser);
};

} // namespace reissuedesk
