// The aggregations the charts draw: the largest groups plus "others", budgets
// by year stacked by actor or modality, the timeline's rows and the filter a
// click on a bar applies. Checked against core's own group-by and filter, on
// the seed cases and on a generated portfolio with many partner countries.
#include "CoreFixture.h"

#include "io/Generator.h"
#include "io/SeedImport.h"
#include "portfolio/DrillDown.h"
#include "portfolio/Portfolio.h"
#include "portfolio/Timeline.h"
#include "portfolio/TopGroups.h"
#include "portfolio/YearStacks.h"

#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>

using namespace c2c;

namespace {

struct Portfolios {
    QTemporaryDir dir;
    std::unique_ptr<Portfolio> seed;
    std::unique_ptr<Portfolio> generated;
    Portfolios()
    {
        auto s = Portfolio::open(dir.filePath(QStringLiteral("seed.c2c")));
        BOOST_REQUIRE_MESSAGE(s.ok(), s.error());
        seed = std::move(s).value();
        const Status st = SeedImport::run(*seed, SeedImport::embeddedPath());
        BOOST_REQUIRE_MESSAGE(st.ok(), st.error());
        auto g = Portfolio::open(dir.filePath(QStringLiteral("generated.c2c")));
        BOOST_REQUIRE_MESSAGE(g.ok(), g.error());
        generated = std::move(g).value();
        const Status gst = Generator::run(*generated, 3000, 7);
        BOOST_REQUIRE_MESSAGE(gst.ok(), gst.error());
    }
};

std::int64_t sumTotals(const TopGroups &t)
{
    std::int64_t sum = 0;
    for (const Group &g : t.top)
        sum += g.total;
    return sum + (t.others ? t.others->total : 0) + (t.notStated ? t.notStated->total : 0);
}

} // namespace

BOOST_FIXTURE_TEST_CASE(top_groups_keep_the_total_and_count_merged_projects_once, Portfolios)
{
    const Snapshot &s = generated->snapshot();
    const Selection all = select(s, Filter{});
    for (GroupBy by : {GroupBy::Country, GroupBy::Actor, GroupBy::SectorCategory, GroupBy::SdgGoal}) {
        const QList<Group> groups = groupBy(s, all, by);
        const TopGroups top = topGroups(s, all, by, groups, 5);
        BOOST_TEST_CONTEXT(groupByCode(by))
        {
            BOOST_REQUIRE(top.others.has_value());
            BOOST_TEST(top.top.size() == 5);
            BOOST_TEST(top.top.first().key == groups.first().key);
            BOOST_TEST(sumTotals(top) == totals(s, all).total);
            BOOST_TEST(top.others->name.en == QStringLiteral("Others"));
            BOOST_TEST(top.otherKeys.size() + top.top.size() + (top.notStated ? 1 : 0) == groups.size());
        }
    }
    // A project in two merged countries is one project of "others": what the filter on those countries selects.
    const TopGroups byCountry = topGroups(s, all, GroupBy::Country, 5);
    Filter merged;
    merged.countries = byCountry.otherKeys;
    const Selection inOthers = select(s, merged);
    BOOST_TEST(byCountry.others->projects == std::int64_t(inOthers.size()));
    const Totals t = totals(s, inOthers);
    BOOST_TEST(byCountry.others->notCounted == t.amountUnknown + t.notConverted);
    std::int64_t summed = 0;
    for (const Group &g : groupBy(s, all, GroupBy::Country))
        if (byCountry.otherKeys.contains(g.key))
            summed += g.projects;
    BOOST_TEST(summed > byCountry.others->projects); // multi-country projects would be counted twice by a plain sum
}

BOOST_FIXTURE_TEST_CASE(few_groups_need_no_others, Portfolios)
{
    const Snapshot &s = seed->snapshot();
    const Selection all = select(s, Filter{});
    const TopGroups byCountry = topGroups(s, all, GroupBy::Country, 15);
    BOOST_TEST(!byCountry.others.has_value());
    BOOST_REQUIRE(byCountry.notStated.has_value()); // the scholarship names no partner country
    BOOST_TEST(byCountry.notStated->projects == 1);
    BOOST_TEST(sumTotals(byCountry) == totals(s, all).total);
}

