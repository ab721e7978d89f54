// The charts dashboard, offscreen: every chart draws core's aggregation of the
// workspace's selection, a click on a bar narrows the filter (and Back
// returns), charts export as PNG and SVG at the size asked for, texts follow
// the language, and the command line writes charts headless.
#include "AppFixture.h"

#include "Translations.h"
#include "Workspace.h"
#include "charts/ChartRenderer.h"
#include "charts/GroupBarChart.h"
#include "charts/StatusChart.h"
#include "charts/TimelineChart.h"
#include "charts/YearChart.h"
#include "io/Generator.h"
#include "io/SeedImport.h"
#include "portfolio/Portfolio.h"
#include "portfolio/TopGroups.h"
#include "views/Dashboard.h"
#include "views/MainWindow.h"
#include "models/ProjectTableModel.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QPieSeries>
#include <QPieSlice>
#include <QProcess>
#include <QSet>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <boost/test/unit_test.hpp>

using namespace c2c;
using namespace c2c::app;

namespace {

std::unique_ptr<Portfolio> openSeeded(const QTemporaryDir &dir)
{
    auto p = Portfolio::open(dir.filePath(QStringLiteral("seed.c2c")));
    BOOST_REQUIRE_MESSAGE(p.ok(), p.error());
    const Status st = SeedImport::run(*p.value(), SeedImport::embeddedPath());
    BOOST_REQUIRE_MESSAGE(st.ok(), st.error());
    return std::move(p).value();
}

struct Seeded {
    QTemporaryDir dir;
    std::unique_ptr<Portfolio> portfolio;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<Dashboard> dashboard;
    Seeded()
    {
        installLanguage(Language::English);
        portfolio = openSeeded(dir);
        workspace = std::make_unique<Workspace>(*portfolio);
        dashboard = std::make_unique<Dashboard>(*workspace);
        dashboard->resize(1100, 1500);
    }
    ~Seeded()
    {
        dashboard.reset();
        workspace.reset();
        installLanguage(Language::English);
    }
    const Snapshot &snapshot() const { return portfolio->snapshot(); }
    Filter vietnamAndLaos() const
    {
        Filter f;
        f.countries = {QStringLiteral("VN"), QStringLiteral("LA"), QStringLiteral("MN")};
        return f;
    }
};

QAbstractBarSeries *barSeries(Chart *chart)
{
    for (QAbstractSeries *s : chart->chart()->series())
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
            return bars;
    BOOST_FAIL("the chart has no bar series");
    return nullptr;
}

// The drawn value of each category (stacked sets summed), in axis units.
QList<double> categoryValues(QAbstractBarSeries *series)
{
    QList<double> values;
    for (QBarSet *set : series->barSets()) {
        values.resize(std::max(values.size(), qsizetype(set->count())));
        for (int i = 0; i < set->count(); ++i)
            values[i] += set->at(i);
    }
    return values;
}

QStringList categories(Chart *chart)
{
    for (QAbstractAxis *axis : chart->chart()->axes())
        if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
            return c->categories();
    return {};
}

bool close(double drawn, std::int64_t minor, double divisor)
{
    return std::abs(drawn - double(minor) / divisor) <= 1e-9 * std::max(1.0, std::abs(drawn));
}

// Every bar chart against core: the bars top to bottom are the top groups, others, not stated.
void checkBarCharts(Dashboard &d, Portfolio &portfolio, const Selection &sel)
{
    for (ChartKind kind : {ChartKind::Country, ChartKind::Actor, ChartKind::Sector, ChartKind::Sdg}) {
        auto *chart = static_cast<GroupBarChart *>(d.chart(kind));
        BOOST_TEST_CONTEXT(chartKindCode(kind).toStdString())
        {
            const TopGroups core = topGroups(portfolio.snapshot(), sel, chart->dimension(), kind == ChartKind::Sdg ? 17 : 15);
            QList<Group> expected = core.top;
            if (core.others)
                expected.append(*core.others);
            if (core.notStated)
                expected.append(*core.notStated);
            const QList<double> drawn = categoryValues(barSeries(chart));
            const QStringList labels = categories(chart);
            BOOST_REQUIRE(drawn.size() == expected.size());
            BOOST_REQUIRE(labels.size() == expected.size());
            for (int i = 0; i < expected.size(); ++i) {
                const int category = int(expected.size()) - 1 - i; // drawn bottom-up
                BOOST_TEST(close(drawn[category], expected[i].total, chart->scale().divisor), "bar " << i);
                const QString name = expected[i].name.en;
                BOOST_TEST((labels[category].startsWith(name.left(8)) || labels[category].contains(name.left(8))),
                           labels[category].toStdString() << " vs " << name.toStdString());
            }
        }
    }
}

} // namespace

