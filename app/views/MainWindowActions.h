#pragma once
// The main window's menus and actions (private to the main window's files).
#include "MainWindow.h"

#include <QList>

class QToolBar;

namespace c2c::app {

class SavedViewsMenu;

struct MainWindow::Actions {
    QMenu *file, *edit, *view, *tools, *help, *recent, *columns, *language, *status;
    QAction *newPortfolio, *openPortfolio, *exportSummary, *quit;
    QAction *importFile, *importPaste, *importIati;
    QAction *undo, *redo, *newProject, *editProject, *duplicate, *remove, *copyRows, *setActor;
    QAction *find, *back, *clearFilters, *pivot, *compare, *korean, *english;
    QAction *actors, *rates, *reporting, *about, *guide, *shortcutList;
    QList<QAction *> statusActions;
    QList<QAction *> columnActions;
    QToolBar *toolbar;
    SavedViewsMenu *savedViews;
};

} // namespace c2c::app
