// The management dialogs, opened from the Tools menu.
#include "ActorsDialog.h"
#include "ExchangeRatesDialog.h"
#include "MainWindow.h"
#include "PivotWindow.h"
#include "ReportingDialog.h"

namespace c2c::app {

void MainWindow::showActors()
{
    ActorsDialog dialog(*m_portfolio, this);
    dialog.exec();
}

void MainWindow::showExchangeRates()
{
    ExchangeRatesDialog dialog(*m_portfolio, this);
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

void MainWindow::showReporting()
{
    ReportingDialog dialog(*m_portfolio, this);
    dialog.exec();
}

} // namespace c2c::app
