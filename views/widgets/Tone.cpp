#include "views/widgets/Tone.h"

#include <QWidget>

namespace Views
{

QColor toneAccent(Tone tone)
{
    switch (tone) {
    case Tone::Information:
        return QColor(61, 174, 233);
    case Tone::Positive:
        return QColor(39, 174, 96);
    case Tone::Warning:
        return QColor(246, 116, 0);
    case Tone::Error:
        return QColor(218, 68, 83);
    }
    return {};
}

QColor toneBackground(const QPalette &palette, Tone tone)
{
    const QColor base = palette.color(QPalette::Window);
    const QColor accent = toneAccent(tone);
    constexpr double Weight = 0.22;
    return QColor::fromRgbF(static_cast<float>(base.redF() * (1 - Weight) + accent.redF() * Weight),
        static_cast<float>(base.greenF() * (1 - Weight) + accent.greenF() * Weight),
        static_cast<float>(base.blueF() * (1 - Weight) + accent.blueF() * Weight));
}

void setTextTone(QWidget *widget, Tone tone)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, toneAccent(tone));
    widget->setPalette(palette);
}

} // namespace Views
