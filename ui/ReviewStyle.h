#pragma once
// The review page's look in one place: status and deadline pills, the
// banner's three tones, the painted verdict icons, quieter captions, and how
// times read. Painted rather than taken from a font or theme so that every
// desk shows the same marks.

#include "core/ReviewChecks.h"

#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QString>

class QLabel;
class QWidget;

namespace reissuedesk::reviewstyle {

enum class BannerTone { Info, Warning, Error };

QString pillStyle(const QColor &background, const QColor &foreground);
QColor verdictColor(CheckVerdict verdict);
// A filled circle with a white tick, exclamation mark or cross.
QIcon verdictIcon(CheckVerdict verdict, qreal devicePixelRatio);
// For the frame named `frameName` holding a label named `labelName`.
QString bannerStyle(BannerTone tone, const QString &frameName, const QString &labelName);
// Captions one step quieter than their values.
void makeCaption(QLabel *caption);
// A value that shows customer or personal data: plain text, selectable.
void makeValue(QLabel *value);

// "2026-12-01 14:03" in local time, "—" when unknown.
QString localTime(const QDateTime &time);
// "14:03" today, the date too on another day.
QString shortTime(const QDateTime &time);

} // namespace reissuedesk::reviewstyle
