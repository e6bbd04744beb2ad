#pragma once
// libtiff's warnings and errors, which Qt's TIFF plugin (Qt 6.4) leaves on
// libtiff's default handlers: one line on standard error for every unknown
// tag, every read. A customer's 36 KB TIFF of 3,000 made-up tags wrote 948 KB
// to the desk's and the admin tool's standard error per check, so a file at
// the upload cap could fill a log. What the decoder makes of a file is said in
// its own sentence (DocumentDecoder); libtiff's lines go to the logging
// category "reissuedesk.imaging.libtiff" at debug level, off unless enabled:
//     QT_LOGGING_RULES="reissuedesk.imaging.libtiff.debug=true"

namespace reissuedesk {

class LibTiffMessages {
public:
    // Installs the handlers for the whole process (libtiff's are global), once;
    // cheap to call before every image read.
    static void keepOffStandardError();
};

} // namespace reissuedesk
