#include "WindowPlacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QWidget>

namespace c2c::app {

QRect fitWindow(QSize preferred, const QRect &available, const QRect &parentFrame, QMargins frame)
{
    const QRect room = available.marginsRemoved(frame);
    const QSize size = preferred.boundedTo(room.size()).expandedTo(QSize(1, 1));
    QRect r(QPoint(0, 0), size);
    r.moveCenter(parentFrame.isValid() ? parentFrame.center() : room.center());
    // Pulled back inside, right and bottom first so that a window larger than the room keeps its top left in view.
    r.moveRight(std::min(r.right(), room.right()));
    r.moveBottom(std::min(r.bottom(), room.bottom()));
    r.moveLeft(std::max(r.left(), room.left()));
    r.moveTop(std::max(r.top(), room.top()));
    return r;
}

namespace {

QScreen *screenOf(const QWidget *window)
{
    const QWidget *parent = window->parentWidget() ? window->parentWidget()->window() : nullptr;
    QScreen *screen = parent ? parent->screen() : window->screen();
    return screen ? screen : QGuiApplication::primaryScreen();
}

bool onAScreen(const QRect &geometry)
{
    const QRect framed = geometry.marginsAdded(AssumedFrame);
    for (const QScreen *s : QGuiApplication::screens())
        if (s->availableGeometry().contains(framed) || s->availableGeometry().contains(geometry))
            return true;
    return false;
}

} // namespace

void placeWindow(QWidget *window, QSize preferred, const QString &settingsKey)
{
    const QByteArray saved = QSettings().value(settingsKey).toByteArray();
    if (!saved.isEmpty() && window->restoreGeometry(saved)) {
        if (onAScreen(window->geometry()))
            return;
        preferred = window->size(); // the officer's size, where it fits
    }
    const QScreen *screen = screenOf(window);
    if (!screen) {
        window->resize(preferred);
        return;
    }
    const QWidget *parent = window->parentWidget() ? window->parentWidget()->window() : nullptr;
    const QRect parentFrame = parent && parent->isVisible() ? parent->frameGeometry() : QRect();
    window->setGeometry(fitWindow(preferred, screen->availableGeometry(), parentFrame));
}

void rememberWindow(const QWidget *window, const QString &settingsKey)
{
    QSettings().setValue(settingsKey, window->saveGeometry());
}

} // namespace c2c::app
