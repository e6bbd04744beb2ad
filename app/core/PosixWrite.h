#pragma once
// Writing a whole buffer to a file descriptor: write(2) may write less than
// asked and may be interrupted by a signal; both mean "go on". One loop for
// every place that writes to a raw descriptor (secret files, the PDF worker's
// in-memory files and its answer).

#include <QByteArray>

namespace reissuedesk {

// True when every byte was written; false on any other error (errno says which).
bool writeAll(int fd, const QByteArray &bytes);

} // namespace reissuedesk
