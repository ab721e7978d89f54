#pragma once
// What the officer is looking at: the current filter and the selection core
// computed for it, kept in step with every edit of the portfolio. Views read
// from here and never filter on their own. Filter changes can be walked back
// (View > Back) like a browser's history.
#include "portfolio/Filter.h"
#include "portfolio/SelectionUpdate.h"

#include <QObject>
#include <QTimer>

namespace c2c {
class Portfolio;
}

namespace c2c::app {

class Workspace : public QObject {
    Q_OBJECT

public:
    explicit Workspace(Portfolio &portfolio, QObject *parent = nullptr);

    Portfolio &portfolio() { return m_portfolio; }
    const Filter &filter() const { return m_filter; }
    const Selection &selection() const { return m_selection; }
    bool canGoBack() const { return !m_history.isEmpty(); }

public slots:
    // Applies a new filter; the previous one goes on the history.
    void setFilter(const c2c::Filter &filter);
    void back();
    // Recomputes the selection for the current filter (after edits).
    void refresh();

signals:
    // Another filter, or everything may have changed: views rebuild (keeping the projects
    // the officer had highlighted, by id).
    void selectionAboutToBeReplaced();
    void selectionReplaced();
    // An edit of the portfolio: views apply only what changed.
    void selectionUpdated(const c2c::SelectionUpdate &update);
    // After either: counts, totals and charts follow.
    void selectionChanged();
    void historyChanged(bool canGoBack);

private:
    void replaceSelection(Selection selection);
    void portfolioChanged(const c2c::SnapshotDelta &delta);
    Portfolio &m_portfolio;
    Filter m_filter;
    Selection m_selection;
    QList<Filter> m_history;
};

} // namespace c2c::app
