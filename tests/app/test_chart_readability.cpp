// The dashboard as an officer reads it, offscreen: every bar's and timeline
// row's label drawn in full (never Qt Charts' "..."), the year axis in whole years with "year
// unknown" named apart from them, one unit of money across all charts, axis
// titles uncut, charts not stretched to a neighbour's height, and a tooltip on
// every bar and slice when the mouse rests on it — on the seed and on 5,000 projects.
#include "AppFixture.h"

#include "Translations.h"
#include "Workspace.h"
#include "charts/ChartRenderer.h"
#include "charts/GroupBarChart.h"
#include "charts/StatusChart.h"
#include "charts/YearChart.h"
#include "io/Generator.h"
#include "io/SeedImport.h"
#include "portfolio/Portfolio.h"
#include "views/Dashboard.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QFontMetricsF>
#include <QLegend>
#include <QGraphicsTextItem>
#include <QHelpEvent>
#include <QPieSeries>
#include <QPieSlice>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QValueAxis>
#include <boost/test/unit_test.hpp>

using namespace c2c;
using namespace c2c::app;

namespace {

struct Shown {
    QTemporaryDir dir;
    std::unique_ptr<Portfolio> portfolio;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<Dashboard> dashboard;
    explicit Shown(std::int64_t generated = 0, Language lang = Language::English)
    {
        installLanguage(lang);
        auto p = Portfolio::open(dir.filePath(QStringLiteral("p.c2c")));
        BOOST_REQUIRE_MESSAGE(p.ok(), p.error());
        portfolio = std::move(p).value();
        BOOST_REQUIRE(SeedImport::run(*portfolio, SeedImport::embeddedPath()).ok());
        if (generated > 0)
            BOOST_REQUIRE(Generator::run(*portfolio, generated, 7).ok());
        workspace = std::make_unique<Workspace>(*portfolio);
        workspace->refresh();
        dashboard = std::make_unique<Dashboard>(*workspace);
        dashboard->resize(1100, 900); // two charts a row, each about 540 pixels wide
        dashboard->show();
        BOOST_REQUIRE(QTest::qWaitForWindowExposed(dashboard.get()));
        settle();
    }
    ~Shown()
    {
        dashboard.reset();
        installLanguage(Language::English);
    }
    void settle()
    {
        dashboard->updateCharts();
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
    }
    // The texts the chart's scene draws (axis labels and titles as Qt Charts cut them).
    QStringList drawn(ChartKind kind) const
    {
        QStringList texts;
        for (QGraphicsItem *item : dashboard->view(kind)->scene()->items())
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
                texts << text->toPlainText();
        return texts;
    }
    GroupBarChart *bars(ChartKind kind) const { return static_cast<GroupBarChart *>(dashboard->chart(kind)); }
};

template <class Axis>
Axis *axisOf(Chart *chart)
{
    for (QAbstractAxis *a : chart->chart()->axes())
        if (auto *axis = qobject_cast<Axis *>(a))
            return axis;
    return nullptr;
}

QAbstractBarSeries *barSeries(Chart *chart)
{
    for (QAbstractSeries *s : chart->chart()->series())
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
            return bars;
    return nullptr;
}

constexpr ChartKind BarKinds[] = {ChartKind::Country, ChartKind::Actor, ChartKind::Sdg, ChartKind::Sector};

// Every category label drawn as the chart made it (never cut to "..." by Qt Charts):
// the bar charts' groups and the timeline's projects.
void checkLabelsInFull(Shown &s)
{
    for (ChartKind kind : {ChartKind::Country, ChartKind::Actor, ChartKind::Sdg, ChartKind::Sector, ChartKind::Timeline}) {
        BOOST_TEST_CONTEXT(chartKindCode(kind).toStdString())
        {
            auto *axis = axisOf<QBarCategoryAxis>(s.dashboard->chart(kind));
            BOOST_REQUIRE(axis);
            const QStringList drawn = s.drawn(kind);
            BOOST_TEST(axis->count() >= 1);
            for (const QString &label : axis->categories())
                BOOST_TEST(drawn.contains(label), "not drawn in full: " << label.toStdString());
            for (const QString &text : drawn)
                BOOST_TEST(!text.endsWith(QStringLiteral("...")), "cut by Qt Charts: " << text.toStdString());
        }
    }
}

// The year axis: whole years, at least least of them, none cut.
void checkYears(Shown &s, int least = 2)
{
    const QStringList drawn = s.drawn(ChartKind::Year);
    int years = 0;
    for (const QString &text : drawn) {
        BOOST_TEST(!text.endsWith(QStringLiteral("...")), "cut: " << text.toStdString());
        if (QRegularExpression(QStringLiteral("^(19|20)\\d\\d$")).match(text).hasMatch())
            ++years;
    }
    BOOST_TEST(years >= least, drawn.join(QLatin1Char('|')).toStdString());
}

// One unit of money on every chart, and at least one chart would have picked another on its own.
void checkOneUnit(Shown &s)
{
    const DisplayUnit unit = s.dashboard->scale().unit;
    bool another = false;
    for (ChartKind kind : {ChartKind::Country, ChartKind::Actor, ChartKind::Sdg, ChartKind::Sector, ChartKind::Year}) {
        Chart *chart = s.dashboard->chart(kind);
        const AmountScale own = amountScale(chart->currency(), DisplayUnit::One, chart->largestAmount(), currentLanguage());
        another = another || own.unit != unit;
        BOOST_TEST_MESSAGE(chartKindCode(kind).toStdString() << " own " << own.unitName.toStdString() << " shared "
                                                             << s.dashboard->scale().unitName.toStdString());
        const QValueAxis *values = nullptr;
        for (QAbstractAxis *a : chart->chart()->axes())
            if (a->type() == QAbstractAxis::AxisTypeValue) // not the year chart's QCategoryAxis, a QValueAxis too
                values = static_cast<QValueAxis *>(a);
        BOOST_REQUIRE(values);
        BOOST_TEST(values->titleText().contains(s.dashboard->scale().unitName), values->titleText().toStdString());
        // The axis title is drawn uncut.
        BOOST_TEST(s.drawn(kind).contains(values->titleText()), values->titleText().toStdString());
    }
    BOOST_TEST(another);
}

// The tooltip the view shows when the mouse rests at pos.
QString restingToolTip(QChartView *view, QPoint pos)
{
    QTest::mouseMove(view->viewport(), pos);
    QCoreApplication::processEvents();
    QHelpEvent help(QEvent::ToolTip, pos, view->viewport()->mapToGlobal(pos));
    QCoreApplication::sendEvent(view->viewport(), &help);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

} // namespace

BOOST_AUTO_TEST_CASE(labels_years_unit_and_titles_on_the_seed)
{
    Shown s;
    checkLabelsInFull(s);
    checkYears(s);
    checkOneUnit(s);
}

BOOST_AUTO_TEST_CASE(labels_years_unit_and_titles_on_five_thousand_projects)
{
    Shown s(5000);
    for (ChartKind kind : {ChartKind::Country, ChartKind::Actor})
        BOOST_TEST(s.bars(kind)->bars().size() > 10); // many groups: the top ones, then "others"
    checkLabelsInFull(s);
    checkYears(s);
    // A narrower window: fewer year labels (four decades leave room for one), still whole.
    s.dashboard->resize(760, 900);
    s.settle();
    checkYears(s, 1);
}

BOOST_AUTO_TEST_CASE(korean_labels_in_full)
{
    Shown s(5000, Language::Korean);
    checkLabelsInFull(s);
    checkYears(s);
}

BOOST_AUTO_TEST_CASE(a_resting_mouse_shows_the_bars_tooltip)
{
    Shown s;
    auto *countries = s.bars(ChartKind::Country);
    auto *series = barSeries(countries);
    BOOST_REQUIRE(series);
    QChartView *view = s.dashboard->view(ChartKind::Country);
    int shown = 0;
    for (int i = 0; i < countries->bars().size(); ++i) {
        const Group &g = countries->bars()[i].group;
        if (!g.hasTotal())
            continue; // no bar to rest on: the chart's note names it
        const int category = int(countries->bars().size()) - 1 - i;
        const double value = series->barSets().first()->at(category);
        const QPointF inChart = countries->chart()->mapToPosition(QPointF(value / 2, category), series);
        const QPoint at = view->mapFromScene(countries->chart()->mapToScene(inChart));
        const QString tip = restingToolTip(view, at);
        BOOST_TEST(tip.contains(g.name.en.toHtmlEscaped()), i << ": " << tip.toStdString());
        BOOST_TEST(tip.contains(QStringLiteral("project")), tip.toStdString());
        ++shown;
    }
    BOOST_TEST(shown >= 3);
    // Off the bars: no tooltip left behind.
    restingToolTip(view, QPoint(3, 3));
    BOOST_TEST(countries->chart()->toolTip().isEmpty());
    BOOST_TEST(QTest::qWaitFor([] { return !QToolTip::isVisible(); }, 3000));
}

BOOST_AUTO_TEST_CASE(every_bar_and_slice_has_a_tooltip_with_cores_figures)
{
    Shown s(300);
    for (ChartKind kind : BarKinds) {
        auto *chart = s.bars(kind);
        for (int i = 0; i < chart->bars().size(); ++i) {
            const Group &g = chart->bars()[i].group;
            const QString tip = chart->toolTip(i);
            BOOST_TEST(tip.contains(QStringLiteral("project")), tip.toStdString());
            // Unknown is "–", never a zero amount.
            BOOST_TEST(tip.contains(QStringLiteral("–")) == !g.hasTotal(), tip.toStdString());
            BOOST_TEST(!tip.contains(QStringLiteral("USD 0.00")), tip.toStdString());
        }
    }
    auto *status = static_cast<StatusChart *>(s.dashboard->chart(ChartKind::Status));
    BOOST_REQUIRE(!status->slices().isEmpty());
    for (int i = 0; i < status->slices().size(); ++i)
        BOOST_TEST(status->toolTip(i).contains(status->slices()[i].name.en));
    // Hovering a slice gives the chart that slice's tooltip (what the view shows when the mouse rests).
    auto *pie = qobject_cast<QPieSeries *>(status->chart()->series().first());
    emit pie->hovered(pie->slices().first(), true);
    BOOST_TEST(status->chart()->toolTip() == status->toolTip(0));
    emit pie->hovered(pie->slices().first(), false);
    BOOST_TEST(status->chart()->toolTip().isEmpty());
}

BOOST_AUTO_TEST_CASE(a_country_with_no_counted_amount_is_named_in_the_note)
{
    Shown s;
    // The seed's projects with Kosovo, Uzbekistan, India, Rwanda, Bangladesh state no amount: no bar to hover.
    auto *countries = s.bars(ChartKind::Country);
    QStringList uncounted;
    for (const auto &bar : countries->bars())
        if (bar.keys.size() == 1 && !bar.group.hasTotal())
            uncounted << bar.group.name.en;
    BOOST_TEST(uncounted.size() == 5);
    // The first three by name, then how many more.
    for (int i = 0; i < 3; ++i)
        BOOST_TEST(countries->note().contains(uncounted[i]), countries->note().toStdString());
    BOOST_TEST(countries->note().contains(QStringLiteral("and 2 more")), countries->note().toStdString());
}

BOOST_AUTO_TEST_CASE(year_unknown_stands_apart_from_the_years_and_is_named)
{
    Shown s(5000);
    auto *year = static_cast<YearChart *>(s.dashboard->chart(ChartKind::Year));
    const YearStacks &data = year->data();
    // Generated projects without a period still state an amount: a column of its own.
    BOOST_REQUIRE(data.years.last().key.isEmpty());
    BOOST_REQUIRE(data.years.last().total > 0);
    const int known = int(data.years.size()) - 1;
    const QString unknown = data.years.last().name.en;
    // An empty slot between the last year and "year unknown": it never reads as the year after.
    BOOST_TEST(year->slotOf(known) == known + 1);
    BOOST_TEST(year->yearAt(known) == -1);
    BOOST_TEST(year->yearAt(known + 1) == known);
    for (QBarSet *set : barSeries(year)->barSets()) {
        BOOST_REQUIRE(set->count() == known + 2);
        BOOST_TEST(set->at(known) == 0.0);
    }
    // Named under its bar at any width, in the window...
    for (int width : {1600, 1100, 760}) {
        BOOST_TEST_CONTEXT("dashboard " << width)
        {
            s.dashboard->resize(width, 900);
            s.settle();
            // (On two lines, "Year" over "unknown", so that it takes little of the axis' room.)
            QStringList drawn;
            for (const QString &text : s.drawn(ChartKind::Year))
                drawn << text.simplified();
            BOOST_TEST(drawn.contains(unknown), drawn.join(QLatin1Char('|')).toStdString());
            checkYears(s, 1);
        }
    }
    // ...and in exported images of any size.
    for (const QSize size : {QSize(1200, 800), QSize(1200, 500), QSize(800, 400), QSize(540, 360)}) {
        BOOST_TEST_CONTEXT("export " << size.width() << "x" << size.height())
        {
            const QString path = s.dir.filePath(QStringLiteral("year.svg"));
            const Status st = ChartRenderer::write(ChartKind::Year, *s.portfolio, s.workspace->selection(), Language::English,
                                                   size, path, {});
            BOOST_REQUIRE_MESSAGE(st.ok(), st.error());
            QFile svg(path);
            BOOST_REQUIRE(svg.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(svg.readAll());
            for (const QString &line : unknown.split(QLatin1Char(' ')))
                BOOST_TEST(text.contains(QStringLiteral(">") + line + QStringLiteral("<")), line.toStdString());
            BOOST_TEST(!text.contains(QStringLiteral("...")));
        }
    }
}

BOOST_AUTO_TEST_CASE(the_year_chart_keeps_its_own_height_beside_the_statuses)
{
    Shown s(5000);
    // Charts of about the same height share a row: the years are not stretched to the
    // height of a list of 18 SDG goals, which left their bars at the bottom of a tall frame.
    for (ChartKind kind : {ChartKind::Year, ChartKind::Status}) {
        QChartView *view = s.dashboard->view(kind);
        BOOST_TEST(view->height() <= view->minimumHeight() + 8, chartKindCode(kind).toStdString() << " " << view->height());
    }
    BOOST_TEST(s.dashboard->view(ChartKind::Year)->y() == s.dashboard->view(ChartKind::Status)->y());
    BOOST_TEST(s.dashboard->view(ChartKind::Sdg)->height() > s.dashboard->view(ChartKind::Year)->height());
    // The donut takes the width its legend needs to name every status in full (Qt Charts cuts the
    // names of a legend wider than 40% of its chart), up to half the row; the years, decades of
    // bars, the rest. Where even half is too narrow, a long name has its count on a line of its own.
    auto *status = static_cast<StatusChart *>(s.dashboard->chart(ChartKind::Status));
    for (int width : {1600, 1100}) {
        s.dashboard->resize(width, 900);
        s.settle();
        BOOST_TEST(s.dashboard->view(ChartKind::Year)->width() >= s.dashboard->view(ChartKind::Status)->width());
        QStringList drawn;
        for (const QString &text : s.drawn(ChartKind::Status))
            drawn << text.simplified();
        for (const Group &g : status->slices()) {
            const QString name = QStringLiteral("%1 (%2)").arg(g.name.en, QLocale(QLocale::English).toString(g.projects));
            BOOST_TEST(drawn.contains(name), width << ": " << name.toStdString() << " in " << drawn.join(QLatin1Char('|')).toStdString());
        }
    }
    // A chart rebuilt while a dialog covers part of it repaints whole, never over its former self.
    for (ChartKind kind : allChartKinds())
        BOOST_TEST(s.dashboard->view(kind)->viewportUpdateMode() == QGraphicsView::FullViewportUpdate);
}

BOOST_AUTO_TEST_CASE(the_year_legend_names_each_stack_in_full_when_there_is_room)
{
    Shown s;
    auto *year = static_cast<YearChart *>(s.dashboard->chart(ChartKind::Year));
    const QList<QBarSet *> sets = barSeries(year)->barSets();
    BOOST_REQUIRE(sets.size() == year->data().stacks.size());
    const QFontMetricsF fm(year->chart()->legend()->font());
    QStringList labels;
    for (int k = 0; k < sets.size(); ++k) {
        const QString name = year->data().stacks[k].name.en;
        // "Gangwon State" in full; only a name as long as the UNDP centre's is shortened.
        BOOST_TEST((sets[k]->label() == name || fm.horizontalAdvance(name) > 150), sets[k]->label().toStdString());
        labels << sets[k]->label();
    }
    BOOST_TEST(labels.removeDuplicates() == 0, labels.join(QLatin1Char('|')).toStdString());
    for (const QString &label : labels)
        BOOST_TEST(s.drawn(ChartKind::Year).contains(label), label.toStdString());
}
