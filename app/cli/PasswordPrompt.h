#pragma once
// Asks for a password on the controlling terminal without echoing it: when the
// server asked for a password that neither $PGPASSWORD nor ~/.pgpass supplied,
// and for a new operator's password (add-operator). Answers are kept in memory
// for this process only; a password is never taken from an argument, which
// every user of the machine can read in ps.

#include <QCoreApplication>
#include <QString>

namespace reissuedesk::cli {

class PasswordPrompt {
    Q_DECLARE_TR_FUNCTIONS(PasswordPrompt)

public:
    static bool isInteractive();
    static QString ask(const QString &prompt);

    // A new password: asked twice on the terminal when stdin is one, else the
    // first line of standard input (scripts: printf '%s\n' "$pw" | ...).
    // Returns false with `error` set (a sentence) when the two answers differ
    // or the password is empty.
    static bool readNewPassword(const QString &forWhom, QString &password, QString &error);
};

} // namespace reissuedesk::cli
