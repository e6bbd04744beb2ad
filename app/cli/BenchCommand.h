#pragma once
// `reissuedesk-admin bench WHAT`: timing figures for docs/BENCHMARKS.md. WHAT
// names one benchmark ("queue": QueueBenchmark); each prints a text table, or
// with --json one object per case and a summary object.

#include "cli/AdminCommand.h"
#include "cli/Benchmark.h"

namespace reissuedesk::cli {

class BenchCommand final : public AdminCommand {
    Q_DECLARE_TR_FUNCTIONS(BenchCommand)

public:
    QString name() const override { return QStringLiteral("bench"); }
    QString summary() const override
    {
        return tr("Time the queue's queries (bench queue), decoding (bench decode FILE), the "
                  "notification dispatcher (bench dispatch) or the OCR ID reader (bench ocr).");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const CommandOutput &out) override;
    bool takesArguments() const override { return true; }

    // The benchmarks WHAT may name.
    static QStringList benchmarks();

private:
    static int runDecode(const QString &path, const CommandOutput &out, const BenchOptions &options);
    static int runDispatch(const QCommandLineParser &parser, const CommandOutput &out);
    static int runIdleDesks(const QCommandLineParser &parser, const CommandOutput &out);
    static int runOcr(const QCommandLineParser &parser, const CommandOutput &out);
    static int runQueue(const QCommandLineParser &parser, const CommandOutput &out, const BenchOptions &options);
    static int runReport(const QCommandLineParser &parser, const CommandOutput &out, const BenchOptions &options);
};

} // namespace reissuedesk::cli
