#include "cli/PasswordPrompt.h"

#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace reissuedesk::cli {

bool PasswordPrompt::isInteractive()
{
    return isatty(STDIN_FILENO) && isatty(STDERR_FILENO);
}

QString PasswordPrompt::ask(const QString &prompt)
{
    const QByteArray promptBytes = prompt.toUtf8();
    std::fwrite(promptBytes.constData(), 1, std::size_t(promptBytes.size()), stderr);
    std::fflush(stderr);
    termios saved{};
    const bool canHide = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    std::string line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.push_back(char(c));
    if (canHide)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputc('\n', stderr);
    return QString::fromStdString(line);
}

bool PasswordPrompt::readNewPassword(const QString &forWhom, QString &password, QString &error)
{
    if (isatty(STDIN_FILENO)) {
        password = ask(tr("New password for %1: ").arg(forWhom));
        const QString again = ask(tr("The same password again: "));
        if (password != again) {
            password.clear();
            error = tr("the two passwords differ; nothing was changed");
            return false;
        }
    } else {
        std::string line;
        int c = 0;
        while ((c = std::fgetc(stdin)) != EOF && c != '\n')
            line.push_back(char(c));
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        password = QString::fromStdString(line);
    }
    if (password.isEmpty()) {
        error = tr("the password is empty; nothing was changed (give it on the terminal, or on the first "
                   "line of standard input)");
        return false;
    }
    return true;
}

} // namespace reissuedesk::cli
