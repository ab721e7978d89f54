#pragma once
// Budget by year, stacked by lead actor or by modality. Budget lines are
// spread evenly over their years, as core aggregates them. Amounts whose year
// is not known stand apart after the years, with their name under them, so they
// never read as one more year.
#include "Chart.h"
#include "portfolio/YearStacks.h"

#include <QColor>

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

    // Where year index y of data() is drawn on the axis: the known years one after the
    // other, then an empty slot, then "year unknown".
    int slotOf(int year) const;
    // The year index drawn at a slot, or -1 for the empty slot before "year unknown".
    int yearAt(int slot) const;
    int slotCount() const;
    // The colour of a stack: one of a palette for a named group, grey for others,
    // light grey for not stated, whatever the number of groups.
    QColor stackColour(int stack) const;

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
    int yearStep(double axisWidth, double plotWidth) const;
    // The indices of the years named at that step on a plot this wide.
    QList<int> labelledYears(int step, double plotWidth) const;
    // The width of the year axis, which Qt Charts divides among its labels.
    double axisWidth(const QRectF &plotArea) const;
    void plotAreaChanged(const QRectF &plotArea);
    QString stackLabel(int stack) const;
    QStringList stackLabels() const;
    void labelStacks();
    bool hasUnknownYear() const;
    bool gapBeforeUnknown() const;
    // How wide the legend's names may be on a chart this wide.
    static int legendWidth(double chartWidth);

    QStackedBarSeries *m_series = nullptr;
    QCategoryAxis *m_categories = nullptr;
    QValueAxis *m_values = nullptr;

    GroupBy m_stackBy;
    YearStacks m_data;
    AmountScale m_scale;
    int m_step = 1;
    int m_legendWidth = 0; // the width the legend's names were shortened to
};

} // namespace c2c::app
