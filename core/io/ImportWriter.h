#pragma once
// The one place an import writes: every project of every file in one
// transaction, so an import is all or nothing. A project whose key (or IATI
// identifier) is already stored is updated or skipped, as the user chose;
// lead actors are matched by MOIS code or name, and created when new. What
// was written is recorded so that the import can be undone as one step.
#include "ImportTypes.h"
#include "KeyIndex.h"
#include "domain/Result.h"
#include "storage/ProjectBulkWriter.h"

#include <QHash>
#include <QSet>

namespace c2c {

class Portfolio;

// What an applied import changed, for its undo and redo (change sets of Portfolio::apply).
struct AppliedImport {
    QList<Project> added;         // as written, with their ids
    QList<Project> updatedBefore; // the stored projects an import replaced
    QList<Project> updatedAfter;  // what replaced them, with their new versions
    QList<Actor> createdActors;   // lead actors the import created, with their ids
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
    // Writes the new projects added so far. A failure is reported at the file and line of the
    // project that could not be written; the status returned then has no message of its own.
    Status flush(ImportReport &report);
    Result<std::int64_t> actorFor(const ImportItem &item);
    // The stored project an item is, and how it was recognised; id 0 when it is new.
    struct Found {
        std::int64_t id = 0;
        ImportUpdate::Match match = ImportUpdate::ByKey;
    };
    Result<Found> existingId(ImportItem &item);
    // Matching of items without a key (see ImportItem::keyGenerated).
    std::int64_t knownActor(const ImportItem &item) const; // like actorFor, but creates nothing
    Status indexContent();
    std::int64_t matchContent(const ImportItem &item);
    void recordMatch(const ImportItem &item, const Found &found, const Project *stored, ImportReport &report) const;

    Portfolio &m_portfolio;
    DuplicatePolicy m_policy;
    AppliedImport *m_applied;
    ProjectBulkWriter m_newProjects;
    QList<std::pair<QString, int>> m_newProjectsFrom; // file and line of each project not yet flushed
    KeyIndex m_keys;
    KeyIndex m_iatiIds;
    QHash<QString, std::int64_t> m_actorKo; // current and former Korean names
    QHash<QString, std::int64_t> m_actorEn; // current and former English names, in lower case
    QHash<QString, std::int64_t> m_actorCodes; // MOIS codes
    QHash<std::int64_t, std::int64_t> m_successors;  // a merged actor's successor
    QHash<std::int64_t, LocalizedText> m_actorNames; // for the changes an update makes
    // Stored projects by a hash of lead actor, one title, first partner country and start year;
    // read when the first item without a key comes (a file with keys never needs it).
    bool m_contentIndexed = false;
    QMultiHash<std::size_t, std::int64_t> m_byContent;
    QString m_claimsOf;           // the file whose rows matched these stored projects
    QSet<std::int64_t> m_claimed;
};

} // namespace c2c
