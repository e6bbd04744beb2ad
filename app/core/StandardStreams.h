#pragma once
// A program started with a standard descriptor closed (`cmd <&-`, some
// service managers) would hand that number to the next file it opens: Qt's
// event loop took descriptor 0 for an eventfd, and `import-shipments -` then
// waited on it for ever; a closed 2 would send warnings into whatever file
// got it. reserveStandardStreams() opens /dev/null on each of 0, 1 and 2 that
// is closed; call it first in main(), before anything opens a file.

namespace reissuedesk {

void reserveStandardStreams();

// True when descriptor 0 was closed at start (and now reads /dev/null): "-"
// then names no input at all, which a command says rather than read nothing.
bool standardInputWasClosed();

} // namespace reissuedesk
