#include "ChangeSet.h"

namespace c2c {

std::vector<Row> SnapshotDelta::rowMap() const
{
    std::vector<Row> map(oldRowCount);
    std::size_t removedSeen = 0, insertedSeen = 0;
    Row next = 0; // the row after the change that the next kept row gets
    for (Row r = 0; r < oldRowCount; ++r) {
        if (removedSeen < removed.size() && removed[removedSeen] == r) {
            ++removedSeen;
            map[r] = NoRow;
            continue;
        }
        while (insertedSeen < inserted.size() && inserted[insertedSeen] == next) {
            ++insertedSeen;
            ++next;
        }
        map[r] = next++;
    }
    return map;
}

} // namespace c2c
