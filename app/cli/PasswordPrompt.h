#pragma once
// Asks for a password on the controlling terminal without echoing it. Used only
// when the server asked for a password that neither $PGPASSWORD nor ~/.pgpass
// supplied; the answer is kept in memory for this process only.

#include <QString>

namespace reissuedesk::cli {

class PasswordPrompt {
public:
    static bool isInteractive();
    static QString ask(const QString &prompt);
};

} // namespace reissuedesk::cli
