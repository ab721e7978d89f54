#pragma once
#include "GroupBarChart.h"

namespace c2c::app {

// Budget by DAC sector category, split by the sectors' percentages.
class SectorChart : public GroupBarChart {
    Q_OBJECT

public:
    using GroupBarChart::GroupBarChart;
    ChartKind kind() const override { return ChartKind::Sector; }
    GroupBy dimension() const override { return GroupBy::SectorCategory; }

protected:
    QString heading(Language lang) const override;
};

} // namespace c2c::app
