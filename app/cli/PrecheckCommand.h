#pragma once
// `reissuedesk-admin precheck [--watch]`: the OCR pre-check as a batch job or a
// service (resources/systemd/reissuedesk-precheck.service). Reads the ID scans
// queued in id_readings (Prechecker), one line per image, and a summary at the
// end. --watch keeps going: on PostgreSQL it LISTENs on reissuedesk_id_readings
// (the documents trigger NOTIFYs) and polls as a fallback; on SQLite it polls.
// SIGTERM / SIGINT stop it between images: unfinished claims are given back,
// the summary printed, exit 0. Several can run side by side on PostgreSQL.

#include "cli/AdminCommand.h"

namespace reissuedesk::cli {

class PrecheckCommand final : public AdminCommand {
    Q_DECLARE_TR_FUNCTIONS(PrecheckCommand)

public:
    QString name() const override { return QStringLiteral("precheck"); }
    QString summary() const override
    {
        return tr("Read the ID scans waiting for the OCR pre-check and store what they say (--watch: a service).");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const CommandOutput &out) override;

    static constexpr auto notificationChannel = "reissuedesk_id_readings";
};

} // namespace reissuedesk::cli
