#pragma once
// Projects by status (IATI activity status) as a donut: counts, not money,
// so projects with an unknown budget count here too.
#include "Chart.h"

namespace c2c::app {

class StatusChart : public Chart {
    Q_OBJECT

public:
    using Chart::Chart;
    ChartKind kind() const override { return ChartKind::Status; }
    void load(Portfolio &portfolio, const Selection &selection, Language lang) override;
    void present(const AmountScale &scale) override; // counts: the scale only reaches the tooltips' exact amounts
    QString toolTip(int index) const override;
    // The slices in drawing order.
    const QList<Group> &slices() const { return m_groups; }

private:
    QList<Group> m_groups;
    std::int64_t m_projects = 0;
};

} // namespace c2c::app
