#pragma once
// A Gantt chart of the selected projects' periods: actual parts dark,
// planned parts light, today marked. At most RowLimit rows (the largest
// budgets); the chart says how many it left out.
#include "Chart.h"
#include "portfolio/Timeline.h"

#include <QDate>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QHorizontalStackedBarSeries;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace c2c::app {

class TimelineChart : public Chart {
    Q_OBJECT

public:
    static constexpr int RowLimit = 20;

    explicit TimelineChart(QObject *parent = nullptr);
    ChartKind kind() const override { return ChartKind::Timeline; }
    void load(Portfolio &portfolio, const Selection &selection, Language lang) override;
    void present(const AmountScale &scale) override; // periods: amounts only in the tooltips, exact
    QString toolTip(int index) const override;
    // Tall enough for every row's title to be drawn rather than cut to "…".
    int preferredHeight() const override;
    // A click on a row (in the series' bottom-up order) chooses its project.
    void chooseRow(int row);
    const Timeline &data() const { return m_data; }
    // The day the chart marks as today (tests and reproducible images set it).
    void setToday(const QDate &today) { m_todayDate = today; }

    // A date as a fractional year on the time axis.
    static double yearValue(const QDate &date);

private:
    void addSeries();

    Timeline m_data;
    QDate m_todayDate = QDate::currentDate();
    QHorizontalStackedBarSeries *m_series = nullptr; // offset (transparent), actual, planned
    QLineSeries *m_today = nullptr;
    QBarCategoryAxis *m_rows = nullptr;
    QValueAxis *m_years = nullptr;
};

} // namespace c2c::app
