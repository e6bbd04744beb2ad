#pragma once
// The admin tool speaks the language of the locale the shell gives it, so
// `LANG=zh_CN.UTF-8 reissuedesk-admin --help` is Chinese. As in gettext
// programs, LC_ALL, then LC_MESSAGES, then LANG decide, and a C or POSIX
// locale means English even when LANGUAGE lists other languages: scripts and
// cron jobs that set LC_ALL=C get stable English messages. JSON output (keys
// and machine values) never changes with the language.

class QCoreApplication;
class QString;

namespace reissuedesk::cli {

// Installs the embedded reissuedesk-admin translation (:/i18n) and, when the
// system has them (Debian qt6-translations-l10n), Qt's own, for the parts of
// QCommandLineParser's help this tool does not translate itself. Returns the
// name of the translation loaded ("zh_CN"), or an empty string for English.
QString installAdminTranslations(QCoreApplication &application);

// True when the messages locale (LC_ALL, LC_MESSAGES, LANG) is C or POSIX.
bool messagesLocaleIsC();

} // namespace reissuedesk::cli
