// A portfolio this user may read but not write (a shared file in mode 444, a
// folder without write access): browsing, filtering, charts, the pivot and
// exports work; every edit is disabled, and refused with a message naming the
// file if it is reached some other way.
#include "MainWindow.h"
#include "MainWindowActions.h"
#include "portfolio/Portfolio.h"
#include "storage/FileAccess.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>

namespace c2c::app {

void MainWindow::applyReadOnly()
{
    if (!m_portfolio->isReadOnly())
        return;
    Actions &a = *m_actions;
    for (QAction *act : {a.importFile, a.importPaste, a.importIati, a.undo, a.redo, a.newProject, a.editProject,
                         a.duplicate, a.remove, a.setActor, a.actors, a.rates, a.reporting})
        act->setEnabled(false);
    for (QAction *act : a.statusActions)
        act->setEnabled(false);
    a.status->setEnabled(false);
    m_readOnlyNotice = new QLabel(this);
    m_readOnlyNotice->setObjectName(QStringLiteral("readOnlyNotice"));
    m_readOnlyNotice->setStyleSheet(QStringLiteral("QLabel { color: #8a4b00; font-weight: bold; padding: 0 6px; }"));
    statusBar()->insertPermanentWidget(0, m_readOnlyNotice);
}

void MainWindow::retranslateReadOnly()
{
    if (!m_portfolio->isReadOnly())
        return;
    setWindowTitle(tr("%1 (read-only)").arg(windowTitle()));
    m_readOnlyNotice->setText(tr("Read-only"));
    m_readOnlyNotice->setToolTip(tr("%1 is open read-only (%2): you can browse, filter and export, but not change it.")
                                     .arg(QDir::toNativeSeparators(m_portfolio->path()),
                                          m_portfolio->database().readOnlyReason()));
}

bool MainWindow::refuseIfReadOnly()
{
    if (!m_portfolio->isReadOnly())
        return false;
    showError(FileAccess::readOnlyMessage(QDir::toNativeSeparators(m_portfolio->path()),
                                          m_portfolio->database().readOnlyReason()));
    return true;
}

} // namespace c2c::app
