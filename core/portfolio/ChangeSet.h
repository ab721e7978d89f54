#pragma once
// One user action's change of the portfolio's projects (an edit, a bulk change,
// a delete of several projects, an import, or the undo of any of these), written
// in one transaction by Portfolio::apply, and what it did to the snapshot's rows.
#include "Snapshot.h"
#include "domain/Actor.h"
#include "domain/Project.h"

#include <QList>
#include <vector>

namespace c2c {

struct ChangeSet {
    // id 0: a new project (it gets its id and version 1); otherwise a project put back
    // under its old id (the undo of a delete) with a version above the one it had.
    QList<Project> added;
    // The whole new content; written only if the stored version is still the one this
    // portfolio read or wrote last, so that nobody else's change is overwritten.
    QList<Project> changed;
    // Deleted on the same condition.
    QList<std::int64_t> removed;
    // The version each removed project had: filled by Portfolio::apply, or given with givenVersions.
    QList<int> removedVersions;
    // Writes are conditional on the versions this portfolio read or wrote last (undo and
    // redo); with givenVersions, on the versions the projects carry (what the user saw
    // in the editor or selected, read from the file then).
    bool givenVersions = false;
    // Actors an import created (removed by its undo, put back by its redo under their ids):
    // put back before the projects are written, removed after.
    QList<Actor> addedActors;
    QList<std::int64_t> removedActors;

    bool isEmpty() const
    {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty() && addedActors.isEmpty() && removedActors.isEmpty();
    }
};

constexpr Row NoRow = ~Row(0);

// What a change set did to the snapshot's rows.
struct SnapshotDelta {
    std::vector<Row> removed;  // rows before the change, ascending
    std::vector<Row> inserted; // rows after the change, ascending
    std::vector<Row> changed;  // rows after the change, ascending; their values changed in place
    std::size_t oldRowCount = 0;

    bool structural() const { return !removed.empty() || !inserted.empty(); }
    // Each row before the change to its row after it (NoRow when removed).
    std::vector<Row> rowMap() const;
};

} // namespace c2c
