// The Help menu's windows and the confirmation before a delete of several projects.
#include "GuideWindow.h"
#include "MainWindow.h"
#include "ShortcutsDialog.h"

#include <QMessageBox>
#include <QKeySequence>
#include <QPushButton>

namespace c2c::app {

GuideWindow *MainWindow::showGuide()
{
    if (!m_guide)
        m_guide = new GuideWindow(this);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
    return m_guide;
}

ShortcutsDialog *MainWindow::showShortcuts()
{
    if (!m_shortcuts)
        m_shortcuts = new ShortcutsDialog(this);
    m_shortcuts->rebuild();
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
    return m_shortcuts;
}

bool MainWindow::confirmDelete(qsizetype count)
{
    QMessageBox box(QMessageBox::Question, tr("Delete projects"),
                    tr("Delete the %n selected project(s)?", nullptr, int(count)), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmDelete"));
    box.setInformativeText(tr("Edit > Undo (%1) puts them back.").arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    QPushButton *remove = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    // Enter right after the Delete key must not delete: the safe answer is the default.
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == remove;
}

} // namespace c2c::app
