#pragma once
// Makes the chart object of a kind: what the dashboard shows, the renderer
// draws and the command line writes.
#include "Chart.h"

#include <memory>

namespace c2c::app {

struct ChartOptions {
    GroupBy yearStack = GroupBy::Actor; // the year chart's stacks: Actor or Modality
    std::optional<DisplayUnit> unit;     // amounts in this unit (the dashboard's), else the chart's own
};

std::unique_ptr<Chart> makeChart(ChartKind kind, const ChartOptions &options = {});

} // namespace c2c::app
