#pragma once
#include "GroupBarChart.h"

namespace c2c::app {

// Budget by lead actor (local government, agency, organisation): the 15 largest.
class ActorChart : public GroupBarChart {
    Q_OBJECT

public:
    using GroupBarChart::GroupBarChart;
    ChartKind kind() const override { return ChartKind::Actor; }
    GroupBy dimension() const override { return GroupBy::Actor; }

protected:
    QString heading(Language lang) const override;
};

} // namespace c2c::app
