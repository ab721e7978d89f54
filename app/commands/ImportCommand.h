#pragma once
// An import as one undo step: redo writes every project in one transaction,
// undo removes what it added and puts back what it updated (also in one
// transaction), and redo after undo brings the same projects back under
// their ids.
#include "ProjectCommands.h"
#include "io/ImportWriter.h"

namespace c2c::app {

class ImportCommand : public ProjectCommand {
    Q_DECLARE_TR_FUNCTIONS(c2c::app::ImportCommand)
public:
    ImportCommand(Portfolio &portfolio, QList<ImportItem> items, DuplicatePolicy policy, ErrorSink onError);
    void redo() override;
    void undo() override;
    // What the first redo did (imported, updated, skipped, warnings).
    const ImportReport &report() const { return m_report; }

private:
    QList<ImportItem> m_items;
    DuplicatePolicy m_policy;
    ImportReport m_report;
    AppliedImport m_applied;
    bool m_done = false;
};

// Replays items already read (and previewed) into an import.
ImportProducer replay(const QList<ImportItem> &items);

} // namespace c2c::app