BOOST_FIXTURE_TEST_CASE(year_stacks_add_up_to_the_years_and_to_the_stacks, Portfolios)
{
    for (Portfolio *p : {seed.get(), generated.get()}) {
        const Snapshot &s = p->snapshot();
        Filter f;
        f.fromYear = 2015;
        for (const Selection &sel : {select(s, Filter{}), select(s, f)}) {
            for (GroupBy by : {GroupBy::Actor, GroupBy::Modality}) {
                const YearStacks ys = yearStacks(s, sel, by, 6);
                BOOST_REQUIRE(ys.total.size() == ys.stacks.size());
                BOOST_REQUIRE(!ys.years.isEmpty());
                // The years are core's years, summed from the stacks.
                const QList<Group> years = groupBy(s, sel, GroupBy::Year);
                BOOST_REQUIRE(ys.years.size() == years.size());
                for (int y = 0; y < years.size(); ++y) {
                    BOOST_TEST(ys.years[y].key == years[y].key);
                    BOOST_TEST(ys.years[y].name.en == years[y].name.en);
                    BOOST_TEST(ys.years[y].projects == years[y].projects);
                    BOOST_TEST(ys.years[y].total == years[y].total);
                    BOOST_TEST(ys.years[y].notCounted == years[y].notCounted);
                }
                for (int y = 0; y < ys.years.size(); ++y) {
                    std::int64_t sum = 0;
                    for (const auto &stack : ys.total)
                        sum += stack[y];
                    BOOST_TEST(sum == ys.years[y].total, "year " << ys.years[y].key.toStdString());
                }
                for (int k = 0; k < ys.stacks.size(); ++k) {
                    std::int64_t sum = 0;
                    for (auto v : ys.total[k])
                        sum += v;
                    BOOST_TEST(sum == ys.stacks[k].total, "stack " << ys.stacks[k].name.en.toStdString());
                }
            }
        }
    }
    // The seed's years: Gyeongsangbuk-do's Laos project (3.5M over 2016-2025) puts 350,000 in 2016.
    const Snapshot &s = seed->snapshot();
    const YearStacks ys = yearStacks(s, select(s, Filter{}), GroupBy::Actor, 6);
    int at2016 = -1;
    for (int y = 0; y < ys.years.size(); ++y)
        if (ys.years[y].key == QStringLiteral("2016"))
            at2016 = y;
    BOOST_REQUIRE(at2016 >= 0);
    BOOST_TEST(ys.stacks.first().name.en == QStringLiteral("Gyeongsangbuk-do"));
    // 2016: Laos 350,000 + Viet Nam 7.46M/14 + Indonesia 3.01M/13, in cents.
    BOOST_TEST(ys.total.first()[at2016] == 35000000 + 53285715 + 23153847);
}

BOOST_FIXTURE_TEST_CASE(a_click_narrows_the_filter_to_the_group, Portfolios)
{
    const Snapshot &s = seed->snapshot();
    const Selection all = select(s, Filter{});
    for (GroupBy by : {GroupBy::Actor, GroupBy::Country, GroupBy::Status, GroupBy::SdgGoal, GroupBy::SectorCategory}) {
        for (const Group &g : groupBy(s, all, by)) {
            const auto f = drillDown(Filter{}, by, {g.key});
            BOOST_TEST_CONTEXT(groupByCode(by) << " " << g.key.toStdString())
            {
                if (g.key.isEmpty()) {
                    BOOST_TEST(!f.has_value()); // "not stated" is no filter value
                    continue;
                }
                BOOST_REQUIRE(f.has_value());
                BOOST_TEST(std::int64_t(select(s, *f).size()) == g.projects);
            }
        }
    }
    Filter vnAndLa;
    vnAndLa.countries = {QStringLiteral("VN"), QStringLiteral("LA")};
    vnAndLa.fromYear = 2014;
    const auto vn = drillDown(vnAndLa, GroupBy::Country, {QStringLiteral("VN")});
    BOOST_REQUIRE(vn.has_value());
    BOOST_TEST(vn->countries == QStringList{QStringLiteral("VN")});
    BOOST_TEST(*vn->fromYear == 2014); // the other facets stay
    const auto year = drillDown(Filter{}, GroupBy::Year, {QStringLiteral("2025")});
    BOOST_REQUIRE(year.has_value());
    BOOST_TEST(*year->fromYear == 2025);
    BOOST_TEST(*year->toYear == 2025);
    BOOST_TEST(!drillDown(Filter{}, GroupBy::Status, {QStringLiteral("no-such-status")}).has_value());
}

BOOST_FIXTURE_TEST_CASE(the_timeline_shows_the_largest_dated_projects_by_start, Portfolios)
{
    const Snapshot &s = seed->snapshot();
    const Selection all = select(s, Filter{});
    auto t = timeline(*seed, all, 5);
    BOOST_REQUIRE_MESSAGE(t.ok(), t.error());
    BOOST_TEST(t->rows.size() == 5);
    BOOST_TEST(t->dated + t->undated == 13);
    BOOST_TEST(t->undated > 0); // the seed has cases whose years the source does not state
    QStringList keys;
    for (const TimelineRow &r : t->rows)
        keys << r.key;
    // The five largest budgets: Viet Nam 7.46M, Laos 3.5M, Indonesia 3.01M, Mongolia forest 2.45M, Sri Lanka 1.39M.
    for (const char *k : {"KR-GB-VNM-SMU", "KR-GB-LAO-SMU", "KR-GB-IDN-SMU", "KR-INC-MNG-FOREST", "KR-GB-LKA-SMU"})
        BOOST_TEST(keys.contains(QLatin1String(k)), k);
    for (int i = 1; i < t->rows.size(); ++i)
        BOOST_TEST(t->rows[i - 1].period.start->firstDay() <= t->rows[i].period.start->firstDay());
    BOOST_TEST(t->rows.first().key == QStringLiteral("KR-GB-VNM-SMU")); // starts 2014

    const Snapshot &g = generated->snapshot();
    auto big = timeline(*generated, select(g, Filter{}), 30);
    BOOST_REQUIRE(big.ok());
    BOOST_TEST(big->rows.size() == 30);
    std::int64_t smallestShown = std::numeric_limits<std::int64_t>::max();
    for (const TimelineRow &r : big->rows)
        smallestShown = std::min(smallestShown, r.reported);
    int larger = 0;
    for (Row r : select(g, Filter{}))
        if (g.startYear[r] != UnknownYear && g.endYear[r] != UnknownYear && g.reported[r] > smallestShown)
            ++larger;
    BOOST_TEST(larger < 30);
}
