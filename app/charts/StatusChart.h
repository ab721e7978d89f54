#pragma once
// Projects by status (IATI activity status) as a donut: counts, not money,
// so projects with an unknown budget count here too.
#include "Chart.h"

QT_BEGIN_NAMESPACE
class QPieSeries;
QT_END_NAMESPACE

namespace c2c::app {

class StatusChart : public Chart {
    Q_OBJECT

public:
    explicit StatusChart(QObject *parent = nullptr);
    ChartKind kind() const override { return ChartKind::Status; }
    void load(Portfolio &portfolio, const Selection &selection, Language lang) override;
    void present(const AmountScale &scale) override; // counts: the scale only reaches the tooltips' exact amounts
    QString toolTip(int index) const override;
    // Wide enough for the legend to name every status in full with its count.
    int preferredWidth() const override;
    // The slices in drawing order.
    const QList<Group> &slices() const { return m_groups; }

private:
    QString sliceLabel(const Group &g) const;
    // The legend's names, each on one line where the legend has room, else with its count under it.
    void labelSlices();

    QList<Group> m_groups;
    std::int64_t m_projects = 0;
    QPieSeries *m_series = nullptr;
};

} // namespace c2c::app