BOOST_FIXTURE_TEST_CASE(bar_charts_draw_cores_aggregation, Seeded)
{
    dashboard->updateCharts();
    checkBarCharts(*dashboard, *portfolio, workspace->selection());
    // The seed: Gyeongsangbuk-do leads with USD 15,360,000 of 18,540,000.
    auto *actors = static_cast<GroupBarChart *>(dashboard->chart(ChartKind::Actor));
    BOOST_TEST(actors->bars().first().group.name.en == QStringLiteral("Gyeongsangbuk-do"));
    const QString tip = actors->toolTip(0);
    BOOST_TEST(tip.contains(QStringLiteral("USD 15,360,000.00")), tip.toStdString());
    BOOST_TEST(tip.contains(QStringLiteral("82.8%")), tip.toStdString());
    BOOST_TEST(tip.contains(QStringLiteral("4 projects")), tip.toStdString());
    // Four seed cases have no stated amount: every money chart says so.
    BOOST_TEST(actors->note().startsWith(QStringLiteral("4 projects not counted (unknown amount or no exchange rate)")));
    BOOST_TEST(actors->chart()->title().contains(QStringLiteral("4 projects not counted")));
    // Amounts in the millions of dollars: the axis says so.
    BOOST_TEST(actors->scale().unitName == QStringLiteral("USD million"));

    workspace->setFilter(vietnamAndLaos());
    dashboard->updateCharts();
    BOOST_TEST(workspace->selection().size() == 6u);
    checkBarCharts(*dashboard, *portfolio, workspace->selection());
    const Totals t = totals(snapshot(), workspace->selection());
    BOOST_TEST(t.amountUnknown == 1);
    BOOST_TEST(dashboard->chart(ChartKind::Country)->note().startsWith(QStringLiteral("1 project not counted (unknown amount or no exchange rate)")));
}

BOOST_FIXTURE_TEST_CASE(others_merge_the_small_countries_of_a_large_portfolio, Seeded)
{
    const Status st = Generator::run(*portfolio, 1500, 11);
    BOOST_REQUIRE_MESSAGE(st.ok(), st.error());
    workspace->refresh();
    dashboard->updateCharts();
    checkBarCharts(*dashboard, *portfolio, workspace->selection());
    auto *countries = static_cast<GroupBarChart *>(dashboard->chart(ChartKind::Country));
    BOOST_TEST(countries->bars().size() >= 16);
    BOOST_TEST(countries->bars()[15].group.name.en == QStringLiteral("Others"));
    BOOST_TEST(categories(countries).size() == countries->bars().size());
}

