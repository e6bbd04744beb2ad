#pragma once
// add-operator: a person who may log in. PostgreSQL: their own login role
// (SCRAM-SHA-256, hashed client-side), member of reissuedesk_<role>, and the
// operators row; SQLite: the row with an argon2id hash. The password comes
// from the terminal (asked twice, no echo) or the first line of standard
// input, never from an argument. An existing login is left unchanged.

#include "cli/AdminCommand.h"

namespace reissuedesk::cli {

class AddOperatorCommand final : public AdminCommand {
    Q_DECLARE_TR_FUNCTIONS(AddOperatorCommand)

public:
    QString name() const override { return QStringLiteral("add-operator"); }
    QString summary() const override { return tr("Register an operator, supervisor or administrator."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const CommandOutput &out) override;

    // Who the audit names for changes made with this tool on SQLite.
    static QString adminActor();
    static bool isLogin(const QString &login);
};

} // namespace reissuedesk::cli
