#pragma once
// Columns of the admin tool's text tables (report, stats) by display width: a
// terminal shows a Chinese character (East Asian Wide or Fullwidth) two columns
// wide, so QString::arg(text, -24), which pads by characters, pushes every
// Chinese row out of line. These pad by columns instead.

#include <QString>

namespace reissuedesk::cli {

// The columns a terminal gives `text`: 2 for East Asian Wide and Fullwidth
// characters, 0 for combining marks and zero-width characters, 1 otherwise.
int displayWidth(const QString &text);

// `text` followed by spaces up to `width` columns (unchanged when wider).
QString padRight(const QString &text, int width);
// Spaces up to `width` columns, then `text` (numbers and their headers).
QString padLeft(const QString &text, int width);

} // namespace reissuedesk::cli
