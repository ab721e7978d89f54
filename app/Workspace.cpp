#include "Workspace.h"

#include "portfolio/Portfolio.h"

namespace c2c::app {

namespace {
constexpr qsizetype HistoryLimit = 50;
}

Workspace::Workspace(Portfolio &portfolio, QObject *parent) : QObject(parent), m_portfolio(portfolio)
{
    connect(&m_portfolio, &Portfolio::reset, this, &Workspace::refresh);
    connect(&m_portfolio, &Portfolio::changed, this, &Workspace::portfolioChanged);
    m_selection = select(m_portfolio.snapshot(), m_filter);
}

void Workspace::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    // Typing in the search box changes only the text: one history entry per search, not per key.
    Filter newOthers = filter, oldOthers = m_filter;
    newOthers.text.clear();
    oldOthers.text.clear();
    const bool typing = newOthers == oldOthers && !m_filter.text.isEmpty() && !filter.text.isEmpty();
    if (!typing) {
        m_history.append(m_filter);
        if (m_history.size() > HistoryLimit)
            m_history.removeFirst();
    }
    // A longer search text over the same other facets can only narrow: refine the current rows.
    const bool narrowing = newOthers == oldOthers && filter.text.startsWith(m_filter.text);
    Selection next = narrowing ? refine(m_portfolio.snapshot(), filter, m_selection) : select(m_portfolio.snapshot(), filter);
    m_filter = filter;
    replaceSelection(std::move(next));
    emit historyChanged(canGoBack());
}

void Workspace::back()
{
    if (m_history.isEmpty())
        return;
    m_filter = m_history.takeLast();
    refresh();
    emit historyChanged(canGoBack());
}

void Workspace::refresh()
{
    replaceSelection(select(m_portfolio.snapshot(), m_filter));
}

void Workspace::replaceSelection(Selection selection)
{
    emit selectionAboutToBeReplaced();
    m_selection = std::move(selection);
    emit selectionReplaced();
    emit selectionChanged();
}

void Workspace::portfolioChanged(const SnapshotDelta &delta)
{
    const SelectionUpdate update = updateSelection(m_portfolio.snapshot(), m_filter, m_selection, delta);
    emit selectionUpdated(update);
    emit selectionChanged();
}

} // namespace c2c::app
