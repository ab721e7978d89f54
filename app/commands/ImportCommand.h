#pragma once
// An import as one undo step. ImportCommand::run writes every project in one
// transaction (ImportWriter) and brings the snapshot up to date in place; undo
// removes what it added and puts back what it updated, redo brings the same
// projects back under their ids — each one change set in one transaction.
#include "ProjectCommands.h"
#include "io/ImportWriter.h"

#include <memory>

namespace c2c::app {

class ImportCommand : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(c2c::app::ImportCommand)
public:
    // Imports the items now. Returns the command to push on the undo stack (its first
    // redo does nothing more), or nullptr when the import failed and nothing was written;
    // report says what was imported, or why not. onError is kept for later undo and redo,
    // so it must outlive the command.
    static std::unique_ptr<ImportCommand> run(Portfolio &portfolio, const QList<ImportItem> &items,
                                              DuplicatePolicy policy, ErrorSink onError, ImportReport &report);
    void doRedo() override;
    void doUndo() override;
    QString describe() const override;
    qsizetype addedCount() const { return m_forward.added.size(); }
    qsizetype updatedCount() const { return m_forward.changed.size(); }

private:
    ImportCommand(Portfolio &portfolio, ErrorSink onError);
    ChangeSet m_forward;  // the projects added (put back under their ids) and the updates
    ChangeSet m_backward; // the added projects removed and the updated ones as they were
    qsizetype m_count = 0;
};

// Replays items already read (and previewed) into an import.
ImportProducer replay(const QList<ImportItem> &items);

} // namespace c2c::app
