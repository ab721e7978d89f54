// Opening the project editor: the dialog edits a copy; saving is an undo command.
#include "MainWindow.h"
#include "ProjectEditor.h"

namespace c2c::app {

void MainWindow::openEditor(const Project &project, bool isNew)
{
    if (refuseIfReadOnly())
        return;
    ProjectEditor editor(*m_portfolio, project, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    if (isNew)
        addProject(editor.project());
    else
        applyEdit(project, editor.project());
}

} // namespace c2c::app
