#include "GroupBarChart.h"

#include "portfolio/Portfolio.h"
#include "portfolio/TopGroups.h"
#include "report/Figures.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>
#include <cmath>

namespace c2c::app {

namespace {
// Room for a category label: long Korean names are elided to this, in full in the tooltip.
constexpr int LabelWidth = 150;
const QColor BarColour(0x2b, 0x6c, 0xb0);
const QColor MergedColour(0x9e, 0x9e, 0x9e);
} // namespace

void GroupBarChart::load(Portfolio &portfolio, const Selection &selection, Language lang)
{
    const Snapshot &s = portfolio.snapshot();
    m_lang = lang;
    const Totals t = totals(s, selection);
    m_total = t.total;
    m_currency = t.currency;
    const TopGroups top = topGroups(s, selection, dimension(), limit());
    m_bars.clear();
    for (const Group &g : top.top)
        m_bars.append({g, {g.key}});
    if (top.others)
        m_bars.append({*top.others, top.otherKeys});
    if (top.notStated)
        m_bars.append({*top.notStated, {}});

    QStringList notes;
    notes << (selection.empty() ? nothingNote(lang) : notCountedNote(t.amountUnknown + t.notConverted, lang));
    // A group whose every amount is unknown has no bar to hover: the note names it.
    QStringList uncounted;
    for (const Bar &b : std::as_const(m_bars))
        if (b.keys.size() == 1 && !b.group.hasTotal())
            uncounted << label(b, lang);
    constexpr int Named = 3;
    if (uncounted.size() > Named)
        notes << chartTr(lang, QT_TRANSLATE_N_NOOP("c2c::app::Charts", "No counted budget: %1 and %n more"),
                         int(uncounted.size() - Named))
                     .arg(uncounted.mid(0, Named).join(chartTr(lang, QT_TRANSLATE_NOOP("c2c::app::Charts", ", "))));
    else if (!uncounted.isEmpty())
        notes << chartTr(lang, QT_TRANSLATE_NOOP("c2c::app::Charts", "No counted budget: %1"))
                     .arg(uncounted.join(chartTr(lang, QT_TRANSLATE_NOOP("c2c::app::Charts", ", "))));
    notes.removeAll(QString());
    setTitle(heading(lang), notes.join(QStringLiteral(" · ")));
}

Int128 GroupBarChart::largestAmount() const
{
    Int128 largest = 0;
    for (const Bar &b : m_bars)
        largest = std::max(largest, b.group.total);
    return largest;
}

QFont GroupBarChart::labelFont() const
{
    // Smaller text when there are many bars, so that more of them fit a chart's height.
    QFont font = m_chart->font();
    if (m_bars.size() > 8)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

int GroupBarChart::preferredHeight() const
{
    // Qt Charts cuts a category label down to "…" unless its slot (the axis' height over
    // the bars plus one) holds the text, its margins and a padding of 5 above and below.
    const double slot = QFontMetricsF(labelFont()).height() + 1.0 + 2 * 5.0 + 2.0;
    const QFontMetricsF heading(m_chart->titleFont()), axis(m_chart->font());
    const double chrome = m_chart->margins().top() + m_chart->margins().bottom() + 2 * heading.height()
                          + 2 * axis.height() + 48.0;
    return int(std::ceil(chrome + double(m_bars.size() + 1) * slot));
}

void GroupBarChart::present(const AmountScale &scale)
{
    m_scale = scale;
    // Categories run bottom-up: the largest group is appended last so it is drawn at the top.
    const QFont font = labelFont();
    QStringList labels;
    for (auto it = m_bars.crbegin(); it != m_bars.crend(); ++it)
        labels.append(elide(label(*it, m_lang), font, LabelWidth));
    labels = uniqueLabels(labels);
    if (!refill(labels))
        build(labels);
    m_categories->setLabelsFont(font);
}

bool GroupBarChart::refill(const QStringList &labels)
{
    const int n = int(m_bars.size());
    if (!m_series || m_categories->count() != n || n == 0)
        return false;
    const QList<QBarSet *> sets = m_series->barSets();
    const bool perBar = barColour(m_bars.first()).isValid();
    if (perBar != (sets.size() == n && n > 1))
        return false;
    if (perBar) {
        for (int i = 0; i < n; ++i) {
            const Bar &bar = m_bars[n - 1 - i];
            sets[i]->setLabel(label(bar, m_lang));
            sets[i]->replace(i, m_scale.value(bar.group.total));
            sets[i]->setColor(barColour(bar));
            sets[i]->setBorderColor(barColour(bar));
        }
    } else {
        QBarSet *set = sets.first();
        set->deselectAllBars();
        for (int i = 0; i < n; ++i) {
            set->replace(i, m_scale.value(m_bars[n - 1 - i].group.total));
            if (m_bars[n - 1 - i].keys.size() != 1)
                set->selectBar(i);
        }
    }
    m_categories->setCategories(labels);
    fillValueAxis();
    return true;
}

void GroupBarChart::fillValueAxis()
{
    double largest = 0;
    for (const Bar &b : m_bars)
        largest = std::max(largest, m_scale.value(b.group.total));
    m_values->setRange(0, largest > 0 ? largest * 1.05 : 1.0);
    m_values->applyNiceNumbers();
    m_values->setLabelFormat(axisLabelFormat(m_values->max(), m_values->tickCount()));
    m_values->setTitleText(chartTr(m_lang, QT_TRANSLATE_NOOP("c2c::app::Charts", "Budget (%1)")).arg(m_scale.unitName));
}

void GroupBarChart::build(const QStringList &labels)
{
    clear();
    const int n = int(m_bars.size());
    QAbstractBarSeries *series = nullptr;
    const bool perBar = n > 0 && barColour(m_bars.first()).isValid();
    if (perBar) {
        // One set per bar, holding only its own category: how Qt Charts colours bars one by one.
        auto *stacked = new QHorizontalStackedBarSeries;
        for (int i = 0; i < n; ++i) {
            const Bar &bar = m_bars[n - 1 - i];
            auto *set = new QBarSet(label(bar, m_lang));
            for (int c = 0; c < n; ++c)
                set->append(c == i ? m_scale.value(bar.group.total) : 0.0);
            set->setColor(barColour(bar));
            set->setBorderColor(barColour(bar));
            stacked->append(set);
        }
        series = stacked;
    } else {
        auto *bars = new QHorizontalBarSeries;
        auto *set = new QBarSet(QString());
        for (int i = 0; i < n; ++i)
            set->append(m_scale.value(m_bars[n - 1 - i].group.total));
        set->setColor(BarColour);
        set->setBorderColor(Qt::transparent);
        // "Others" and "not stated" are not groups of their own: grey, through the set's selection colour.
        set->setSelectedColor(MergedColour);
        for (int i = 0; i < n; ++i)
            if (m_bars[n - 1 - i].keys.size() != 1)
                set->selectBar(i);
        bars->append(set);
        series = bars;
    }
    series->setBarWidth(0.7);
    m_chart->addSeries(series);

    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    m_chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    m_chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    m_series = series;
    m_categories = categories;
    m_values = values;
    fillValueAxis();

    connect(series, &QAbstractBarSeries::hovered, this,
            [this, n](bool show, int category) { showToolTip(show, n - 1 - category); });
    connect(series, &QAbstractBarSeries::clicked, this, [this](int category) { click(category); });
}

void GroupBarChart::click(int category)
{
    const int index = int(m_bars.size()) - 1 - category;
    if (index < 0 || index >= m_bars.size() || m_bars[index].keys.isEmpty())
        return;
    emit drillDown({{dimension(), m_bars[index].keys}});
}

QString GroupBarChart::toolTip(int index) const
{
    if (index < 0 || index >= m_bars.size())
        return {};
    const Group &g = m_bars[index].group;
    QString text = QStringLiteral("<b>%1</b><br>%2 (%3)<br>%4")
                       .arg(label(m_bars[index], m_lang).toHtmlEscaped(),
                            g.hasTotal() ? exactAmount(g.total, m_scale.currency, m_lang) : Figures::unknown(),
                            g.hasTotal() ? shareText(g.total, m_total, m_lang) : Figures::unknown(),
                            chartTr(m_lang, QT_TRANSLATE_N_NOOP("c2c::app::Charts", "%n project(s)"), int(g.projects)));
    if (g.notCounted > 0)
        text += QStringLiteral("<br>")
                + chartTr(m_lang, QT_TRANSLATE_N_NOOP("c2c::app::Charts", "%n not counted"), int(g.notCounted));
    return text;
}

} // namespace c2c::app
