#pragma once
// `reissuedesk-admin dispatch --gateway URL`: the notification dispatcher as a
// service (systemd unit in resources/systemd/). It says once where it sends
// from and to (never a password or token), a progress line at most every
// 10 seconds, and on SIGTERM or SIGINT it stops claiming, lets the requests in
// flight answer, gives unsent claims back to the queue, prints a summary and
// exits 0. --once drains what is due now and exits.

#include "cli/AdminCommand.h"

#include <optional>

namespace reissuedesk {
struct DispatcherOptions;
}

namespace reissuedesk::cli {

class DispatchCommand final : public AdminCommand {
    Q_DECLARE_TR_FUNCTIONS(DispatchCommand)

public:
    QString name() const override { return QStringLiteral("dispatch"); }
    QString summary() const override
    {
        return tr("Deliver queued customer messages to the SMS / e-mail gateway (a service; --once: "
                  "what is due now).");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const CommandOutput &out) override;

    static int progressIntervalMs() { return 10000; }

private:
    // The options from the command line, or nullopt after printing why not.
    static std::optional<DispatcherOptions> dispatcherOptions(const QCommandLineParser &parser,
                                                              const CommandOutput &out);
};

} // namespace reissuedesk::cli
