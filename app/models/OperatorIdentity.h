#pragma once
// Who sits at this desk, resolved once at start and handed to every page (pages
// never look it up themselves, nor read the environment). Today the login is
// $REISSUEDESK_OPERATOR or the OS user name, registered as an operator when the
// database does not know it yet; a login dialog replaces that in a later issue.

#include <QMetaType>
#include <QString>

namespace reissuedesk {

class Database;

struct OperatorIdentity {
    qint64 id = 0;        // 0: nobody (nothing is "held by me")
    QString login;
    QString displayName;
    QString role;         // operator | supervisor | admin

    bool isKnown() const { return id > 0; }
    // For the watermark and the status bar.
    QString label() const { return login.isEmpty() ? QString() : login; }

    // The login this desk runs as: $REISSUEDESK_OPERATOR, else the OS user.
    static QString loginFromEnvironment();
    // Looks `login` up (registering it as an operator when unknown). Runs SQL:
    // call it on the Database lane. Throws StorageError.
    static OperatorIdentity resolve(const Database &database, const QString &login);
};

} // namespace reissuedesk

Q_DECLARE_METATYPE(reissuedesk::OperatorIdentity)
