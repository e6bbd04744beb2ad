#pragma once
// set-password: a new password for an existing operator — forgotten, or an
// operator from before passwords existed (an embedded database upgraded to
// schema 7 has none, nor do seed-demo's). Read like add-operator's: terminal
// twice without echo, or the first line of standard input. On SQLite it also
// lifts a lock-out.

#include "cli/AdminCommand.h"

namespace reissuedesk::cli {

class SetPasswordCommand final : public AdminCommand {
    Q_DECLARE_TR_FUNCTIONS(SetPasswordCommand)

public:
    QString name() const override { return QStringLiteral("set-password"); }
    QString summary() const override { return tr("Give an operator a new password."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const CommandOutput &out) override;
};

} // namespace reissuedesk::cli
