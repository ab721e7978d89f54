#pragma once
// The one place an import writes: every project of every file in one
// transaction, so an import is all or nothing. A project whose key (or IATI
// identifier) is already stored is updated or skipped, as the user chose;
// lead actors are matched by MOIS code or name, and created when new. What
// was written is recorded so that the import can be undone as one step.
#include "ImportTypes.h"
#include "domain/Result.h"

#include <QHash>

namespace c2c {

class Portfolio;

// What an applied import changed, for its undo and redo (change sets of Portfolio::apply).
struct AppliedImport {
    QList<Project> added;         // as written, with their ids
    QList<Project> updatedBefore; // the stored projects an import replaced
    QList<Project> updatedAfter;  // what replaced them, with their new versions
};

// Reads the sources: each item to the sink, each problem to the issues.
using ImportProducer = std::function<void(const ItemSink &sink, QList<ImportIssue> &issues)>;

class ImportWriter {
    Q_DECLARE_TR_FUNCTIONS(c2c::ImportWriter)

public:
    // Reads everything produce() gives into one transaction; rolls it back when
    // there is any error, or always when dryRun (the report then says what an
    // import would do). applied, if given, receives what was written for undo.
    // The portfolio's snapshot is not refreshed: callers that show it reload it.
    static ImportReport run(Portfolio &portfolio, const ImportProducer &produce, DuplicatePolicy policy, bool dryRun,
                            AppliedImport *applied = nullptr);

private:
    ImportWriter(Portfolio &portfolio, DuplicatePolicy policy, AppliedImport *applied);
    Status prepare();
    Status write(ImportItem &item, ImportReport &report);
    Result<std::int64_t> actorFor(const ImportItem &item);
    std::int64_t existingId(const ImportItem &item) const;

    Portfolio &m_portfolio;
    DuplicatePolicy m_policy;
    AppliedImport *m_applied;
    QHash<QString, std::int64_t> m_keys;
    QHash<QString, std::int64_t> m_iatiIds;
    QHash<QString, std::int64_t> m_actorKo; // current and former Korean names
    QHash<QString, std::int64_t> m_actorEn; // current and former English names, in lower case
    QHash<QString, std::int64_t> m_actorCodes; // MOIS codes
};

} // namespace c2c
