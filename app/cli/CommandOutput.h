#pragma once
// Where a reissuedesk-admin command writes: results to stdout (human text, or one
// JSON object per line with --json), errors and progress to stderr.

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace reissuedesk::cli {

class CommandOutput {
    Q_DECLARE_TR_FUNCTIONS(CommandOutput)

public:
    explicit CommandOutput(bool json = false);

    bool isJson() const { return m_json; }
    void setJson(bool json) { m_json = json; }

    // A human line; printed only in text mode.
    void text(const QString &line) const;
    // A result record: JSON line in --json mode, else rendered by `asText`.
    void record(const QJsonObject &object, const QString &asText) const;
    // Errors always go to stderr; as {"error": ...} in --json mode.
    void error(const QString &message) const;
    void warning(const QString &message) const;
    // Transient progress on stderr (text mode and a terminal only).
    void progress(const QString &message) const;

private:
    bool m_json = false;
};

} // namespace reissuedesk::cli
