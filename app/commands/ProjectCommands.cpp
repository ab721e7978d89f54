#include "ProjectCommands.h"

#include "portfolio/Portfolio.h"

namespace c2c::app {

namespace {

QString titleOf(const Project &p)
{
    const QString t = p.title.text(Language::English);
    return t.isEmpty() ? p.key : t;
}

} // namespace

void ProjectCommand::fail(const QString &message)
{
    setObsolete(true);
    if (m_onError)
        m_onError(message);
}

AddProjectCommand::AddProjectCommand(Portfolio &portfolio, Project project, ErrorSink onError, bool duplicate)
    : ProjectCommand(portfolio, std::move(onError)), m_project(std::move(project))
{
    setText(duplicate ? tr("Duplicate “%1”").arg(titleOf(m_project)) : tr("New project “%1”").arg(titleOf(m_project)));
}

void AddProjectCommand::redo()
{
    // The first time the project is created; after an undo it comes back under the same id.
    const Status st = m_firstRedo ? m_portfolio.addProject(m_project) : m_portfolio.restoreProject(m_project);
    if (!st)
        return fail(st.error());
    m_firstRedo = false;
}

void AddProjectCommand::undo()
{
    const Status st = m_portfolio.deleteProject(m_project.id, m_project.version);
    if (!st)
        fail(st.error());
}

EditProjectCommand::EditProjectCommand(Portfolio &portfolio, Project before, Project after, ErrorSink onError)
    : ProjectCommand(portfolio, std::move(onError)), m_before(std::move(before)), m_after(std::move(after)),
      m_version(m_before.version)
{
    setText(tr("Edit “%1”").arg(titleOf(m_after)));
}

void EditProjectCommand::write(const Project &values)
{
    Project next = values;
    next.version = m_version;
    const Status st = m_portfolio.saveProject(next);
    if (!st)
        return fail(st.error());
    m_version = next.version;
}

void EditProjectCommand::redo()
{
    write(m_after);
}

void EditProjectCommand::undo()
{
    write(m_before);
}

DeleteProjectsCommand::DeleteProjectsCommand(Portfolio &portfolio, QList<Project> projects, ErrorSink onError)
    : ProjectCommand(portfolio, std::move(onError)), m_projects(std::move(projects))
{
    setText(m_projects.size() == 1 ? tr("Delete “%1”").arg(titleOf(m_projects.first()))
                                   : tr("Delete %n project(s)", nullptr, int(m_projects.size())));
}

void DeleteProjectsCommand::redo()
{
    for (Project &p : m_projects) {
        const Status st = m_portfolio.deleteProject(p.id, p.version);
        if (!st)
            return fail(st.error());
    }
}

void DeleteProjectsCommand::undo()
{
    for (Project &p : m_projects) {
        const Status st = m_portfolio.restoreProject(p);
        if (!st)
            return fail(st.error());
    }
}

BulkChangeCommand::BulkChangeCommand(Portfolio &portfolio, QList<Project> before, const Change &change, const QString &text,
                                     ErrorSink onError)
    : ProjectCommand(portfolio, std::move(onError)), m_before(std::move(before))
{
    m_after = m_before;
    for (const Project &p : m_before)
        m_versions.append(p.version);
    for (Project &p : m_after)
        change(p);
    setText(text);
}

void BulkChangeCommand::writeAll(const QList<Project> &values)
{
    for (int i = 0; i < values.size(); ++i) {
        Project next = values[i];
        next.version = m_versions[i];
        const Status st = m_portfolio.saveProject(next);
        if (!st)
            return fail(st.error());
        m_versions[i] = next.version;
    }
}

void BulkChangeCommand::redo()
{
    writeAll(m_after);
}

void BulkChangeCommand::undo()
{
    writeAll(m_before);
}

} // namespace c2c::app
