#pragma once
// The largest groups of a dimension and the rest merged into "others", as a
// chart with room for a few bars shows them. The merged group counts each
// project once, even when (as with partner countries) a project belongs to
// several of the merged groups.
#include "Aggregation.h"

#include <optional>

namespace c2c {

struct TopGroups {
    QList<Group> top;               // the n largest groups with a stated key, largest first
    std::optional<Group> others;    // the other stated groups merged (key empty, name "Others")
    QStringList otherKeys;          // the keys merged into others
    std::optional<Group> notStated; // projects without a value for the dimension
};

// groups must be groupBy(snapshot, selection, by).
TopGroups topGroups(const Snapshot &snapshot, const Selection &selection, GroupBy by, const QList<Group> &groups, int n);
inline TopGroups topGroups(const Snapshot &snapshot, const Selection &selection, GroupBy by, int n)
{
    return topGroups(snapshot, selection, by, groupBy(snapshot, selection, by), n);
}

} // namespace c2c
