// The management dialogs, opened from the Tools menu.
#include "ActorsDialog.h"
#include "ExchangeRatesDialog.h"
#include "MainWindow.h"
#include "ComparisonWindow.h"
#include "PivotWindow.h"
#include "models/ProjectTableModel.h"
#include "portfolio/Portfolio.h"

#include <QItemSelectionModel>
#include <QTableView>
#include "ReportingDialog.h"

namespace c2c::app {

void MainWindow::showActors()
{
    if (refuseIfReadOnly())
        return;
    ActorsDialog dialog(*m_portfolio, *m_undo, [this](const QString &e) { showError(e); }, this);
    dialog.exec();
}

void MainWindow::showExchangeRates()
{
    if (refuseIfReadOnly())
        return;
    ExchangeRatesDialog dialog(*m_portfolio, *m_undo, [this](const QString &e) { showError(e); }, this);
    dialog.exec();
}

PivotWindow *MainWindow::showPivot()
{
    if (!m_pivot)
        m_pivot = new PivotWindow(*m_workspace, this);
    m_pivot->show();
    m_pivot->raise();
    m_pivot->activateWindow();
    return m_pivot;
}

ComparisonWindow *MainWindow::showComparison()
{
    if (!m_comparison)
        m_comparison = new ComparisonWindow(
            *m_workspace,
            [this] {
                QList<std::int64_t> ids;
                for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
                    ids.append(m_portfolio->snapshot().projectId[m_model->snapshotRow(index.row())]);
                return ids;
            },
            this);
    const qsizetype selected = m_table->selectionModel()->selectedRows().size();
    if (selected >= Compare::MinSubjects && selected <= Compare::MaxSubjects)
        m_comparison->compareSelectedProjects();
    m_comparison->show();
    m_comparison->raise();
    m_comparison->activateWindow();
    return m_comparison;
}

void MainWindow::showReporting()
{
    if (refuseIfReadOnly())
        return;
    ReportingDialog dialog(*m_portfolio, *m_undo, [this](const QString &e) { showError(e); }, this);
    dialog.exec();
}

} // namespace c2c::app
