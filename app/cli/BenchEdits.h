#pragma once
// The bench's edit timings, on a copy of the portfolio (the bench never writes the
// portfolio it measures).
#include "domain/Result.h"

namespace c2c {
class Portfolio;
}

namespace c2c::cli {

struct EditTimes {
    double edit = 0;   // one saved edit until the table, the status-bar totals and the first screen are current
    double undo = 0;   // the same for its undo
    double views = 0;  // of edit: the part after the write (workspace, table, totals)
    double facets = 0; // the filter panel's facet counts recomputed afterwards (after a short pause in the app)
    double rebuild = 0; // the anchor: the whole selection recomputed and the table rebuilt, as every edit did before
};

Result<EditTimes> editTimes(Portfolio &portfolio, int runs);

} // namespace c2c::cli
