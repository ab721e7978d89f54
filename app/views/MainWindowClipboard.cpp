// Copying rows for a spreadsheet: the selected projects, in the order the table
// shows them, with the export's columns and a header row (core's RowsTable).
#include "MainWindow.h"
#include "Translations.h"
#include "io/RowsTable.h"
#include "models/ProjectTableModel.h"
#include "portfolio/Portfolio.h"

#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QStatusBar>
#include <QTableView>
#include <algorithm>

namespace c2c::app {

void MainWindow::copySelectedRows()
{
    std::vector<int> positions;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        positions.push_back(index.row());
    if (positions.empty())
        return;
    std::sort(positions.begin(), positions.end());
    std::vector<Row> rows;
    rows.reserve(positions.size());
    for (int position : positions)
        rows.push_back(m_model->snapshotRow(position));
    const RowsTable table = rowsTable(m_portfolio->snapshot(), rows, currentLanguage());
    auto *data = new QMimeData;
    data->setText(table.tsv);
    data->setHtml(table.html);
    QApplication::clipboard()->setMimeData(data);
    statusBar()->showMessage(tr("Copied %n project(s) with a header row.", nullptr, int(rows.size())), 6000);
}

} // namespace c2c::app
