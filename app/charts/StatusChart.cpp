#include "StatusChart.h"

#include "portfolio/Portfolio.h"
#include "report/Figures.h"

#include <QChart>
#include <QFontMetricsF>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <cmath>

namespace c2c::app {

namespace {
QColor statusColour(const QString &key)
{
    switch (fromCode<ActivityStatus>(key).value_or(ActivityStatus::Unknown)) {
    case ActivityStatus::Pipeline:
        return QColor(0x9e, 0xc5, 0xe8);
    case ActivityStatus::Implementation:
        return QColor(0x2b, 0x6c, 0xb0);
    case ActivityStatus::Finalisation:
        return QColor(0x3a, 0x9a, 0x4a);
    case ActivityStatus::Closed:
        return QColor(0x6b, 0x6b, 0x6b);
    case ActivityStatus::Cancelled:
        return QColor(0xc0, 0x39, 0x3b);
    case ActivityStatus::Suspended:
        return QColor(0xe0, 0x7b, 0x22);
    default:
        return QColor(0xcf, 0xcf, 0xcf);
    }
}
} // namespace

StatusChart::StatusChart(QObject *parent) : Chart(parent)
{
    // A narrower chart has less room for its legend's names.
    connect(m_chart, &QGraphicsWidget::geometryChanged, this, [this] {
        if (m_chart)
            labelSlices();
    });
}

void StatusChart::load(Portfolio &portfolio, const Selection &selection, Language lang)
{
    const Snapshot &s = portfolio.snapshot();
    m_lang = lang;
    m_groups = groupBy(s, selection, GroupBy::Status);
    m_projects = std::int64_t(selection.size());
    m_currency = s.reportingCurrency;
    setTitle(chartTr(lang, QT_TRANSLATE_NOOP("c2c::app::Charts", "Projects by status")), selection.empty() ? nothingNote(lang) : QString());
}

void StatusChart::present(const AmountScale &)
{
    clear();
    m_chart->legend()->setVisible(true);
    m_chart->legend()->setAlignment(Qt::AlignRight);

    auto *series = new QPieSeries;
    series->setHoleSize(0.45);
    series->setPieSize(0.8);
    for (const Group &g : m_groups) {
        auto *slice = series->append(QString(), double(g.projects));
        slice->setColor(statusColour(g.key));
        slice->setBorderColor(Qt::white);
    }
    m_chart->addSeries(series);
    m_series = series;
    labelSlices();
    connect(series, &QPieSeries::hovered, this,
            [this, series](QPieSlice *slice, bool show) { showToolTip(show, int(series->slices().indexOf(slice))); });
    connect(series, &QPieSeries::clicked, this, [this, series](QPieSlice *slice) {
        const auto i = series->slices().indexOf(slice);
        if (i >= 0 && !m_groups[i].key.isEmpty())
            emit drillDown({{GroupBy::Status, {m_groups[i].key}}});
    });
}

QString StatusChart::sliceLabel(const Group &g) const
{
    return QStringLiteral("%1 (%2)").arg(g.name.text(m_lang), chartLocale(m_lang).toString(g.projects));
}

void StatusChart::labelSlices()
{
    if (!m_series || m_series->count() != m_groups.size())
        return;
    // Qt Charts gives a legend on the right at most 40% of the chart's width (less its margins)
    // and cuts a longer name ("Pipeline/identific..."); such a name keeps its line and its
    // count goes under it.
    const QFontMetricsF fm(m_chart->legend()->font());
    const double width = m_chart->size().width();
    const double room = (width - m_chart->margins().left() - m_chart->margins().right() - 20.0) * 0.4 - fm.height() - 20.0;
    const QList<QPieSlice *> slices = m_series->slices();
    for (int i = 0; i < slices.size(); ++i) {
        const Group &g = m_groups[i];
        const QString full = sliceLabel(g);
        const QString label = width <= 0 || fm.horizontalAdvance(full) <= room
                                  ? full.toHtmlEscaped()
                                  : g.name.text(m_lang).toHtmlEscaped() + QStringLiteral("<br>(")
                                        + chartLocale(m_lang).toString(g.projects) + QLatin1Char(')');
        if (slices[i]->label() != label)
            slices[i]->setLabel(label);
    }
}

int StatusChart::preferredWidth() const
{
    // Qt Charts gives a legend on the right at most 40% of the chart's width and cuts longer names
    // ("Pipeline/identific..."): the widest name, its marker and paddings, over that share.
    const QFontMetricsF fm(m_chart->legend()->font());
    double widest = 0;
    for (const Group &g : m_groups)
        widest = std::max(widest, fm.horizontalAdvance(sliceLabel(g)));
    if (widest == 0)
        return 0;
    const double legend = widest + fm.height() + 20.0;
    return int(std::ceil(legend / 0.4 + m_chart->margins().left() + m_chart->margins().right() + 20.0));
}

QString StatusChart::toolTip(int index) const
{
    if (index < 0 || index >= m_groups.size())
        return {};
    const Group &g = m_groups[index];
    QString text = QStringLiteral("<b>%1</b><br>%2 (%3)<br>%4")
                       .arg(g.name.text(m_lang).toHtmlEscaped(),
                            chartTr(m_lang, QT_TRANSLATE_N_NOOP("c2c::app::Charts", "%n project(s)"), int(g.projects)),
                            shareText(g.projects, m_projects, m_lang),
                            chartTr(m_lang, QT_TRANSLATE_NOOP("c2c::app::Charts", "Budget %1"))
                                .arg(g.hasTotal() ? exactAmount(g.total, m_currency, m_lang) : Figures::unknown()));
    if (g.notCounted > 0)
        text += QStringLiteral("<br>")
                + chartTr(m_lang, QT_TRANSLATE_N_NOOP("c2c::app::Charts", "%n not counted"), int(g.notCounted));
    return text;
}

} // namespace c2c::app
