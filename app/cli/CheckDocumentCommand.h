#pragma once

#include "cli/AdminCommand.h"

namespace reissuedesk::cli {

// `check-document FILE_OR_URL...`: runs the desk's own pipeline (fetch with cap
// and timeout, sniff, inspect, decode) headless and prints a verdict per input.
class CheckDocumentCommand final : public AdminCommand {
    Q_DECLARE_TR_FUNCTIONS(CheckDocumentCommand)

public:
    QString name() const override { return QStringLiteral("check-document"); }
    QString summary() const override { return tr("Check documents (files or URLs) the way the viewer loads them."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const CommandOutput &out) override;
    bool takesArguments() const override { return true; }
};

} // namespace reissuedesk::cli
