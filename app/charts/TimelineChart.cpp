#include "TimelineChart.h"

#include "portfolio/Portfolio.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
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

TimelineChart::TimelineChart(QObject *parent) : Chart(parent)
{
    m_chart->legend()->setVisible(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
}

double TimelineChart::yearValue(const QDate &date)
{
    return date.year() + double(date.dayOfYear() - 1) / double(date.daysInYear());
}

void TimelineChart::load(Portfolio &portfolio, const Selection &selection, Language lang)
{
    m_lang = lang;
    m_currency = portfolio.snapshot().reportingCurrency;
    auto data = timeline(portfolio, selection, RowLimit);
    m_data = data ? std::move(data).value() : Timeline{};
    QStringList notes;
    if (!data)
        notes << data.error();
    if (m_data.dated > m_data.rows.size())
        notes << chartTr(lang, QT_TRANSLATE_N_NOOP("c2c::app::Charts", "Showing the %1 largest budgets of %n dated project(s)"),
                         int(m_data.dated))
                     .arg(m_data.rows.size());
    if (selection.empty())
        notes << nothingNote(lang);
    if (m_data.undated > 0)
        notes << chartTr(lang, QT_TRANSLATE_N_NOOP("c2c::app::Charts", "%n project(s) without a known period not shown"),
                         int(m_data.undated));
    setTitle(chartTr(lang, QT_TRANSLATE_NOOP("c2c::app::Charts", "Timeline of projects")), notes.join(QStringLiteral(" · ")));
}

int TimelineChart::preferredHeight() const
{
    // As for the bar charts: Qt Charts cuts a row's title to "…" unless its slot (the axis'
    // height over the rows plus one) holds the text, its margins and a padding of 5 above and below.
    const QFontMetricsF rows(m_chart->font()), heading(m_chart->titleFont());
    const double slot = rows.height() + 1.0 + 2 * 5.0 + 2.0;
    // Title and note, the year axis, and the legend under it.
    const double chrome = m_chart->margins().top() + m_chart->margins().bottom() + 2 * heading.height()
                          + 3 * rows.height() + 64.0;
    return int(std::ceil(chrome + double(m_data.rows.size() + 1) * slot));
}

void TimelineChart::present(const AmountScale &)
{
    addSeries();
}

void TimelineChart::addSeries()
{
    const int n = int(m_data.rows.size());
    const double todayValue = yearValue(m_todayDate);
    double from = todayValue, to = todayValue;
    for (const TimelineRow &r : m_data.rows) {
        const Span s = span(r.period, m_todayDate);
        from = std::min(from, s.start);
        to = std::max(to, s.end);
    }
    from = std::floor(from);
    to = std::ceil(to);

    // Rows run bottom-up on the axis: the earliest project is appended last, at the top.
    QList<double> offsets, actuals, planneds;
    QStringList labels;
    const QFont font = m_chart->font();
    for (int i = n - 1; i >= 0; --i) {
        const TimelineRow &r = m_data.rows[i];
        const Span s = span(r.period, m_todayDate);
        offsets.append(s.start); // transparent, and clipped at the axis' first year
        actuals.append(s.actualEnd - s.start);
        planneds.append(s.end - s.actualEnd);
        labels.append(elide(r.title.text(m_lang).isEmpty() ? r.key : r.title.text(m_lang), font, 170));
    }
    labels = uniqueLabels(labels);

    // The same number of rows: new values in the existing bars, which spares Qt Charts
    // recreating its items on every filter change.
    const bool reuse = m_series && m_rows->count() == n && n > 0;
    if (!reuse) {
        clear();
        m_series = new QHorizontalStackedBarSeries;
        m_series->setBarWidth(0.6);
        auto *offset = new QBarSet(QString());
        offset->setColor(Qt::transparent);
        offset->setBorderColor(Qt::transparent);
        auto *actual = new QBarSet(QString());
        actual->setColor(Actual);
        actual->setBorderColor(Actual);
        auto *planned = new QBarSet(QString());
        planned->setColor(Planned);
        planned->setBorderColor(Planned);
        offset->append(offsets);
        actual->append(actuals);
        planned->append(planneds);
        m_series->append({offset, actual, planned});
        m_chart->addSeries(m_series);
        m_rows = new QBarCategoryAxis;
        m_rows->setLabelsFont(m_chart->font()); // the font the titles were shortened for
        m_chart->addAxis(m_rows, Qt::AlignLeft);
        m_series->attachAxis(m_rows);
        m_years = new QValueAxis;
        m_years->setTickType(QValueAxis::TicksDynamic);
        m_years->setLabelFormat(QStringLiteral("%.0f"));
        m_chart->addAxis(m_years, Qt::AlignBottom);
        m_series->attachAxis(m_years);
        m_today = new QLineSeries;
        QPen pen(Today, 2, Qt::DashLine);
        m_today->setPen(pen);
        m_today->append({QPointF(todayValue, -0.5), QPointF(todayValue, n - 0.5)});
        m_chart->addSeries(m_today);
        m_today->attachAxis(m_years);
        m_today->attachAxis(m_rows);
        m_chart->legend()->markers(m_series).first()->setVisible(false); // the transparent offset
        connect(m_series, &QHorizontalStackedBarSeries::hovered, this,
                [this, n](bool show, int row) { showToolTip(show, n - 1 - row); });
        connect(m_series, &QHorizontalStackedBarSeries::clicked, this, [this](int row) { chooseRow(row); });
    } else {
        const QList<QBarSet *> sets = m_series->barSets();
        for (int i = 0; i < n; ++i) {
            sets[0]->replace(i, offsets[i]);
            sets[1]->replace(i, actuals[i]);
            sets[2]->replace(i, planneds[i]);
        }
        m_today->replace({QPointF(todayValue, -0.5), QPointF(todayValue, n - 0.5)});
    }
    m_series->barSets()[1]->setLabel(chartTr(m_lang, QT_TRANSLATE_NOOP("c2c::app::Charts", "Actual")));
    m_series->barSets()[2]->setLabel(chartTr(m_lang, QT_TRANSLATE_NOOP("c2c::app::Charts", "Planned")));
    m_today->setName(chartTr(m_lang, QT_TRANSLATE_NOOP("c2c::app::Charts", "Today")));
    m_rows->setCategories(labels);
    m_years->setRange(from, to);
    // Ticks on whole years (every year, or every 2, 5, 10 on long spans) so labels never round.
    const double width = to - from;
    m_years->setTickAnchor(from);
    m_years->setTickInterval(width <= 12 ? 1 : width <= 24 ? 2 : width <= 60 ? 5 : 10);
}

void TimelineChart::chooseRow(int row)
{
    // Rows are drawn bottom up: the first project is the top row.
    const int index = int(m_data.rows.size()) - 1 - row;
    if (index >= 0 && index < m_data.rows.size())
        emit projectChosen(m_data.rows[index].projectId);
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
