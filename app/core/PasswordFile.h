#pragma once
// The password of an unattended desk (tests, screenshots, benchmarks, the demo)
// read from a file named by --password-file or $REISSUEDESK_PASSWORD_FILE. Like
// ssh with a private key, it is refused unless only its owner can read it: a
// regular file owned by the user running the desk, with no permission for group
// or others (0600 or 0400). Only the first line counts; the rest is ignored.

#include <QString>

namespace reissuedesk {

class PasswordFile {
public:
    struct Result {
        QString password;
        QString error; // a sentence for people; empty on success

        bool ok() const { return error.isEmpty(); }
    };
    // Opens without following the caller into a FIFO or device (never blocks).
    static Result read(const QString &path);
    // The same rules for another secret (e.g. "gateway token file"): `what`
    // names the file in the error sentences.
    static Result read(const QString &path, const QString &what);
};

} // namespace reissuedesk
