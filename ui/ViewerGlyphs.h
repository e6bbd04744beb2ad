#pragma once
// The document viewer's tool bar icons, drawn in code (20 x 20, crisp at any
// scale): the viewer must fit two to a row in compare mode, so words would not do.

#include <QColor>
#include <QIcon>
#include <QString>

class QToolButton;
class QWidget;

namespace reissuedesk {

enum class Glyph {
    None,
    ZoomOut,
    ZoomIn,
    FitPage,
    FitWidth,
    RotateLeft,
    RotateRight,
    Reset,
    Loupe,
    Adjust,
    Previous,
    Next
};

QIcon glyphIcon(Glyph glyph, const QColor &color);

// An auto-raised tool button that never takes the keyboard from the viewer.
QToolButton *viewerToolButton(QWidget *parent, const QString &text, const QString &toolTip, const QString &name,
                              Glyph glyph = Glyph::None);

} // namespace reissuedesk
