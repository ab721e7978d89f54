#pragma once
// Every edit of projects is an undo command holding the content before and
// after it, never remembered version numbers: redo and undo each write one
// change set in one transaction through Portfolio::apply, conditional on the
// versions this window last wrote, so they cannot fail unless someone else
// (another window or program) changed the same projects meanwhile. Then the
// command reports it through the error sink and is dropped from the history.
#include "domain/Project.h"
#include "domain/Result.h"
#include "portfolio/ChangeSet.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <functional>

class QUndoStack;

namespace c2c {
class Portfolio;
}

namespace c2c::app {

using ErrorSink = std::function<void(const QString &)>;

class ProjectCommand : public QUndoCommand {
public:
    ProjectCommand(Portfolio &portfolio, ErrorSink onError) : m_portfolio(portfolio), m_onError(std::move(onError)) {}
    // The command's name in the current language (undo/redo menu entries follow a language switch).
    virtual QString describe() const = 0;
    void retranslate() { setText(describe()); }
    // Renames every command of the stack after a language switch.
    static void retranslateAll(QUndoStack &stack);
    void redo() final;
    void undo() final;
    // Does the command's work now, before it is pushed: on failure nothing was written
    // and the message is returned (not sent to the sink); on success the push does not
    // do it again.
    Status runFirst();

protected:
    // The command's work was done before it was pushed (an import): the push does not repeat it.
    void markDone() { m_done = true; }
    virtual void doRedo() = 0;
    virtual void doUndo() = 0;
    // Applies one direction of the command. The first time, the versions the projects
    // carry (what the officer saw) are the condition; afterwards the ones this window
    // wrote. The opposite direction learns the versions of the projects this one removed,
    // so that putting them back makes them newer still.
    bool applyChange(ChangeSet &change, ChangeSet &opposite);
    // Reports a failure and marks the command obsolete so the stack drops it.
    void fail(const QString &message);
    Portfolio &m_portfolio;
    ErrorSink m_onError;

private:
    bool m_done = false;       // the work of the next redo is already done (runFirst)
    bool m_collecting = false; // failures go to m_firstError, not the sink
    QString m_firstError;
};

// Runs the command and pushes it on the stack when it succeeded; otherwise deletes it
// and returns why nothing was changed.
Status runAndPush(QUndoStack &stack, ProjectCommand *command);

// A new project (also used by Duplicate).
class AddProjectCommand : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(c2c::app::AddProjectCommand)
public:
    AddProjectCommand(Portfolio &portfolio, Project project, ErrorSink onError, bool duplicate = false);
    void doRedo() override;
    void doUndo() override;
    QString describe() const override;
    std::int64_t projectId() const { return m_add.added.isEmpty() ? 0 : m_add.added.first().id; }

private:
    ChangeSet m_add;
    ChangeSet m_remove;
    bool m_duplicate;
};

// Replaces a project's values; undo puts the previous ones back.
class EditProjectCommand : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(c2c::app::EditProjectCommand)
public:
    EditProjectCommand(Portfolio &portfolio, Project before, Project after, ErrorSink onError);
    void doRedo() override;
    void doUndo() override;
    QString describe() const override;

private:
    ChangeSet m_after;
    ChangeSet m_before;
};

// Deletes one or more projects in one transaction; undo puts them back under their ids.
class DeleteProjectsCommand : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(c2c::app::DeleteProjectsCommand)
public:
    DeleteProjectsCommand(Portfolio &portfolio, QList<Project> projects, ErrorSink onError);
    void doRedo() override;
    void doUndo() override;
    QString describe() const override;
    qsizetype count() const { return m_restore.added.size(); }

private:
    ChangeSet m_delete;
    ChangeSet m_restore;
};

// The same change (status or lead actor) applied to several projects at once, in one transaction.
class BulkChangeCommand : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(c2c::app::BulkChangeCommand)
public:
    using Change = std::function<void(Project &)>;
    using Describe = std::function<QString()>;
    BulkChangeCommand(Portfolio &portfolio, QList<Project> before, const Change &change, Describe describe,
                      ErrorSink onError);
    void doRedo() override;
    void doUndo() override;
    QString describe() const override { return m_describe(); }

private:
    ChangeSet m_after;
    ChangeSet m_before;
    Describe m_describe;
};

// The project's title in the current language (the other one, or the key, when it has none).
QString commandTitle(const Project &p);

} // namespace c2c::app
