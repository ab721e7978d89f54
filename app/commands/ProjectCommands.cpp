#include "ProjectCommands.h"

#include "Translations.h"
#include "portfolio/Portfolio.h"

#include <QUndoStack>

namespace c2c::app {

QString commandTitle(const Project &p)
{
    const QString t = p.title.text(currentLanguage());
    return t.isEmpty() ? p.key : t;
}

void ProjectCommand::retranslateAll(QUndoStack &stack)
{
    for (int i = 0; i < stack.count(); ++i)
        if (auto *c = dynamic_cast<const ProjectCommand *>(stack.command(i)))
            const_cast<ProjectCommand *>(c)->retranslate();
}

void ProjectCommand::fail(const QString &message)
{
    setObsolete(true);
    if (m_collecting)
        m_firstError = message;
    else if (m_onError)
        m_onError(message);
}

void ProjectCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    doRedo();
}

void ProjectCommand::undo()
{
    doUndo();
}

Status ProjectCommand::runFirst()
{
    m_collecting = true;
    doRedo();
    m_collecting = false;
    if (isObsolete())
        return Status::failure(m_firstError);
    m_done = true;
    return {};
}

Status runAndPush(QUndoStack &stack, ProjectCommand *command)
{
    const Status st = command->runFirst();
    if (!st) {
        delete command;
        return st;
    }
    stack.push(command);
    return {};
}

bool ProjectCommand::applyChange(ChangeSet &change, ChangeSet &opposite)
{
    const Status st = m_portfolio.apply(change);
    if (!st) {
        fail(st.error());
        return false;
    }
    change.givenVersions = false;
    opposite.givenVersions = false;
    for (qsizetype i = 0; i < change.removed.size(); ++i)
        for (Project &p : opposite.added)
            if (p.id == change.removed[i])
                p.version = change.removedVersions.value(i);
    return true;
}

AddProjectCommand::AddProjectCommand(Portfolio &portfolio, Project project, ErrorSink onError, bool duplicate)
    : ProjectCommand(portfolio, std::move(onError)), m_duplicate(duplicate)
{
    m_add.added.append(std::move(project));
    setText(describe());
}

QString AddProjectCommand::describe() const
{
    const Project &p = m_add.added.first();
    return m_duplicate ? tr("Duplicate “%1”").arg(commandTitle(p)) : tr("New project “%1”").arg(commandTitle(p));
}

void AddProjectCommand::doRedo()
{
    // The first time the project is created; after an undo it comes back under the same id.
    if (applyChange(m_add, m_remove))
        m_remove.removed = {m_add.added.first().id};
}

void AddProjectCommand::doUndo()
{
    applyChange(m_remove, m_add);
}

EditProjectCommand::EditProjectCommand(Portfolio &portfolio, Project before, Project after, ErrorSink onError)
    : ProjectCommand(portfolio, std::move(onError))
{
    after.version = before.version; // what the officer saw when the editor opened
    m_after.changed.append(std::move(after));
    m_after.givenVersions = true;
    m_before.changed.append(std::move(before));
    setText(describe());
}

QString EditProjectCommand::describe() const
{
    return tr("Edit “%1”").arg(commandTitle(m_after.changed.first()));
}

void EditProjectCommand::doRedo()
{
    applyChange(m_after, m_before);
}

void EditProjectCommand::doUndo()
{
    applyChange(m_before, m_after);
}

DeleteProjectsCommand::DeleteProjectsCommand(Portfolio &portfolio, QList<Project> projects, ErrorSink onError)
    : ProjectCommand(portfolio, std::move(onError))
{
    for (const Project &p : projects) {
        m_delete.removed.append(p.id);
        m_delete.removedVersions.append(p.version);
    }
    m_delete.givenVersions = true;
    m_restore.added = std::move(projects);
    setText(describe());
}

QString DeleteProjectsCommand::describe() const
{
    return m_restore.added.size() == 1 ? tr("Delete “%1”").arg(commandTitle(m_restore.added.first()))
                                       : tr("Delete %n project(s)", nullptr, int(m_restore.added.size()));
}

void DeleteProjectsCommand::doRedo()
{
    applyChange(m_delete, m_restore);
}

void DeleteProjectsCommand::doUndo()
{
    applyChange(m_restore, m_delete);
}

BulkChangeCommand::BulkChangeCommand(Portfolio &portfolio, QList<Project> before, const Change &change,
                                     Describe describe, ErrorSink onError)
    : ProjectCommand(portfolio, std::move(onError)), m_describe(std::move(describe))
{
    m_before.changed = before;
    for (Project &p : before)
        change(p);
    m_after.changed = std::move(before);
    m_after.givenVersions = true;
    setText(m_describe());
}

void BulkChangeCommand::doRedo()
{
    applyChange(m_after, m_before);
}

void BulkChangeCommand::doUndo()
{
    applyChange(m_before, m_after);
}

} // namespace c2c::app
