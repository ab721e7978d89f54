#pragma once
// A click on a bar or slice narrows the current filter to that group: the
// facet of the chart's dimension is replaced by the group's keys, the other
// facets stay. (Replacing rather than adding: clicking "Viet Nam" in a chart
// of Viet Nam and Laos means "just Viet Nam".)
#include "Aggregation.h"

#include <optional>

namespace c2c {

// nullopt when the group cannot be expressed as a filter (no keys, i.e. the
// "not stated" group, or a dimension the filter has no facet for).
std::optional<Filter> drillDown(const Filter &filter, GroupBy by, const QStringList &keys);

} // namespace c2c
