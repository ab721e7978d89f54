#include "ChartFactory.h"

#include "ActorChart.h"
#include "CountryChart.h"
#include "SdgChart.h"
#include "SectorChart.h"
#include "StatusChart.h"
#include "TimelineChart.h"
#include "YearChart.h"

namespace c2c::app {

std::unique_ptr<Chart> makeChart(ChartKind kind, const ChartOptions &options)
{
    switch (kind) {
    case ChartKind::Country:
        return std::make_unique<CountryChart>();
    case ChartKind::Actor:
        return std::make_unique<ActorChart>();
    case ChartKind::Year:
        return std::make_unique<YearChart>(options.yearStack);
    case ChartKind::Sdg:
        return std::make_unique<SdgChart>();
    case ChartKind::Sector:
        return std::make_unique<SectorChart>();
    case ChartKind::Status:
        return std::make_unique<StatusChart>();
    case ChartKind::Timeline:
        break;
    }
    return std::make_unique<TimelineChart>();
}

} // namespace c2c::app
