#pragma once
// Keeps a filter's selection current after a change set without scanning the
// portfolio: only the rows the change inserted or changed are tested against
// the filter; the others keep their membership and move with the row numbers.
#include "ChangeSet.h"
#include "Filter.h"

namespace c2c {

struct SelectionUpdate {
    bool structural = false;
    std::vector<Row> rowMap;  // when structural: each row before the change to its row after it, or NoRow
    std::vector<Row> left;    // rows (after) that were selected and no longer pass the filter
    std::vector<Row> entered; // rows (after) that pass the filter and were not selected
    std::vector<Row> changed; // rows (after) selected before and after whose values changed
};

// selection: the filter's rows before the change, ascending; afterwards, after it.
SelectionUpdate updateSelection(const Snapshot &after, const Filter &filter, Selection &selection,
                                const SnapshotDelta &delta);

} // namespace c2c
