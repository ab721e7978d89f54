#pragma once
// Budget by year, stacked by lead actor or by modality. Budget lines are
// spread evenly over their years, as core aggregates them.
#include "Chart.h"
#include "portfolio/YearStacks.h"

QT_BEGIN_NAMESPACE
class QCategoryAxis;
class QStackedBarSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace c2c::app {

class YearChart : public Chart {
    Q_OBJECT

public:
    explicit YearChart(GroupBy stackBy = GroupBy::Actor, QObject *parent = nullptr);
    ChartKind kind() const override { return ChartKind::Year; }
    void load(Portfolio &portfolio, const Selection &selection, Language lang) override;
    void present(const AmountScale &scale) override;
    Int128 largestAmount() const override;
    // index = stack * years + year
    QString toolTip(int index) const override;

    GroupBy stackBy() const { return m_stackBy; }
    void setStackBy(GroupBy by) { m_stackBy = by; }
    const YearStacks &data() const { return m_data; }
    const AmountScale &scale() const { return m_scale; }

private:
    // build() makes the series and axes; refill() reuses them when stacks and years keep their number.
    void build();
    bool refill();
    void fillValueAxis();
    QStringList yearLabels() const;
    void labelYears();
    // Every how many years a label fits an axis this wide: 1, 2, 5, 10...
    int yearStep(double axisWidth) const;
    void plotAreaChanged(const QRectF &plotArea);
    QString stackLabel(int stack) const;

    QStackedBarSeries *m_series = nullptr;
    QCategoryAxis *m_categories = nullptr;
    QValueAxis *m_values = nullptr;

    GroupBy m_stackBy;
    YearStacks m_data;
    AmountScale m_scale;
    int m_step = 1;
};

} // namespace c2c::app
