#pragma once
// Where the holder's data sits on a resident ID card, in millimetres from the card's
// top-left corner (ISO/IEC 7810 ID-1, 85.6 x 54 mm), as printed on real cards and by
// the demo painter (app/demo/IdCardFront.cpp, IdCardBack.cpp). Each box is a little
// taller than the text so that a card located a millimetre off still has the whole
// line inside, and stops short of the printed labels ("公民身份号码", "年", "有效期限")
// that would otherwise be read as part of the value.

#include <QRectF>

namespace reissuedesk::IdFieldLayout {

// Front.
inline const QRectF Name{14.6, 6.0, 38.5, 6.3};
inline const QRectF Sex{14.6, 13.2, 8.0, 5.2};
inline const QRectF Birth{14.6, 19.7, 28.4, 5.2};
inline const QRectF Number{27.6, 43.6, 56.4, 5.8};
// Back.
inline const QRectF Authority{30.2, 39.2, 54.0, 5.2};
inline const QRectF Validity{30.2, 45.7, 54.0, 5.2};

// The back's red emblem: its centre and a radius well inside the disc.
inline constexpr double EmblemX = 14.5;
inline constexpr double EmblemY = 14.0;
inline constexpr double EmblemRadius = 5.0;

} // namespace reissuedesk::IdFieldLayout
