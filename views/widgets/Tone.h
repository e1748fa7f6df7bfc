#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace Views
{

/// The semantic tones banners and badges use. Colours are derived from the current palette
/// (a tint of the tone over the window colour), so they read well in light and dark themes.
enum class Tone { Information, Positive, Warning, Error };

/// A strong colour for a tone: a Breeze-like accent, for borders, icons and gauges.
QColor toneAccent(Tone tone);
/// The accent blended over the palette's window colour: a background that keeps WindowText
/// readable in light and dark palettes.
QColor toneBackground(const QPalette &palette, Tone tone);
/// Colours a widget's text (a problem or status label) in the tone's accent.
void setTextTone(QWidget *widget, Tone tone);

} // namespace Views
