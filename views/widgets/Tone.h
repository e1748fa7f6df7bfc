#pragma once

#include <QColor>
#include <QPalette>

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

} // namespace Views
