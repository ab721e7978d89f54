#pragma once
// A Gantt chart of the selected projects' periods: actual parts dark,
// planned parts light, today marked. At most RowLimit rows (the largest
// budgets); the chart says how many it left out.
#include "Chart.h"
#include "portfolio/Timeline.h"

#include <QDate>

namespace c2c::app {

class TimelineChart : public Chart {
    Q_OBJECT

public:
    static constexpr int RowLimit = 30;

    using Chart::Chart;
    ChartKind kind() const override { return ChartKind::Timeline; }
    void update(Portfolio &portfolio, const Selection &selection, Language lang) override;
    QString toolTip(int index) const override;
    const Timeline &data() const { return m_data; }
    // The day the chart marks as today (tests and reproducible images set it).
    void setToday(const QDate &today) { m_today = today; }

    // A date as a fractional year on the time axis.
    static double yearValue(const QDate &date);

private:
    void addSeries();

    Timeline m_data;
    QString m_currency;
    QDate m_today = QDate::currentDate();
    Language m_lang = Language::English;
};

} // namespace c2c::app
