#pragma once
// How an application's facts look on screen, shared by the queue's detail pane
// and the review page so that both show status, dates and addresses alike.

#include "core/DomainTypes.h"

#include <QColor>
#include <QString>
#include <utility>

namespace reissuedesk::presentation {

inline const QString dateTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm");

// "—" for an empty value, so that a missing fact reads as missing.
QString orDash(const QString &text);

// Addresses typed by people differ in spacing and punctuation; only a difference
// in the words themselves is worth a warning.
QString comparableAddress(const QString &address);

// Background and text colour of a status chip: calm for work in progress,
// clear for outcomes.
std::pair<QColor, QColor> statusColors(ApplicationStatus status);

// Still waiting for a decision (the deadline counts).
bool isOpen(ApplicationStatus status);

} // namespace reissuedesk::presentation