BOOST_FIXTURE_TEST_CASE(year_status_and_timeline_draw_cores_figures, Seeded)
{
    for (const Filter &f : {Filter{}, vietnamAndLaos()}) {
        workspace->setFilter(f);
        dashboard->updateCharts();
        const Selection &sel = workspace->selection();
        for (GroupBy stack : {GroupBy::Actor, GroupBy::Modality}) {
            dashboard->setYearStack(stack);
            auto *year = static_cast<YearChart *>(dashboard->chart(ChartKind::Year));
            const YearStacks core = yearStacks(snapshot(), sel, stack, 8);
            auto *series = barSeries(year);
            BOOST_REQUIRE(series->count() == core.stacks.size());
            for (int k = 0; k < core.stacks.size(); ++k)
                for (int y = 0; y < core.years.size(); ++y)
                    if (year->slotOf(y) < series->barSets()[k]->count())
                        BOOST_TEST(close(series->barSets()[k]->at(year->slotOf(y)), core.total[k][y], year->scale().divisor));
            // Every year is drawn; "year unknown" only when it holds an amount (the seed's holds none),
            // after an empty slot.
            const bool emptyUnknown = core.years.last().key.isEmpty() && core.years.last().total == 0;
            BOOST_TEST(emptyUnknown == (f == Filter{}));
            const bool unknownApart = !emptyUnknown && core.years.last().key.isEmpty();
            for (QBarSet *set : series->barSets())
                BOOST_TEST(set->count() == core.years.size() - (emptyUnknown ? 1 : 0) + (unknownApart ? 1 : 0));
        }

        auto *status = dashboard->chart(ChartKind::Status);
        auto *pie = qobject_cast<QPieSeries *>(status->chart()->series().first());
        BOOST_REQUIRE(pie);
        const QList<Group> byStatus = groupBy(snapshot(), sel, GroupBy::Status);
        BOOST_REQUIRE(pie->count() == byStatus.size());
        for (int i = 0; i < byStatus.size(); ++i)
            BOOST_TEST(pie->slices()[i]->value() == double(byStatus[i].projects));

        auto *timeline = static_cast<TimelineChart *>(dashboard->chart(ChartKind::Timeline));
        const auto core = c2c::timeline(*portfolio, sel, TimelineChart::RowLimit);
        BOOST_REQUIRE(core.ok());
        BOOST_TEST(timeline->data().rows.size() == core->rows.size());
        BOOST_TEST(categories(timeline).size() == core->rows.size());
        // Each bar (transparent offset + actual + planned) ends where its project ends.
        const QList<double> ends = categoryValues(barSeries(timeline));
        for (int i = 0; i < core->rows.size(); ++i) {
            const double end = TimelineChart::yearValue(core->rows[i].period.end->lastDay().addDays(1));
            BOOST_TEST(std::abs(ends[core->rows.size() - 1 - i] - end) < 1e-9);
        }
    }
    // Nothing matches: every chart says so rather than showing an empty frame.
    Filter nothing;
    nothing.text = QStringLiteral("no such project anywhere");
    workspace->setFilter(nothing);
    dashboard->updateCharts();
    for (ChartKind kind : allChartKinds())
        BOOST_TEST(dashboard->chart(kind)->note() == QStringLiteral("No project matches the filters"), chartKindCode(kind).toStdString());
    // The seed has undated cases: the timeline says it left them out.
    workspace->setFilter(Filter{});
    dashboard->updateCharts();
    BOOST_TEST(dashboard->chart(ChartKind::Timeline)->note().contains(QStringLiteral("without a known period")));
}

BOOST_FIXTURE_TEST_CASE(year_stacks_keep_their_colour_whatever_their_number, Seeded)
{
    // A project with neither lead actor nor modality: a "not stated" stack after the named ones.
    Project p;
    p.key = QStringLiteral("NOT-STATED");
    p.title.ko = QStringLiteral("주관 기관·방식 미상 사업");
    p.title.en = QStringLiteral("Project of no stated actor or modality");
    p.period.start = PartialDate::ofYear(2020);
    p.period.end = PartialDate::ofYear(2021);
    BudgetLine line;
    line.amount = Money(100000000, QStringLiteral("USD"));
    p.budget.append(line);
    BOOST_REQUIRE(portfolio->addProject(p).ok());
    workspace->refresh();
    dashboard->updateCharts();
    auto *year = static_cast<YearChart *>(dashboard->chart(ChartKind::Year));
    const QColor notStatedGrey(0xcf, 0xcf, 0xcf), othersGrey(0x9e, 0x9e, 0x9e);
    for (GroupBy stack : {GroupBy::Actor, GroupBy::Modality, GroupBy::Actor}) {
        dashboard->setYearStack(stack);
        const YearStacks &data = year->data();
        const QList<QBarSet *> sets = barSeries(year)->barSets();
        BOOST_REQUIRE(sets.size() == data.stacks.size());
        int notStated = 0;
        QSet<QRgb> named;
        for (int k = 0; k < sets.size(); ++k) {
            BOOST_TEST_CONTEXT("stack " << k << " of " << sets.size())
            {
                const QColor colour = sets[k]->color();
                const std::string name = colour.name().toStdString();
                BOOST_TEST((colour == year->stackColour(k)), name);
                if (data.stackKeys[k].isEmpty()) {
                    ++notStated; // light grey, as in the bar charts, not the colour of the k-th group
                    BOOST_TEST((colour == notStatedGrey), name);
                } else {
                    BOOST_TEST((colour != notStatedGrey && colour != othersGrey), name);
                    named.insert(colour.rgb());
                }
            }
        }
        BOOST_TEST(notStated == 1);
        BOOST_TEST(named.size() == sets.size() - 1); // a colour of its own for each named group
    }
}

