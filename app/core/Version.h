#pragma once
// The version of this build (cmake/ReissueDeskVersion.cmake: git describe at
// configure time). A function in a generated source rather than a
// compile definition, so a new commit recompiles one file instead of all.

#include <QString>

namespace reissuedesk {

QString buildVersion();

} // namespace reissuedesk
