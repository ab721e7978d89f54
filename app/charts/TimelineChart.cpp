#include "TimelineChart.h"

#include "portfolio/Portfolio.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <cmath>

namespace c2c::app {

namespace {
const QColor Actual(0x2b, 0x6c, 0xb0);
const QColor Planned(0x9e, 0xc5, 0xe8);
const QColor Today(0xc0, 0x39, 0x3b);

// A period as [start, end) on the time axis, and where its actual part ends.
struct Span {
    double start, end, actualEnd;
};

Span span(const Period &p, const QDate &today)
{
    const double start = TimelineChart::yearValue(p.start->firstDay());
    const double end = TimelineChart::yearValue(p.end->lastDay().addDays(1));
    // What has happened is actual: from an actual start up to today, or to an actual end.
    double actualEnd = start;
    if (p.startActual)
        actualEnd = p.endActual ? end : std::clamp(TimelineChart::yearValue(today), start, end);
    return {start, end, actualEnd};
}
} // namespace

double TimelineChart::yearValue(const QDate &date)
{
    return date.year() + double(date.dayOfYear() - 1) / double(date.daysInYear());
}

void TimelineChart::update(Portfolio &portfolio, const Selection &selection, Language lang)
{
    m_lang = lang;
    m_currency = portfolio.snapshot().reportingCurrency;
    auto data = timeline(portfolio, selection, RowLimit);
    m_data = data ? std::move(data).value() : Timeline{};
    clear();
    QStringList notes;
    if (!data)
        notes << data.error();
    if (m_data.dated > m_data.rows.size())
        notes << chartTr(lang, QT_TRANSLATE_N_NOOP("c2c::app::Charts", "Showing the %1 largest budgets of %n dated project(s)"),
                         int(m_data.dated))
                     .arg(m_data.rows.size());
    if (m_data.undated > 0)
        notes << chartTr(lang, QT_TRANSLATE_N_NOOP("c2c::app::Charts", "%n project(s) without a known period not shown"),
                         int(m_data.undated));
    setTitle(chartTr(lang, QT_TRANSLATE_NOOP("c2c::app::Charts", "Timeline of projects")), notes.join(QStringLiteral(" · ")));
    m_chart->legend()->setVisible(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    addSeries();
}

void TimelineChart::addSeries()
{
    const int n = int(m_data.rows.size());
    auto *offset = new QBarSet(QString());
    auto *actual = new QBarSet(chartTr(m_lang, QT_TRANSLATE_NOOP("c2c::app::Charts", "Actual")));
    auto *planned = new QBarSet(chartTr(m_lang, QT_TRANSLATE_NOOP("c2c::app::Charts", "Planned")));
    offset->setColor(Qt::transparent);
    offset->setBorderColor(Qt::transparent);
    actual->setColor(Actual);
    actual->setBorderColor(Actual);
    planned->setColor(Planned);
    planned->setBorderColor(Planned);

    const double todayValue = yearValue(m_today);
    double from = todayValue, to = todayValue;
    for (const TimelineRow &r : m_data.rows) {
        const Span s = span(r.period, m_today);
        from = std::min(from, s.start);
        to = std::max(to, s.end);
    }
    from = std::floor(from);
    to = std::ceil(to);

    // Rows run bottom-up on the axis: the earliest project is appended last, at the top.
    QStringList labels;
    const QFont font = m_chart->font();
    for (int i = n - 1; i >= 0; --i) {
        const TimelineRow &r = m_data.rows[i];
        const Span s = span(r.period, m_today);
        offset->append(s.start - from);
        actual->append(s.actualEnd - s.start);
        planned->append(s.end - s.actualEnd);
        labels.append(elide(r.title.text(m_lang).isEmpty() ? r.key : r.title.text(m_lang), font, 170));
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append({offset, actual, planned});
    series->setBarWidth(0.6);
    m_chart->addSeries(series);

    auto *rows = new QBarCategoryAxis;
    rows->append(uniqueLabels(labels));
    m_chart->addAxis(rows, Qt::AlignLeft);
    series->attachAxis(rows);
    auto *time = new QValueAxis;
    time->setRange(0, to - from);
    time->setLabelFormat(QStringLiteral("%.0f"));
    time->setVisible(false); // the bars are measured from the first year: the labelled axis is the one below
    m_chart->addAxis(time, Qt::AlignBottom);
    series->attachAxis(time);

    // Years as labels, and today's line, on a second axis over the same range in calendar years.
    auto *years = new QValueAxis;
    years->setRange(from, to);
    // Ticks on whole years (every year, or every 2, 5, 10 on long spans) so labels never round.
    const double span = to - from;
    years->setTickType(QValueAxis::TicksDynamic);
    years->setTickAnchor(from);
    years->setTickInterval(span <= 12 ? 1 : span <= 24 ? 2 : span <= 60 ? 5 : 10);
    years->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(years, Qt::AlignBottom);
    auto *today = new QLineSeries;
    today->setName(chartTr(m_lang, QT_TRANSLATE_NOOP("c2c::app::Charts", "Today")));
    today->append(todayValue, -0.5);
    today->append(todayValue, n - 0.5);
    QPen pen(Today, 2, Qt::DashLine);
    today->setPen(pen);
    m_chart->addSeries(today);
    today->attachAxis(years);
    today->attachAxis(rows);

    m_chart->legend()->markers(series).first()->setVisible(false); // the transparent offset
    connect(series, &QHorizontalStackedBarSeries::hovered, this,
            [this, n](bool show, int row) { showToolTip(show, n - 1 - row); });
}

QString TimelineChart::toolTip(int index) const
{
    if (index < 0 || index >= m_data.rows.size())
        return {};
    const TimelineRow &r = m_data.rows[index];
    const auto end = [&](const std::optional<PartialDate> &d, bool isActual) {
        return d->toIso() + QStringLiteral(" (")
               + chartTr(m_lang, isActual ? QT_TRANSLATE_NOOP("c2c::app::Charts", "actual")
                                          : QT_TRANSLATE_NOOP("c2c::app::Charts", "planned"))
               + QLatin1Char(')');
    };
    const QString budget = isCounted(r.reported) ? exactAmount(r.reported, m_currency, m_lang)
                                                 : chartTr(m_lang, QT_TRANSLATE_NOOP("c2c::app::Charts", "budget not counted"));
    return QStringLiteral("<b>%1</b><br>%2<br>%3 – %4<br>%5")
        .arg(r.title.text(m_lang).toHtmlEscaped(), r.key.toHtmlEscaped(), end(r.period.start, r.period.startActual),
             end(r.period.end, r.period.endActual), budget);
}

} // namespace c2c::app
