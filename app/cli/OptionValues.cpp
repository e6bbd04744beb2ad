#include "cli/OptionValues.h"

#include "cli/CommandOutput.h"

#include <QCommandLineParser>

#include <cmath>

namespace reissuedesk::cli {

OptionValues::OptionValues(const QCommandLineParser &parser, const CommandOutput &out)
    : m_parser(parser)
    , m_out(out)
{
}

std::optional<int> OptionValues::wholeNumber(const QString &name, int low, int high) const
{
    bool ok = false;
    const int value = m_parser.value(name).toInt(&ok);
    if (ok && value >= low && value <= high)
        return value;
    m_out.error(tr("--%1 must be a whole number from %2 to %3, not \"%4\"")
                    .arg(name)
                    .arg(low)
                    .arg(high)
                    .arg(m_parser.value(name)));
    return std::nullopt;
}

std::optional<std::chrono::milliseconds> OptionValues::seconds(const QString &name, double low, double high) const
{
    bool ok = false;
    const double value = m_parser.value(name).toDouble(&ok);
    if (ok && value >= low && value <= high)
        return std::chrono::milliseconds(std::llround(value * 1000.0));
    m_out.error(tr("--%1 must be a number of seconds from %2 to %3, not \"%4\"")
                    .arg(name)
                    .arg(low)
                    .arg(high)
                    .arg(m_parser.value(name)));
    return std::nullopt;
}

std::optional<std::chrono::milliseconds> OptionValues::positiveSeconds(const QString &name, double high) const
{
    bool ok = false;
    const double value = m_parser.value(name).toDouble(&ok);
    if (ok && value > 0 && value <= high)
        return std::chrono::milliseconds(std::llround(value * 1000.0));
    m_out.error(tr("--%1 must be a number of seconds above 0 and at most %2, not \"%3\"")
                    .arg(name)
                    .arg(high)
                    .arg(m_parser.value(name)));
    return std::nullopt;
}

} // namespace reissuedesk::cli
