#pragma once
// reissuedesk-admin import FILE.jsonl (docs/IMPORT.md). Exit codes, the same
// rule as import-shipments: 0 every line imported or already present, 1 the
// input or the database failed (see the message; the summary is printed all
// the same), 2 usage, 3 some lines were rejected (the good ones were imported).

#include "cli/AdminCommand.h"

namespace reissuedesk::cli {

class ImportCommand final : public AdminCommand {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override { return tr("Import applications from a JSON Lines file (see docs/IMPORT.md)."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const CommandOutput &out) override;
    bool takesArguments() const override { return true; }
};

} // namespace reissuedesk::cli