BOOST_FIXTURE_TEST_CASE(a_click_on_a_bar_filters_the_workspace_and_back_returns, Seeded)
{
    // The seed cases state no status: give one a status so that the donut has a slice to click.
    Project laos = portfolio->projects().readByKey(QStringLiteral("KR-GB-LAO-SMU")).value();
    laos.status = ActivityStatus::Implementation;
    BOOST_REQUIRE(portfolio->saveProject(laos).ok());
    dashboard->show();
    BOOST_REQUIRE(QTest::qWaitForWindowExposed(dashboard.get()));
    dashboard->updateCharts();
    QCoreApplication::processEvents();

    // Click the middle of Viet Nam's bar, where the officer would.
    auto *countries = static_cast<GroupBarChart *>(dashboard->chart(ChartKind::Country));
    int vn = -1;
    for (int i = 0; i < countries->bars().size(); ++i)
        if (countries->bars()[i].group.key == QStringLiteral("VN"))
            vn = i;
    BOOST_REQUIRE(vn >= 0);
    auto *series = barSeries(countries);
    const int category = int(countries->bars().size()) - 1 - vn;
    const QPointF inChart = countries->chart()->mapToPosition(QPointF(categoryValues(series)[category] / 2, category), series);
    QChartView *view = dashboard->view(ChartKind::Country);
    const QPoint at = view->mapFromScene(countries->chart()->mapToScene(inChart));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QCoreApplication::processEvents();
    BOOST_TEST(workspace->filter().countries == QStringList{QStringLiteral("VN")});
    BOOST_TEST(workspace->selection().size() == 2u);
    // The charts followed the filter: one country left.
    BOOST_TEST(countries->bars().size() == 1);
    BOOST_TEST(workspace->canGoBack());
    workspace->back();
    BOOST_TEST(workspace->filter().countries.isEmpty());
    BOOST_TEST(workspace->selection().size() == 13u);

    // A slice of the donut: its status.
    auto *pie = qobject_cast<QPieSeries *>(dashboard->chart(ChartKind::Status)->chart()->series().first());
    const auto *status = static_cast<StatusChart *>(dashboard->chart(ChartKind::Status));
    BOOST_REQUIRE(status->slices().first().key == QStringLiteral("implementation"));
    emit pie->clicked(pie->slices().first());
    QCoreApplication::processEvents();
    BOOST_REQUIRE(workspace->filter().statuses.size() == 1);
    BOOST_TEST(toCode(workspace->filter().statuses.first()) == status->slices().first().key);
    workspace->back();

    // A segment of the year chart: that year and that local government.
    auto *year = static_cast<YearChart *>(dashboard->chart(ChartKind::Year));
    auto *stacked = barSeries(year);
    int y2016 = -1;
    for (int i = 0; i < year->data().years.size(); ++i)
        if (year->data().years[i].key == QStringLiteral("2016"))
            y2016 = i;
    BOOST_REQUIRE(y2016 >= 0);
    emit stacked->clicked(y2016, stacked->barSets().first());
    QCoreApplication::processEvents();
    BOOST_TEST(*workspace->filter().fromYear == 2016);
    BOOST_TEST(*workspace->filter().toYear == 2016);
    BOOST_REQUIRE(workspace->filter().actorIds.size() == 1);
    BOOST_TEST(QString::number(workspace->filter().actorIds.first()) == year->data().stackKeys.first().first());
}

