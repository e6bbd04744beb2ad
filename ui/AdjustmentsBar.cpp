#include "ui/AdjustmentsBar.h"

#include "ui/ViewerGlyphs.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QToolButton>
#include <cmath>

namespace reissuedesk {

AdjustmentsBar::AdjustmentsBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("adjustBar"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 0, 6, 2);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(0);
    const auto slider = [this, grid](const QString &caption, const QString &name, int minimum, int maximum, int value,
                                     int row, int column) {
        auto *label = new QLabel(caption, this);
        auto *s = new QSlider(Qt::Horizontal, this);
        s->setObjectName(name);
        s->setRange(minimum, maximum);
        s->setValue(value);
        s->setFocusPolicy(Qt::NoFocus);
        s->setMinimumWidth(60);
        grid->addWidget(label, row, column);
        grid->addWidget(s, row, column + 1);
        return s;
    };
    m_brightnessSlider = slider(tr("Brightness"), QStringLiteral("brightnessSlider"), -100, 100, 0, 0, 0);
    m_contrastSlider = slider(tr("Contrast"), QStringLiteral("contrastSlider"), -100, 100, 0, 0, 2);
    // Gamma in hundredths, 0.20 .. 3.00.
    m_gammaSlider = slider(tr("Gamma"), QStringLiteral("gammaSlider"), 20, 300, 100, 1, 0);
    m_invertCheck = new QCheckBox(tr("Invert"), this);
    m_invertCheck->setObjectName(QStringLiteral("invertCheck"));
    m_grayscaleCheck = new QCheckBox(tr("Grayscale"), this);
    m_grayscaleCheck->setObjectName(QStringLiteral("grayscaleCheck"));
    QToolButton *resetButton = viewerToolButton(this, tr("Normal"), tr("Undo all adjustments (Ctrl+0)"),
                                                QStringLiteral("resetAdjustmentsButton"));
    auto *checks = new QHBoxLayout;
    checks->setSpacing(8);
    for (QCheckBox *check : {m_invertCheck, m_grayscaleCheck}) {
        check->setFocusPolicy(Qt::NoFocus);
        checks->addWidget(check);
    }
    checks->addStretch(1);
    checks->addWidget(resetButton);
    grid->addLayout(checks, 1, 2, 1, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    // Never wider than the viewer: a narrow compare pane clips, it does not grow.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    const auto changed = [this] { Q_EMIT adjustmentsRequested(fromWidgets()); };
    for (QSlider *s : {m_brightnessSlider, m_contrastSlider, m_gammaSlider})
        connect(s, &QSlider::valueChanged, this, changed);
    for (QCheckBox *check : {m_invertCheck, m_grayscaleCheck})
        connect(check, &QCheckBox::toggled, this, changed);
    connect(resetButton, &QToolButton::clicked, this, [this] { Q_EMIT adjustmentsRequested({}); });
}

ImageAdjustments AdjustmentsBar::fromWidgets() const
{
    ImageAdjustments adjustments;
    adjustments.brightness = m_brightnessSlider->value();
    adjustments.contrast = m_contrastSlider->value();
    adjustments.gamma = m_gammaSlider->value() / 100.0;
    adjustments.invert = m_invertCheck->isChecked();
    adjustments.grayscale = m_grayscaleCheck->isChecked();
    return adjustments;
}

void AdjustmentsBar::showAdjustments(const ImageAdjustments &adjustments)
{
    const QSignalBlocker b1(m_brightnessSlider), b2(m_contrastSlider), b3(m_gammaSlider), b4(m_invertCheck),
        b5(m_grayscaleCheck);
    m_brightnessSlider->setValue(adjustments.brightness);
    m_contrastSlider->setValue(adjustments.contrast);
    m_gammaSlider->setValue(int(std::lround(adjustments.gamma * 100)));
    m_invertCheck->setChecked(adjustments.invert);
    m_grayscaleCheck->setChecked(adjustments.grayscale);
}

} // namespace reissuedesk
