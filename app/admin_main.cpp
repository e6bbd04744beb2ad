// reissuedesk-admin: administration and tooling (DESIGN.md "Executables").
// A QGuiApplication on the offscreen platform, because seed-demo draws document
// images with fonts; nothing here opens a window.

#include "cli/AdminTool.h"
#include "core/ApplicationIdentity.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    reissuedesk::setApplicationIdentity();
    return reissuedesk::cli::AdminTool().run(QCoreApplication::arguments());
}
