#pragma once
// Budget by year, stacked by a second dimension (lead actor, modality...):
// each stack is the year aggregation of the projects of one group, so the
// stacks of a year add up exactly to core's total for that year.
#include "TopGroups.h"

namespace c2c {

struct YearStacks {
    QList<Group> years;                  // as groupBy(selection, Year): ascending, "year unknown" last
    QList<Group> stacks;              // the top groups of the stack dimension, then others, then not stated
    QList<QStringList> stackKeys;     // per stack, the keys it stands for (several for others, none for not stated)
    QList<QList<Int128>> total;          // [stack][year index], reporting currency, minor units
    QList<QList<std::int64_t>> projects; // [stack][year index], projects running that year
    QList<QList<std::int64_t>> counted;  // [stack][year index], of which counted (none: the amount is unknown)
};

// stackBy must give each project one group (Actor, ActorKind, Status, Modality, Channel).
YearStacks yearStacks(const Snapshot &snapshot, const Selection &selection, GroupBy stackBy, int n);

} // namespace c2c
