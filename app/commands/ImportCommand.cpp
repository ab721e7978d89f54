#include "ImportCommand.h"

#include "portfolio/Portfolio.h"

namespace c2c::app {

ImportProducer replay(const QList<ImportItem> &items)
{
    return [&items](const ItemSink &sink, QList<ImportIssue> &) {
        for (const ImportItem &item : items)
            sink(ImportItem(item));
    };
}

ImportCommand::ImportCommand(Portfolio &portfolio, ErrorSink onError) : ProjectCommand(portfolio, std::move(onError)) {}

std::unique_ptr<ImportCommand> ImportCommand::run(Portfolio &portfolio, const QList<ImportItem> &items,
                                                  DuplicatePolicy policy, ErrorSink onError, ImportReport &report)
{
    AppliedImport applied;
    report = ImportWriter::run(portfolio, replay(items), policy, false, &applied);
    if (report.hasErrors())
        return {};
    std::unique_ptr<ImportCommand> command(new ImportCommand(portfolio, std::move(onError)));
    command->m_forward.added = applied.added;
    command->m_forward.changed = applied.updatedAfter;
    for (const Project &p : applied.added)
        command->m_backward.removed.append(p.id);
    command->m_backward.changed = applied.updatedBefore;
    command->m_forward.addedActors = applied.createdActors;
    for (const Actor &a : applied.createdActors)
        command->m_backward.removedActors.append(a.id);
    command->m_count = report.imported + report.updated;
    command->setText(command->describe());
    command->markDone(); // written above: the push does not write it again
    const Status st = portfolio.absorb(command->m_forward);
    if (!st) {
        report.issues.append({ImportIssue::Error, {}, 0, {}, st.error()});
        return {};
    }
    return command;
}

QString ImportCommand::describe() const
{
    return tr("Import %n project(s)", nullptr, int(m_count));
}

void ImportCommand::doRedo()
{
    applyChange(m_forward, m_backward);
}

void ImportCommand::doUndo()
{
    applyChange(m_backward, m_forward);
}

} // namespace c2c::app
