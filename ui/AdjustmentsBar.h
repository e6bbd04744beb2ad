#pragma once
// The sliders and boxes for the display-only tone adjustments (brightness,
// contrast, gamma, invert, grayscale, "Normal"). Shows what it is given and
// says what the operator asked for; the viewer computes the picture.

#include "imaging/ImageAdjustments.h"

#include <QWidget>

class QCheckBox;
class QSlider;

namespace reissuedesk {

class AdjustmentsBar : public QWidget {
    Q_OBJECT

public:
    explicit AdjustmentsBar(QWidget *parent = nullptr);

    // Shows `adjustments` without emitting.
    void showAdjustments(const ImageAdjustments &adjustments);

Q_SIGNALS:
    void adjustmentsRequested(const reissuedesk::ImageAdjustments &adjustments);

private:
    ImageAdjustments fromWidgets() const;

    QSlider *m_brightnessSlider = nullptr;
    QSlider *m_contrastSlider = nullptr;
    QSlider *m_gammaSlider = nullptr;
    QCheckBox *m_invertCheck = nullptr;
    QCheckBox *m_grayscaleCheck = nullptr;
};

} // namespace reissuedesk
