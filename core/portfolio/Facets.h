#pragma once
// Faceted search: for one facet, each value with the number of projects it
// would give within the other active filters.
#include "Filter.h"
#include "domain/LocalizedText.h"

#include <QList>

namespace c2c {

struct FacetValue {
    QString key;        // actor id, ISO code, status code, 3-digit sector category, goal number...
    LocalizedText name;
    std::int64_t count = 0;
};

// Values that occur in the portfolio, most frequent first (counts may be 0
// when the other filters exclude them). Supported facets: Actor, ActorKind,
// Country, Status, Modality, Channel, Sector (by 3-digit category), SdgGoal,
// Form, Dimension.
QList<FacetValue> facetValues(const Snapshot &snapshot, const Filter &filter, Facet facet);

} // namespace c2c
