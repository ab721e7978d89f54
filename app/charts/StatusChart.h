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
    void update(Portfolio &portfolio, const Selection &selection, Language lang) override;
    QString toolTip(int index) const override;
    // The slices in drawing order.
    const QList<Group> &slices() const { return m_groups; }

private:
    QList<Group> m_groups;
    std::int64_t m_projects = 0;
    QString m_currency;
    Language m_lang = Language::English;
};

} // namespace c2c::app
