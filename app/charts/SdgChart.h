#pragma once
#include "GroupBarChart.h"

namespace c2c::app {

// Budget by SDG goal, every goal in its colour from the UN's communication guidelines.
// A project's budget is split evenly over its goals.
class SdgChart : public GroupBarChart {
    Q_OBJECT

public:
    using GroupBarChart::GroupBarChart;
    ChartKind kind() const override { return ChartKind::Sdg; }
    GroupBy dimension() const override { return GroupBy::SdgGoal; }

protected:
    QString heading(Language lang) const override;
    int limit() const override { return 17; }
    QColor barColour(const Bar &bar) const override;
    QString label(const Bar &bar, Language lang) const override; // "11 Sustainable cities and communities"
};

} // namespace c2c::app
