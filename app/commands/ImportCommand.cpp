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

ImportCommand::ImportCommand(Portfolio &portfolio, QList<ImportItem> items, DuplicatePolicy policy, ErrorSink onError)
    : ProjectCommand(portfolio, std::move(onError)), m_items(std::move(items)), m_policy(policy)
{
    setText(tr("Import %n project(s)", nullptr, int(m_items.size())));
}

void ImportCommand::redo()
{
    if (!m_done) {
        m_report = ImportWriter::run(m_portfolio, replay(m_items), m_policy, false, &m_applied);
        if (m_report.hasErrors()) {
            for (const ImportIssue &i : m_report.issues)
                if (i.kind == ImportIssue::Error)
                    return fail(i.text());
        }
        m_done = true;
        m_items.clear(); // what undo and redo need is in m_applied
    } else {
        const Status st = ImportWriter::reapply(m_portfolio, m_applied);
        if (!st)
            return fail(st.error());
    }
    const Status st = m_portfolio.reload();
    if (!st)
        fail(st.error());
}

void ImportCommand::undo()
{
    Status st = ImportWriter::revert(m_portfolio, m_applied);
    if (st)
        st = m_portfolio.reload();
    if (!st)
        fail(st.error());
}

} // namespace c2c::app
