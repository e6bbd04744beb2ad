#include "imaging/LibTiffMessages.h"

#include <QLoggingCategory>

#include <cstdarg>
#include <cstdio>
#include <mutex>

#include <tiffio.h>

namespace reissuedesk {
namespace {

Q_LOGGING_CATEGORY(lcLibTiff, "reissuedesk.imaging.libtiff", QtInfoMsg)

void toLog(const char *kind, const char *module, const char *format, va_list arguments)
{
    if (!lcLibTiff().isDebugEnabled())
        return;
    char text[512];
    std::vsnprintf(text, sizeof text, format, arguments);
    qCDebug(lcLibTiff, "%s %s: %s", kind, module ? module : "libtiff", text);
}

void onWarning(const char *module, const char *format, va_list arguments)
{
    toLog("warning", module, format, arguments);
}

void onError(const char *module, const char *format, va_list arguments)
{
    toLog("error", module, format, arguments);
}

} // namespace

void LibTiffMessages::keepOffStandardError()
{
    static std::once_flag once;
    std::call_once(once, [] {
        TIFFSetWarningHandler(onWarning);
        TIFFSetErrorHandler(onError);
    });
}

} // namespace reissuedesk
