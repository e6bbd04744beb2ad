#pragma once

#include "cli/AdminCommand.h"

namespace reissuedesk::cli {

// `read-id [--json] FILE...`: the desk's OCR ID reader (imaging/IdCardReader) on
// files, one result per file: with --json the object the desk stores plus "file".
class ReadIdCommand final : public AdminCommand {
    Q_DECLARE_TR_FUNCTIONS(ReadIdCommand)

public:
    QString name() const override { return QStringLiteral("read-id"); }
    QString summary() const override
    {
        return tr("Read ID card photos with the desk's OCR: number, name, birth date, validity.");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const CommandOutput &out) override;
    bool takesArguments() const override { return true; }
};

} // namespace reissuedesk::cli
