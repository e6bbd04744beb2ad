#pragma once
// The customer texts as an administrator writes them: files in
// resources/templates (embedded under :/templates), one per channel and
// language ("sms.zh_CN.txt", "email.en.txt"), one "[section]" per message,
// named variables in braces. Everything that can go wrong with a template is
// found when it loads, not when a customer's message is rendered: a missing
// file or section, an unknown variable, a variable the message does not have,
// a variable the message must carry but lacks, unbalanced braces. Rendering
// then only substitutes: values go in verbatim (a customer's "{x}" stays text),
// "{{" and "}}" write literal braces. Format: docs/ADMINISTRATION.md.

#include "core/Decision.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace reissuedesk {

enum class MessageChannel { Sms, Email };

// Variable name -> value, e.g. {"application_number", "BK20260101-000001"}.
using MessageValues = QHash<QString, QString>;

class MessageTemplates {
public:
    // "zh_CN" and "en": the languages every template set must cover.
    static QStringList languages();
    // The language a customer's texts go out in: "en…" is English, everything
    // else (zh_CN, the default, included) Chinese.
    static QString languageFor(const QString &language);

    // Loads and checks every template in `directory`; on any problem returns
    // nothing and fills `errors` with one sentence per problem, each naming
    // the file, the section and the variable.
    static std::optional<MessageTemplates> load(const QString &directory, QStringList *errors);

    // The set built into the program (":/templates"), loaded once. A broken
    // built-in set cannot pass tst_messagetemplates; should one ship anyway the
    // program stops with the load errors rather than send a wrong text.
    static const MessageTemplates &builtIn();

    QString sms(MessageKind kind, const QString &language, const MessageValues &values) const;
    QString emailSubject(MessageKind kind, const QString &language, const MessageValues &values) const;
    // Ends with one line break.
    QString emailBody(MessageKind kind, const QString &language, const MessageValues &values) const;
    // What {reapply} says: whether and how the customer may apply again.
    QString reapply(MessageChannel channel, const QString &language, bool resubmissionAllowed) const;

    // {expected_delivery}: "3月9日" in Chinese, "9 March" in English.
    static QString expectedDeliveryText(QDate date, const QString &language);

private:
    QString render(const QString &key, const MessageValues &values) const;

    QHash<QString, QString> m_texts; // "sms.en.txt/approved" -> template text
};

} // namespace reissuedesk
