// reissuedesk-admin: administration and tooling (DESIGN.md "Executables").
// A QGuiApplication on the offscreen platform, because seed-demo draws document
// images with fonts; nothing here opens a window.

#include "cli/AdminLanguage.h"
#include "cli/AdminTool.h"
#include "core/ApplicationIdentity.h"
#include "core/StandardStreams.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <unistd.h>

namespace {

// Outside a desktop session (cron, ssh, CI) XDG_RUNTIME_DIR is unset and Qt
// prints a warning on every run, which would pollute --json output on stderr.
void ensureRuntimeDirectory()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString path = QDir::tempPath() + QStringLiteral("/reissuedesk-runtime-%1").arg(getuid());
    QDir().mkpath(path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(path));
}

} // namespace

int main(int argc, char *argv[])
{
    reissuedesk::reserveStandardStreams();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ensureRuntimeDirectory();
    QGuiApplication app(argc, argv);
    reissuedesk::setApplicationIdentity();
    reissuedesk::cli::installAdminTranslations(app);
    return reissuedesk::cli::AdminTool().run(QCoreApplication::arguments());
}
