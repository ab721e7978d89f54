#pragma once
// Tooltips that name the shortcut ("Undo (Ctrl+Z)"), made in one place for every
// action that has a shortcut, and the names the shortcut list shows.
#include <QString>

class QAction;
class QWidget;

namespace c2c::app::ShortcutToolTips {

// The action's name as a person reads it: its text without the mnemonic "&" and the "…".
QString actionName(const QAction *action);
// All the action's shortcuts in the platform's notation, e.g. "Ctrl+Z".
QString shortcutText(const QAction *action);
// The tooltip: the status tip (a longer description) or the name, then the shortcut in
// parentheses; just the name for an action without a shortcut.
QString toolTip(const QAction *action);
// Sets the tooltip of every action under root that has a shortcut, and keeps it right
// whenever the action changes (its text after a language switch or an undo, its shortcut).
void keepUpToDate(QWidget *root);

} // namespace c2c::app::ShortcutToolTips
