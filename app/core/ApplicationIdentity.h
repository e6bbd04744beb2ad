#pragma once
// The names that decide where QSettings and QStandardPaths put things. The GUI
// and the admin tool must agree, or the admin tool would seed a different
// embedded database than the one the GUI opens.

#include "core/Version.h"

#include <QCoreApplication>

namespace reissuedesk {

inline void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ReissueDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ReissueDesk"));
    QCoreApplication::setApplicationVersion(buildVersion());
}

} // namespace reissuedesk
