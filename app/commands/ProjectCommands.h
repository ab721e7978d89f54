#pragma once
// Every edit of a project is an undo command. Each redo()/undo() is one
// database transaction through Portfolio, so nothing is lost if the
// application stops between edits. When a write fails (e.g. someone else
// changed the project meanwhile) the command reports it through failed() and
// leaves the portfolio as it was.
#include "domain/Project.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <functional>

namespace c2c {
class Portfolio;
}

namespace c2c::app {

using ErrorSink = std::function<void(const QString &)>;

class ProjectCommand : public QUndoCommand {
public:
    ProjectCommand(Portfolio &portfolio, ErrorSink onError) : m_portfolio(portfolio), m_onError(std::move(onError)) {}

protected:
    // Reports a failure and marks the command obsolete so the stack drops it.
    void fail(const QString &message);
    Portfolio &m_portfolio;
    ErrorSink m_onError;
};

// A new project (also used by Duplicate).
class AddProjectCommand : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(c2c::app::AddProjectCommand)
public:
    AddProjectCommand(Portfolio &portfolio, Project project, ErrorSink onError, bool duplicate = false);
    void redo() override;
    void undo() override;
    std::int64_t projectId() const { return m_project.id; }

private:
    Project m_project;
    bool m_firstRedo = true;
};

// Replaces a project's values; undo puts the previous ones back.
class EditProjectCommand : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(c2c::app::EditProjectCommand)
public:
    EditProjectCommand(Portfolio &portfolio, Project before, Project after, ErrorSink onError);
    void redo() override;
    void undo() override;

private:
    void write(const Project &values);
    Project m_before;
    Project m_after;
    int m_version; // the version stored in the database, as this command last saw it
};

// Deletes one or more projects; undo restores them under their old ids.
class DeleteProjectsCommand : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(c2c::app::DeleteProjectsCommand)
public:
    DeleteProjectsCommand(Portfolio &portfolio, QList<Project> projects, ErrorSink onError);
    void redo() override;
    void undo() override;

private:
    QList<Project> m_projects;
};

// The same change (status or lead actor) applied to several projects at once.
class BulkChangeCommand : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(c2c::app::BulkChangeCommand)
public:
    using Change = std::function<void(Project &)>;
    BulkChangeCommand(Portfolio &portfolio, QList<Project> before, const Change &change, const QString &text,
                      ErrorSink onError);
    void redo() override;
    void undo() override;

private:
    void writeAll(const QList<Project> &values);
    QList<Project> m_before;
    QList<Project> m_after;
    QList<int> m_versions; // stored versions, as this command last saw them
};

} // namespace c2c::app
