// File > Export: the dialog, then the export itself with progress and a clear
// message when the file cannot be written.
#include "ExportDialog.h"
#include "MainWindow.h"
#include "StatusNotice.h"
#include "Workspace.h"
#include "models/ProjectTableModel.h"
#include "portfolio/Portfolio.h"

#include <QApplication>
#include <QDesktopServices>
#include <QUrl>
#include <QDir>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTableView>
#include <algorithm>

namespace c2c::app {

void MainWindow::exportPortfolio()
{
    const qsizetype selected = m_table->selectionModel()->selectedRows().size();
    ExportDialog dialog(m_portfolio->name(), qsizetype(m_workspace->selection().size()), selected, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = dialog.request().path;
    if (QFileInfo::exists(path)
        && QMessageBox::question(this, tr("Export"), tr("%1 exists. Replace it?").arg(QDir::toNativeSeparators(path)))
               != QMessageBox::Yes)
        return;
    const ExportOutcome outcome = exportTo(dialog.request(), dialog.selectedOnly());
    if (!outcome.status) {
        showError(outcome.status.error());
        return;
    }
    QString message = tr("%n project(s) exported to %1", nullptr, int(outcome.written)).arg(QDir::toNativeSeparators(path));
    if (!outcome.skipped.isEmpty())
        QMessageBox::information(this, tr("Export"),
                                 tr("%n project(s) could not be written in this format:", nullptr, int(outcome.skipped.size()))
                                     + QStringLiteral("\n\n") + outcome.skipped.join(QLatin1Char('\n')));
    if (!outcome.warnings.isEmpty())
        QMessageBox::warning(this, tr("Export"),
                             tr("The file was written, but %n cell(s) had to be shortened:", nullptr, int(outcome.warnings.size()))
                                 + QStringLiteral("\n\n") + outcome.warnings.mid(0, 20).join(QLatin1Char('\n')));
    const QString folder = QFileInfo(path).absolutePath();
    m_notice->showNotice(message, tr("Open folder"), [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
}

ExportOutcome MainWindow::exportTo(const ExportRequest &request, bool selectedOnly)
{
    Selection rows;
    if (selectedOnly) {
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            rows.push_back(m_model->snapshotRow(index.row()));
        std::sort(rows.begin(), rows.end());
    } else {
        rows = m_workspace->selection();
    }
    QProgressDialog progress(tr("Exporting %n project(s)…", nullptr, int(rows.size())), QString(), 0, 1000, this);
    progress.setWindowTitle(tr("Export"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setCancelButton(nullptr);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ExportOutcome outcome =
        ExportRunner::run(*m_portfolio, m_workspace->filter(), rows, request, [&progress](std::int64_t done, std::int64_t total) {
            progress.setValue(total > 0 ? int(1000 * done / total) : 1000);
        });
    QApplication::restoreOverrideCursor();
    return outcome;
}

} // namespace c2c::app
