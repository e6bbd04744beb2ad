#pragma once
// The resident ID card itself, rendered flat (no photo effects): its size, the
// side, and the image of one side with the holder's data. The front and the back
// each have their own file (IdCardFront.cpp, IdCardBack.cpp); IdCard.cpp puts a
// side together and caches what all cards share. Internal to the demo library.
//
// Drawing is in card pixels: `k` pixels per millimetre, origin at the card's
// top-left corner (the image adds CardMarginPx around it).

#include "demo/DocumentPainter.h"

#include <QColor>
#include <QImage>

#include <array>

class QPainter;

namespace reissuedesk::demo::painting {

// ISO/IEC 7810 ID-1, the size of every Chinese resident ID card.
inline constexpr qreal CardWidthMm = 85.6;
inline constexpr qreal CardHeightMm = 54.0;
inline constexpr qreal CardCornerMm = 3.18;

// A fully transparent border around the rendered card: bilinear sampling then fades
// the card's edge into the desk, which gives an anti-aliased outline for free when
// the card is drawn rotated (the raster engine does not anti-alias image edges).
inline constexpr int CardMarginPx = 2;

// The card is rendered at one of these widths and then drawn scaled into the frame.
// A fixed set keeps the card templates cacheable and the font engines' glyph caches
// warm (one cache per pixel size). The top width is the largest at which the holder's
// data, name included, stays within the raster engine's 64 px glyph cache (see
// drawText()). Bigger frames upscale the card, which at 12-24 MP looks like what a
// phone camera delivers anyway.
inline constexpr std::array<int, 10> CardWidths = {160, 240, 320, 400, 512, 640, 800, 1024, 1280, 1520};

enum class CardSide { Front, Back };

inline constexpr QRgb LabelColour = qRgb(52, 112, 176);
inline constexpr QRgb ValueColour = qRgb(24, 24, 28);

// The fine wavy security print of both sides.
void paintGuilloche(QPainter &p, qreal k, QColor colour, qreal phase);

// What every card of a side shows (IdCardFront.cpp, IdCardBack.cpp).
void paintFrontTemplate(QPainter &p, qreal k);
void paintBackTemplate(QPainter &p, qreal k);
// The holder's data on top of the template.
void paintFrontFields(QPainter &p, qreal k, const IdCardFace &face);
void paintBackFields(QPainter &p, qreal k, const IdCardFace &face);

// The smallest of CardWidths that is wide enough (a slight upscale allowed).
int cardRenderWidth(qreal neededWidth);

// One side of the card, `cardWidth` pixels wide plus CardMarginPx of transparent
// border all round, premultiplied ARGB.
QImage renderCard(CardSide side, const IdCardFace &face, int cardWidth);

} // namespace reissuedesk::demo::painting
