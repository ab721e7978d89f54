#include "YearChart.h"

#include "portfolio/Portfolio.h"

#include <QCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QLegend>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <cmath>

namespace c2c::app {

namespace {
// Stacks beyond these are merged into "others": a legend of more colours is not read.
constexpr int StackLimit = 8;
const QColor Palette[StackLimit] = {QColor(0x2b, 0x6c, 0xb0), QColor(0xe0, 0x7b, 0x22), QColor(0x3a, 0x9a, 0x4a),
                                    QColor(0xc0, 0x39, 0x3b), QColor(0x7d, 0x5b, 0xa6), QColor(0x8c, 0x5a, 0x3c),
                                    QColor(0xd1, 0x6b, 0xa5), QColor(0x1f, 0xa5, 0xa5)};
// Others grey, as in the bar charts; not stated a lighter grey, as the donut's unknown status.
const QColor OthersColour(0x9e, 0x9e, 0x9e);
const QColor NotStatedColour(0xcf, 0xcf, 0xcf);
// The legend's names get this share of the chart's width (within these bounds), the bars the rest.
constexpr double LegendShare = 0.22;
constexpr int LegendMin = 70, LegendMax = 170;

// "Year unknown" on two lines under its bar ("Year" / "unknown", "연도" / "미상"): every label
// of the axis gets the room of the widest, so a long one would leave room for few years.
QStringList lines(const QString &name)
{
    const auto space = name.indexOf(QLatin1Char(' '));
    if (space < 0)
        return {name};
    return {name.left(space), name.mid(space + 1)};
}

double widestLine(const QFontMetricsF &fm, const QStringList &texts)
{
    double w = 0;
    for (const QString &t : texts)
        w = std::max(w, fm.horizontalAdvance(t));
    return w;
}
} // namespace

YearChart::YearChart(GroupBy stackBy, QObject *parent) : Chart(parent), m_stackBy(stackBy)
{
    // On the right, where each name gets a line of its own instead of a share of one line.
    m_chart->legend()->setVisible(true);
    m_chart->legend()->setAlignment(Qt::AlignRight);
    connect(m_chart, &QChart::plotAreaChanged, this, &YearChart::plotAreaChanged);
}

void YearChart::load(Portfolio &portfolio, const Selection &selection, Language lang)
{
    const Snapshot &s = portfolio.snapshot();
    m_lang = lang;
    m_data = yearStacks(s, selection, m_stackBy, StackLimit);
    // An empty "year unknown" column (its projects have no amount either) would only be an
    // unlabelled gap: the note under the title already counts those projects.
    if (!m_data.years.isEmpty() && m_data.years.last().key.isEmpty() && m_data.years.last().total == 0) {
        m_data.years.removeLast();
        for (auto &row : m_data.total)
            row.removeLast();
        for (auto &row : m_data.projects)
            row.removeLast();
    }
    const Totals t = totals(s, selection);
    m_currency = t.currency;
    const char *title = m_stackBy == GroupBy::Modality
                            ? QT_TRANSLATE_NOOP("c2c::app::Charts", "Budget by year and modality")
                            : QT_TRANSLATE_NOOP("c2c::app::Charts", "Budget by year and local government");
    setTitle(chartTr(lang, title), selection.empty() ? nothingNote(lang) : notCountedNote(t.amountUnknown + t.notConverted, lang));
}

Int128 YearChart::largestAmount() const
{
    Int128 largest = 0;
    for (const Group &y : m_data.years)
        largest = std::max(largest, y.total);
    return largest;
}

void YearChart::present(const AmountScale &scale)
{
    m_scale = scale;
    if (!refill())
        build();
}

QStringList YearChart::yearLabels() const
{
    QStringList years;
    for (const Group &y : m_data.years)
        years.append(y.key.isEmpty() ? lines(y.name.text(m_lang).toHtmlEscaped()).join(QStringLiteral("<br>")) : y.key);
    return years;
}

bool YearChart::hasUnknownYear() const
{
    return !m_data.years.isEmpty() && m_data.years.last().key.isEmpty();
}

bool YearChart::gapBeforeUnknown() const
{
    return hasUnknownYear() && m_data.years.size() > 1;
}

int YearChart::slotCount() const
{
    // One more slot than years when "year unknown" follows known years: the empty one between.
    return int(m_data.years.size()) + (gapBeforeUnknown() ? 1 : 0);
}

int YearChart::slotOf(int year) const
{
    return gapBeforeUnknown() && year == m_data.years.size() - 1 ? year + 1 : year;
}

int YearChart::yearAt(int slot) const
{
    if (slot < 0 || slot >= slotCount())
        return -1;
    if (!gapBeforeUnknown() || slot < m_data.years.size() - 1)
        return slot;
    return slot == m_data.years.size() ? int(m_data.years.size()) - 1 : -1;
}

QList<int> YearChart::labelledYears(int step, double plotWidth) const
{
    // Every step-th year, except those too close to "year unknown": Qt Charts draws labels that
    // overlap one over the other, so the last year named is at least half of each label and a
    // gap away from it.
    const QFontMetricsF fm(m_categories ? m_categories->labelsFont() : m_chart->font());
    const bool unknownLast = hasUnknownYear();
    double yearWidth = 0;
    for (const Group &y : m_data.years)
        if (!y.key.isEmpty())
            yearWidth = std::max(yearWidth, fm.horizontalAdvance(y.key));
    const double apart = unknownLast ? (widestLine(fm, lines(m_data.years.last().name.text(m_lang))) + yearWidth) / 2 + 12.0 : 0.0;
    const double slot = plotWidth / double(std::max(slotCount(), 1));
    const int clearance = unknownLast ? int(std::ceil(apart / std::max(slot, 1.0))) : 0;
    const int lastLabelled = unknownLast ? slotCount() - 1 - std::max(1, clearance) : slotCount() - 1;
    QList<int> years;
    for (int i = 0; i < m_data.years.size(); ++i)
        if (!m_data.years[i].key.isEmpty() && slotOf(i) <= lastLabelled && m_data.years[i].key.toInt() % step == 0)
            years.append(i);
    return years;
}

int YearChart::yearStep(double axisWidth, double plotWidth) const
{
    if (m_data.years.isEmpty())
        return 1;
    // Qt Charts gives every label of the axis its width over the labels plus one, less a
    // padding of 5 each side, and cuts a label that does not fit down to "…". "Year unknown"
    // is one of the labels: the step leaves it the room of the widest label, so it is always
    // named rather than left as a bare bar where the next year would be.
    const QFontMetricsF fm(m_categories ? m_categories->labelsFont() : m_chart->font());
    double widest = 0;
    for (const Group &y : m_data.years)
        widest = std::max(widest, y.key.isEmpty() ? widestLine(fm, lines(y.name.text(m_lang))) : fm.horizontalAdvance(y.key));
    const double perLabel = (widest + 1.0 + 2 * 5.0) * 1.1 + 2.0; // with a little to spare
    // Labels: the years named, "year unknown", and the one more Qt Charts divides by.
    const double more = (hasUnknownYear() ? 1.0 : 0.0) + 1.0;
    for (int step : {1, 2, 5, 10, 20, 50})
        if ((double(labelledYears(step, plotWidth).size()) + more) * perLabel <= axisWidth)
            return step;
    return 100;
}

double YearChart::axisWidth(const QRectF &plotArea) const
{
    // The axis that Qt Charts divides among the labels runs from the chart's left margin (under
    // the values' axis too) to the plot's right edge: a little less, to be safe.
    return plotArea.right() - m_chart->margins().left() - 10.0;
}

void YearChart::labelYears()
{
    const QStringList years = yearLabels();
    // The plot once laid out; before that, a guess from the chart's width (the legend takes a share).
    const QRectF plot = m_chart->plotArea();
    const double guess = m_chart->size().width() > 0 ? m_chart->size().width() * 0.6 : 400.0;
    const double plotWidth = plot.width() > 0 ? plot.width() : guess;
    m_step = yearStep(plot.width() > 0 ? axisWidth(plot) : guess, plotWidth);
    for (const QString &label : m_categories->categoriesLabels())
        m_categories->remove(label);
    m_categories->setRange(-0.5, std::max(slotCount(), 1) - 0.5);
    for (int i : labelledYears(m_step, plotWidth))
        m_categories->append(years[i], slotOf(i));
    // "Year unknown" (last, after an empty slot) is always named.
    if (hasUnknownYear())
        m_categories->append(years.last(), slotOf(int(years.size()) - 1));
}

void YearChart::plotAreaChanged(const QRectF &plotArea)
{
    // A wider or narrower chart fits more or fewer year labels, and longer or shorter names in its legend.
    if (m_categories
        && (yearStep(axisWidth(plotArea), plotArea.width()) != m_step || legendWidth(m_chart->size().width()) != m_legendWidth))
        QMetaObject::invokeMethod(this, [this] {
            if (m_categories) {
                labelYears();
                labelStacks();
            }
        }, Qt::QueuedConnection);
}

QString YearChart::stackLabel(int k) const
{
    return elide(m_data.stacks[k].name.text(m_lang), m_chart->legend()->font(), m_legendWidth);
}

QStringList YearChart::stackLabels() const
{
    QStringList labels;
    for (int k = 0; k < m_data.stacks.size(); ++k)
        labels.append(stackLabel(k));
    // Two names alike up to where they are cut (two UNDP centres) stay two entries.
    return uniqueLabels(labels);
}

void YearChart::labelStacks()
{
    m_legendWidth = legendWidth(m_chart->size().width());
    const QStringList labels = stackLabels();
    const QList<QBarSet *> sets = m_series->barSets();
    for (int k = 0; k < sets.size() && k < labels.size(); ++k)
        sets[k]->setLabel(labels[k]);
}

QColor YearChart::stackColour(int k) const
{
    if (k < 0 || k >= m_data.stacks.size())
        return {};
    if (m_data.stackKeys[k].isEmpty())
        return NotStatedColour;
    if (m_data.stacks[k].key.isEmpty())
        return OthersColour;
    return Palette[std::min(k, StackLimit - 1)];
}

bool YearChart::refill()
{
    // Same stacks and years: new values and names in the existing bars.
    if (!m_series || m_series->count() != m_data.stacks.size() || m_series->barSets().first()->count() != slotCount())
        return false;
    const QList<QBarSet *> sets = m_series->barSets();
    for (int k = 0; k < sets.size(); ++k) {
        // The same number of stacks may now hold others where a named group was.
        sets[k]->setColor(stackColour(k));
        sets[k]->setBorderColor(stackColour(k));
        for (int slot = 0; slot < slotCount(); ++slot) {
            const int y = yearAt(slot);
            sets[k]->replace(slot, y < 0 ? 0.0 : m_scale.value(m_data.total[k][y]));
        }
    }
    labelStacks();
    labelYears();
    fillValueAxis();
    return true;
}

void YearChart::fillValueAxis()
{
    double largest = 0;
    for (const Group &y : m_data.years)
        largest = std::max(largest, m_scale.value(y.total));
    m_values->setRange(0, largest > 0 ? largest * 1.05 : 1.0);
    m_values->applyNiceNumbers();
    m_values->setLabelFormat(axisLabelFormat(m_values->max(), m_values->tickCount()));
    m_values->setTitleText(chartTr(m_lang, QT_TRANSLATE_NOOP("c2c::app::Charts", "Budget (%1)")).arg(m_scale.unitName));
}

void YearChart::build()
{
    clear();
    auto *series = new QStackedBarSeries;
    for (int k = 0; k < m_data.stacks.size(); ++k) {
        auto *set = new QBarSet(QString());
        for (int slot = 0; slot < slotCount(); ++slot) {
            const int y = yearAt(slot);
            set->append(y < 0 ? 0.0 : m_scale.value(m_data.total[k][y]));
        }
        set->setColor(stackColour(k));
        set->setBorderColor(stackColour(k));
        series->append(set);
    }
    series->setBarWidth(0.8);
    m_chart->addSeries(series);

    // The years as a scale with a label every few years: a label per bar does not fit when
    // a large portfolio spans decades (Qt Charts would cut every one of them to "…").
    auto *categories = new QCategoryAxis;
    categories->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    categories->setGridLineVisible(false);
    m_chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    m_chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    m_series = series;
    m_categories = categories;
    m_values = values;
    labelStacks();
    labelYears();
    fillValueAxis();

    connect(series, &QStackedBarSeries::hovered, this, [this, series](bool show, int slot, QBarSet *set) {
        const int year = yearAt(slot);
        showToolTip(show && year >= 0, int(series->barSets().indexOf(set) * m_data.years.size() + std::max(year, 0)));
    });
    connect(series, &QStackedBarSeries::clicked, this, [this, series](int slot, QBarSet *set) {
        const auto stack = series->barSets().indexOf(set);
        const int year = yearAt(slot);
        if (stack < 0 || year < 0)
            return;
        QList<DrillStep> steps;
        if (!m_data.years[year].key.isEmpty())
            steps.append({GroupBy::Year, {m_data.years[year].key}});
        if (!m_data.stackKeys[stack].isEmpty())
            steps.append({m_stackBy, m_data.stackKeys[stack]});
        if (!steps.isEmpty())
            emit drillDown(steps);
    });
}

int YearChart::legendWidth(double chartWidth)
{
    if (chartWidth <= 0)
        return (LegendMin + LegendMax) / 2;
    return std::clamp(int(chartWidth * LegendShare), LegendMin, LegendMax);
}

QString YearChart::toolTip(int index) const
{
    const auto years = m_data.years.size();
    if (years == 0 || index < 0)
        return {};
    const auto stack = index / years, year = index % years;
    if (stack >= m_data.stacks.size())
        return {};
    const Int128 amount = m_data.total[stack][year];
    const Group &y = m_data.years[year];
    return QStringLiteral("<b>%1</b> · %2<br>%3 (%4)<br>%5<br>%6")
        .arg(m_data.stacks[stack].name.text(m_lang).toHtmlEscaped(), y.name.text(m_lang).toHtmlEscaped(),
             m_data.counted[stack][year] > 0 ? exactAmount(amount, m_scale.currency, m_lang) : QStringLiteral("–"),
             m_data.counted[stack][year] > 0 && y.hasTotal() ? shareText(amount, y.total, m_lang) : QStringLiteral("–"),
             chartTr(m_lang, QT_TRANSLATE_N_NOOP("c2c::app::Charts", "%n project(s)"), int(m_data.projects[stack][year])),
             chartTr(m_lang, QT_TRANSLATE_NOOP("c2c::app::Charts", "Year total %1")).arg(y.hasTotal() ? exactAmount(y.total, m_scale.currency, m_lang) : QStringLiteral("–")));
}

} // namespace c2c::app
