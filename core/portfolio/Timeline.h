#pragma once
// The periods of a selection's projects for a Gantt chart. A chart has room
// for a few dozen rows, not a million: it shows the projects with the largest
// budgets and says how many it left out.
#include "Filter.h"
#include "domain/Period.h"
#include "domain/Result.h"

namespace c2c {

class Portfolio;

struct TimelineRow {
    std::int64_t projectId = 0;
    QString key;
    LocalizedText title;
    Period period;              // as stored: dates with their precision, planned or actual
    std::int64_t reported = 0;  // budget in the reporting currency, or UnknownAmount / NoRate
};

struct Timeline {
    QList<TimelineRow> rows;   // ordered by start, then end
    std::int64_t dated = 0;    // projects of the selection whose start and end years are known
    std::int64_t undated = 0;  // projects left out because their period is not known
};

// At most limit of the dated projects: those with the largest budgets (unknown amounts last).
Result<Timeline> timeline(Portfolio &portfolio, const Selection &selection, int limit);

} // namespace c2c
