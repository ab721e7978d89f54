#pragma once
#include "GroupBarChart.h"

namespace c2c::app {

// Budget by partner country: the 15 largest, the others merged. A project with several
// partner countries is split among them by their shares.
class CountryChart : public GroupBarChart {
    Q_OBJECT

public:
    using GroupBarChart::GroupBarChart;
    ChartKind kind() const override { return ChartKind::Country; }
    GroupBy dimension() const override { return GroupBy::Country; }

protected:
    QString heading(Language lang) const override;
};

} // namespace c2c::app
