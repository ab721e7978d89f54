#pragma once
// Where a secondary window (pivot, comparison) opens: wholly on the screen
// of the window that opened it, never partly below or beside it; where the
// officer last left it when that still fits on a screen.
#include <QMargins>
#include <QRect>
#include <QString>

class QWidget;

namespace c2c::app {

// The room a window manager's frame takes around a window not yet shown (title bar above).
inline constexpr QMargins AssumedFrame{8, 32, 8, 8};

// The geometry (without frame) of a window of size preferred: no larger than available less the
// frame, centred on the parent's frame, and with its frame wholly inside available.
QRect fitWindow(QSize preferred, const QRect &available, const QRect &parentFrame, QMargins frame = AssumedFrame);

// Gives window the geometry it had when rememberWindow() last saved it under settingsKey if that
// lies wholly on a screen; otherwise fits preferred onto the available area of the parent's screen.
void placeWindow(QWidget *window, QSize preferred, const QString &settingsKey);
void rememberWindow(const QWidget *window, const QString &settingsKey);

} // namespace c2c::app
