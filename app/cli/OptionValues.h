#pragma once

// Checked numeric option values for the admin commands: a value outside its
// range is refused with one sentence naming the option, the range and what was
// typed, and the command stops (usage error) instead of running with a default.

#include <QCoreApplication>

#include <chrono>
#include <optional>

class QCommandLineParser;
class QString;

namespace reissuedesk::cli {

class CommandOutput;

class OptionValues {
    Q_DECLARE_TR_FUNCTIONS(OptionValues)

public:
    OptionValues(const QCommandLineParser &parser, const CommandOutput &out);

    // A whole number in [low, high] from option `name`, or nullopt after saying why.
    std::optional<int> wholeNumber(const QString &name, int low, int high) const;
    // Seconds (fractions allowed) in [low, high].
    std::optional<std::chrono::milliseconds> seconds(const QString &name, double low, double high) const;
    // Seconds (fractions allowed) in (0, high]: a duration that must not be zero.
    std::optional<std::chrono::milliseconds> positiveSeconds(const QString &name, double high) const;

private:
    const QCommandLineParser &m_parser;
    const CommandOutput &m_out;
};

} // namespace reissuedesk::cli
