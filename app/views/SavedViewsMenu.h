#pragma once
// View > Saved views: save what the officer or researcher is looking at (the
// filter, and the pivot's rows, columns and measure or the compared actors)
// under a name in the portfolio, and reopen it from the menu.
#include "domain/Result.h"
#include "storage/SavedViewRepository.h"

#include <QMenu>

namespace c2c::app {

class MainWindow;

class SavedViewsMenu : public QMenu {
    Q_OBJECT

public:
    SavedViewsMenu(MainWindow &window, QWidget *parent);

    // The current view: the pivot when its window is open, else the compared actors, else the filter alone.
    SavedView current(const QString &name) const;
    Status save(const QString &name);
    void apply(const SavedView &view);
    Result<QList<SavedView>> views() const;
    void retranslate();

private:
    void fill();
    void askAndSave();

    MainWindow &m_window;
};

} // namespace c2c::app