BOOST_FIXTURE_TEST_CASE(every_chart_exports_as_png_and_svg_at_the_size_asked, Seeded)
{
    dashboard->updateCharts();
    for (ChartKind kind : allChartKinds()) {
        BOOST_TEST_CONTEXT(chartKindCode(kind).toStdString())
        {
            const QString png = dir.filePath(chartKindCode(kind) + QStringLiteral(".png"));
            const QString svg = dir.filePath(chartKindCode(kind) + QStringLiteral(".svg"));
            Status st = dashboard->exportChart(kind, png, QSize(900, 560));
            BOOST_REQUIRE_MESSAGE(st.ok(), st.error());
            st = dashboard->exportChart(kind, svg, QSize(640, 400));
            BOOST_REQUIRE_MESSAGE(st.ok(), st.error());
            QImage img(png);
            BOOST_TEST((img.size() == QSize(900, 560)));
            // Something was drawn: a good share of the pixels is not the white background.
            int ink = 0;
            for (int y = 0; y < img.height(); y += 4)
                for (int x = 0; x < img.width(); x += 4)
                    ink += img.pixelColor(x, y) != QColor(Qt::white);
            BOOST_TEST(ink > 300, ink);
            QFile file(svg);
            BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            BOOST_TEST(text.size() > 2000);
            BOOST_TEST(text.contains("viewBox=\"0 0 640 400\""));
            BOOST_TEST(text.contains(dashboard->chart(kind)->title().toHtmlEscaped().toUtf8()));
        }
    }
    BOOST_TEST(!dashboard->exportChart(ChartKind::Country, dir.filePath(QStringLiteral("chart.gif")), QSize(300, 200)).ok());
}

BOOST_FIXTURE_TEST_CASE(chart_texts_follow_the_language, Seeded)
{
    dashboard->show();
    dashboard->updateCharts();
    installLanguage(Language::Korean);
    QCoreApplication::processEvents(); // LanguageChange
    Chart *country = dashboard->chart(ChartKind::Country);
    BOOST_TEST(country->title() == QStringLiteral("국가별 예산"));
    BOOST_TEST(categories(country).contains(QStringLiteral("베트남")));
    BOOST_TEST(static_cast<GroupBarChart *>(country)->toolTip(0).contains(QStringLiteral("건")));
    // Rendering for an English report from a Korean session: English texts.
    const QImage en = ChartRenderer::image(ChartKind::Country, *portfolio, workspace->selection(), Language::English, QSize(600, 400));
    const QImage ko = ChartRenderer::image(ChartKind::Country, *portfolio, workspace->selection(), Language::Korean, QSize(600, 400));
    BOOST_TEST((en.size() == QSize(600, 400)));
    BOOST_TEST((en != ko));
    installLanguage(Language::English);
    QCoreApplication::processEvents();
    BOOST_TEST(country->title() == QStringLiteral("Budget by partner country"));
}

