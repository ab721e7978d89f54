#include "SelectionUpdate.h"

#include <algorithm>
#include <iterator>

namespace c2c {

SelectionUpdate updateSelection(const Snapshot &after, const Filter &filter, Selection &selection,
                                const SnapshotDelta &delta)
{
    SelectionUpdate u;
    u.structural = delta.structural();
    if (u.structural) {
        u.rowMap = delta.rowMap();
        Selection moved;
        moved.reserve(selection.size());
        for (Row r : selection)
            if (u.rowMap[r] != NoRow)
                moved.push_back(u.rowMap[r]); // the map keeps the order
        selection = std::move(moved);
    }
    Selection candidates;
    std::set_union(delta.inserted.begin(), delta.inserted.end(), delta.changed.begin(), delta.changed.end(),
                   std::back_inserter(candidates));
    if (candidates.empty())
        return u;
    const Selection passing = refine(after, filter, candidates);
    for (Row r : candidates) {
        const bool was = std::binary_search(selection.begin(), selection.end(), r);
        const bool is = std::binary_search(passing.begin(), passing.end(), r);
        if (was && !is)
            u.left.push_back(r);
        else if (!was && is)
            u.entered.push_back(r);
        else if (was && is)
            u.changed.push_back(r);
    }
    if (!u.left.empty()) {
        Selection kept;
        std::set_difference(selection.begin(), selection.end(), u.left.begin(), u.left.end(), std::back_inserter(kept));
        selection = std::move(kept);
    }
    if (!u.entered.empty()) {
        Selection merged;
        merged.reserve(selection.size() + u.entered.size());
        std::merge(selection.begin(), selection.end(), u.entered.begin(), u.entered.end(), std::back_inserter(merged));
        selection = std::move(merged);
    }
    return u;
}

} // namespace c2c
