#pragma once
// Actors (local governments, agencies, organisations) with their name history.
#include "domain/Actor.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>

namespace c2c {

class Database;

class ActorRepository {
    Q_DECLARE_TR_FUNCTIONS(c2c::ActorRepository)

public:
    explicit ActorRepository(Database &db) : m_db(db) {}

    Status create(Actor &actor);
    // The same insert inside a transaction the caller opened (an import writes actors and projects together).
    // An actor with an id is put back under it (the undo of an undo).
    Status createInTransaction(Actor &actor);
    // Deletes an actor nothing refers to (the undo of the import that created it).
    Status removeUnusedInTransaction(std::int64_t id);
    Status update(const Actor &actor);
    Result<Actor> read(std::int64_t id) const;
    Result<QList<Actor>> readAll() const;
    // An actor whose current or former Korean or English name is name (exact, case-insensitive); 0 if none.
    std::int64_t findByName(const QString &name) const;
    std::int64_t findByMoisCode(const QString &code) const;
    // What a merge changed, so that it can be taken back exactly.
    struct MergeRecord {
        std::int64_t from = 0, into = 0;
        std::int64_t fromSuccessorBefore = 0;
        QList<std::int64_t> projects;                    // led by from before the merge
        QList<QPair<std::int64_t, int>> participations;  // (project, seq) of from's participations
        QList<std::int64_t> successorsOfFrom;            // actors earlier merged into from
    };
    // Merges from into into: its projects (their versions bumped) and participations move
    // to into, and from keeps existing with into as its successor (so old references still
    // resolve). One transaction.
    Result<MergeRecord> merge(std::int64_t from, std::int64_t into);
    // Takes a merge back (undo), also bumping the versions of the projects it moves back.
    Status unmerge(const MergeRecord &record);
    // Seeds the 17 first-tier local governments from the reference data, with
    // their renames, unless an actor with the same MOIS code exists.
    Status ensureLocalGovernments();
    Status ensureLocalGovernmentsInTransaction(QList<Actor> *created = nullptr); // created: those it added

private:
    Status writeFormerNames(const Actor &actor);
    Database &m_db;
};

} // namespace c2c