BOOST_AUTO_TEST_CASE(the_main_window_shows_the_charts_beside_the_table)
{
    installLanguage(Language::Korean);
    QTemporaryDir dir;
    MainWindow window(openSeeded(dir));
    window.show();
    BOOST_REQUIRE(window.tabs()->count() == 2);
    BOOST_TEST(window.tabs()->tabText(1) == QStringLiteral("차트"));
    window.tabs()->setCurrentIndex(1); // the dashboard catches up with the selection when shown
    auto *actors = static_cast<GroupBarChart *>(window.dashboard()->chart(ChartKind::Actor));
    BOOST_REQUIRE(actors->bars().size() == 7);
    BOOST_TEST(actors->title() == QStringLiteral("지자체·기관별 예산"));
    // A long Korean name is cut on the axis and whole in the tooltip.
    int undp = -1;
    for (int i = 0; i < actors->bars().size(); ++i)
        if (actors->bars()[i].group.name.ko == QStringLiteral("UNDP 서울정책센터 · 국민권익위원회"))
            undp = i;
    BOOST_REQUIRE(undp >= 0);
    const QString label = categories(actors)[actors->bars().size() - 1 - undp];
    BOOST_TEST(label.contains(QStringLiteral("…")), label.toStdString());
    BOOST_TEST(actors->toolTip(undp).contains(QStringLiteral("UNDP 서울정책센터 · 국민권익위원회")));
    // Filtering in the window updates the charts.
    Filter f;
    f.countries = {QStringLiteral("MN")};
    window.workspace().setFilter(f);
    BOOST_TEST(actors->bars().size() == 3); // Gyeonggi-do, Incheon and a UNDP webinar with Mongolia among its countries
    // A click on a timeline row shows that project in the table.
    auto *timeline = static_cast<TimelineChart *>(window.dashboard()->chart(ChartKind::Timeline));
    const auto rows = c2c::timeline(window.portfolio(), window.workspace().selection(), TimelineChart::RowLimit);
    BOOST_REQUIRE(rows.ok());
    BOOST_REQUIRE(rows->rows.size() >= 2);
    timeline->chooseRow(int(rows->rows.size()) - 2); // the second row from the top
    BOOST_TEST(window.tabs()->currentIndex() == 0);
    const QModelIndex current = window.projectTable()->selectionModel()->selectedRows().value(0);
    BOOST_REQUIRE(current.isValid());
    BOOST_TEST(window.projectModel()->index(current.row(), ProjectTableModel::Key).data().toString() == rows->rows[1].key);
    window.close();
    installLanguage(Language::English);
}

BOOST_AUTO_TEST_CASE(the_chart_command_writes_png_and_svg_headless)
{
    QTemporaryDir home;
    auto run = [&](const QStringList &args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("HOME"), home.path());
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command must go offscreen on its own
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(C2C_APP_EXE), args);
        BOOST_REQUIRE(p.waitForFinished(120000));
        BOOST_TEST_MESSAGE(QString::fromUtf8(p.readAllStandardError()).toStdString());
        return p.exitCode();
    };
    const QString png = home.filePath(QStringLiteral("country.png"));
    BOOST_TEST(run({QStringLiteral("chart"), QStringLiteral("--kind"), QStringLiteral("country"), QStringLiteral("--out"), png,
                    QStringLiteral("--width"), QStringLiteral("640"), QStringLiteral("--height"), QStringLiteral("420"),
                    QStringLiteral("--lang"), QStringLiteral("ko")})
               == 0);
    BOOST_TEST((QImage(png).size() == QSize(640, 420)));
    const QString svg = home.filePath(QStringLiteral("timeline.svg"));
    BOOST_TEST(run({QStringLiteral("chart"), QStringLiteral("--kind"), QStringLiteral("timeline"), QStringLiteral("--out"), svg,
                    QStringLiteral("--actor"), QStringLiteral("경상북도")})
               == 0);
    QFile file(svg);
    BOOST_REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    BOOST_TEST(text.contains("viewBox=\"0 0 1200 800\""));
    BOOST_TEST(text.contains("Saemaul Undong for Laos"));
    BOOST_TEST(!text.contains("Firetrucks")); // Seoul's project is filtered out
    BOOST_TEST(run({QStringLiteral("chart"), QStringLiteral("--kind"), QStringLiteral("pie"), QStringLiteral("--out"), png}) == 2);
    BOOST_TEST(run({QStringLiteral("chart"), QStringLiteral("--kind"), QStringLiteral("sdg"), QStringLiteral("--out"),
                    home.filePath(QStringLiteral("x.bmp"))})
               == 2);
}
