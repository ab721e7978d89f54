// The researcher's cross-table: row and column totals are core's group totals,
// cells add up to them, and the measures are what a researcher computes by hand.
#include "CoreFixture.h"
#include "XlsxCells.h"

#include "io/CsvReader.h"
#include "io/ExportFormats.h"
#include "io/Generator.h"
#include "io/SeedImport.h"
#include "portfolio/DrillDown.h"
#include "portfolio/Pivot.h"
#include "portfolio/Portfolio.h"
#include "reference/Regions.h"

#include <QFile>
#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>

using namespace c2c;

namespace {

struct Opened {
    QTemporaryDir dir;
    std::unique_ptr<Portfolio> portfolio;
    Opened()
    {
        auto p = Portfolio::open(dir.filePath(QStringLiteral("p.c2c")));
        BOOST_REQUIRE_MESSAGE(p.ok(), p.error());
        portfolio = std::move(p).value();
    }
    const Snapshot &s() const { return portfolio->snapshot(); }
    Selection all() const { return select(s(), Filter{}); }
};

struct Seeded : Opened {
    Seeded() { BOOST_REQUIRE(SeedImport::run(*portfolio, SeedImport::embeddedPath()).ok()); }
};

struct Generated : Opened {
    Generated() { BOOST_REQUIRE(Generator::run(*portfolio, 3000, 7).ok()); }
};

int indexOf(const PivotAxis &axis, const QString &key)
{
    return int(axis.keys.indexOf(key));
}

// Row and column totals are the group totals of their dimension; each row's cells add up to its total.
void checkAgainstGroups(const Snapshot &s, const Selection &sel, GroupBy rows, GroupBy cols)
{
    const Pivot p = pivot(s, sel, rows, cols);
    const QList<Group> byRow = groupBy(s, sel, rows), byCol = groupBy(s, sel, cols);
    BOOST_REQUIRE(p.rows.keys.size() == byRow.size());
    BOOST_REQUIRE(p.cols.keys.size() == byCol.size());
    for (int i = 0; i < byRow.size(); ++i) {
        BOOST_TEST(p.rows.keys[i] == byRow[i].key); // same order as the group totals
        BOOST_TEST(p.rows.totals[std::size_t(i)].total == byRow[i].total);
        BOOST_TEST(p.rows.totals[std::size_t(i)].projects == byRow[i].projects);
        BOOST_TEST(p.rows.totals[std::size_t(i)].notCounted == byRow[i].notCounted);
        std::int64_t sum = 0;
        for (int c = 0; c < p.cols.keys.size(); ++c)
            sum += p.cell(i, c).total;
        BOOST_TEST(sum == byRow[i].total);
    }
    for (int i = 0; i < byCol.size(); ++i) {
        BOOST_TEST(p.cols.keys[i] == byCol[i].key);
        BOOST_TEST(p.cols.totals[std::size_t(i)].total == byCol[i].total);
        BOOST_TEST(p.cols.totals[std::size_t(i)].projects == byCol[i].projects);
    }
    const Totals t = totals(s, sel);
    BOOST_TEST(p.grand.total == t.total);
    BOOST_TEST(p.grand.projects == t.projects);
    BOOST_TEST(p.grand.notCounted == t.amountUnknown + t.notConverted);
}

} // namespace

BOOST_FIXTURE_TEST_CASE(actor_by_year_on_the_seed_portfolio, Seeded)
{
    checkAgainstGroups(s(), all(), GroupBy::Actor, GroupBy::Year);
    const Pivot p = pivot(s(), all(), GroupBy::Actor, GroupBy::Year);
    const QString gb = QString::number(s().actors[s().actor[s().findRow(portfolio->projects().idForKey(QStringLiteral("KR-GB-LAO-SMU")))]].id);
    const int row = indexOf(p.rows, gb);
    BOOST_REQUIRE(row >= 0);
    BOOST_TEST(p.rows.totals[std::size_t(row)].total == 1536000000); // 15,360,000.00 USD
    // 2020: Laos (2016-2025), Vietnam (2014-2027) and Indonesia (2015-2027) run that year, Sri Lanka (2024-2028) does not.
    const int y2020 = indexOf(p.cols, QStringLiteral("2020"));
    BOOST_REQUIRE(y2020 >= 0);
    const PivotCell &cell = p.cell(row, y2020);
    BOOST_TEST(cell.projects == 3);
    // Each budget spread evenly over its years: 3,500,000/10 + 7,460,000/14 + 3,010,000/13.
    BOOST_TEST(cell.total == 35000000 + 53285714 + 23153846);
}

BOOST_FIXTURE_TEST_CASE(measures_computed_by_hand, Seeded)
{
    const Pivot p = pivot(s(), all(), GroupBy::Actor, GroupBy::Status);
    const QString gb = QString::number(s().actors[s().actor[s().findRow(portfolio->projects().idForKey(QStringLiteral("KR-GB-LAO-SMU")))]].id);
    const PivotCell &t = p.rows.totals[std::size_t(indexOf(p.rows, gb))];
    // Laos 2016-2025 (10 years), Vietnam 2014-2027 (14), Sri Lanka 2024-2028 (5), Indonesia 2015-2027 (13).
    BOOST_TEST(*t.value(PivotMeasure::AverageDuration) == 42.0 / 4.0);
    BOOST_TEST(*t.value(PivotMeasure::AverageBudgetPerYear) == 1536000000.0 / 42.0);
    BOOST_TEST(*t.value(PivotMeasure::Countries) == 4.0);
    BOOST_TEST(*t.value(PivotMeasure::Projects) == 4.0);
    // The projects without a known period (two of Seoul's) have no average duration, not zero.
    const Pivot byYear = pivot(s(), all(), GroupBy::Actor, GroupBy::Year);
    const int unknownYear = indexOf(byYear.cols, QString());
    BOOST_REQUIRE(unknownYear >= 0);
    BOOST_TEST(byYear.cols.totals[std::size_t(unknownYear)].projects == 2);
    BOOST_TEST(!byYear.cols.totals[std::size_t(unknownYear)].value(PivotMeasure::AverageDuration).has_value());
    BOOST_TEST(!byYear.cols.totals[std::size_t(unknownYear)].value(PivotMeasure::AverageBudgetPerYear).has_value());
}

BOOST_FIXTURE_TEST_CASE(multi_country_shares_on_the_seed_portfolio, Seeded)
{
    checkAgainstGroups(s(), all(), GroupBy::Country, GroupBy::Actor);
    checkAgainstGroups(s(), all(), GroupBy::Year, GroupBy::Country);
    checkAgainstGroups(s(), all(), GroupBy::SdgGoal, GroupBy::Modality);
}

BOOST_FIXTURE_TEST_CASE(every_dimension_pair_on_a_generated_portfolio, Generated)
{
    Filter f;
    f.fromYear = 2012;
    const Selection sel = select(s(), f);
    const GroupBy dims[] = {GroupBy::Actor, GroupBy::ActorKind, GroupBy::Country,  GroupBy::Year,
                            GroupBy::Sector, GroupBy::SectorCategory, GroupBy::SdgGoal, GroupBy::Status,
                            GroupBy::Modality, GroupBy::Channel, GroupBy::Form, GroupBy::Dimension};
    for (GroupBy rows : dims)
        for (GroupBy cols : {GroupBy::Year, GroupBy::Country, GroupBy::Actor, GroupBy::Form})
            if (rows != cols)
                checkAgainstGroups(s(), sel, rows, cols);
}

BOOST_FIXTURE_TEST_CASE(drill_down_selects_the_cells_projects, Generated)
{
    const Selection sel = all();
    const Pivot p = pivot(s(), sel, GroupBy::Actor, GroupBy::Status);
    int checked = 0;
    for (int r = 0; r < p.rows.keys.size(); ++r)
        for (int c = 0; c < p.cols.keys.size(); ++c) {
            auto rowFilter = drillDown(Filter{}, GroupBy::Actor, QStringList{p.rows.keys[r]});
            if (!rowFilter)
                continue;
            auto cellFilter = drillDown(*rowFilter, GroupBy::Status, QStringList{p.cols.keys[c]});
            if (!cellFilter)
                continue;
            const Selection cell = select(s(), *cellFilter);
            BOOST_TEST(std::int64_t(cell.size()) == p.cell(r, c).projects);
            BOOST_TEST(totals(s(), cell).total == p.cell(r, c).total);
            ++checked;
        }
    BOOST_TEST(checked > 10);
    BOOST_TEST(!drillDown(Filter{}, GroupBy::Country, QStringList{QString()}).has_value()); // "not stated" has no filter
}

BOOST_FIXTURE_TEST_CASE(rows_sort_by_any_column, Seeded)
{
    Pivot p = pivot(s(), all(), GroupBy::Country, GroupBy::Actor);
    p.sortRows(-1, PivotMeasure::Projects, true);
    for (int r = 1; r < p.rows.keys.size(); ++r)
        BOOST_TEST(p.rows.totals[std::size_t(r - 1)].projects >= p.rows.totals[std::size_t(r)].projects);
    // Cells move with their rows.
    checkAgainstGroups(s(), all(), GroupBy::Country, GroupBy::Actor);
    for (int r = 0; r < p.rows.keys.size(); ++r) {
        std::int64_t sum = 0;
        for (int c = 0; c < p.cols.keys.size(); ++c)
            sum += p.cell(r, c).total;
        BOOST_TEST(sum == p.rows.totals[std::size_t(r)].total);
    }
    BOOST_TEST((pivotMeasureFromCode(QStringLiteral("per-year")) == PivotMeasure::AverageBudgetPerYear));
    BOOST_TEST(!pivotMeasureFromCode(QStringLiteral("median")).has_value());
}

BOOST_FIXTURE_TEST_CASE(pivot_exports_to_csv_and_xlsx, Seeded)
{
    const Pivot p = pivot(s(), all(), GroupBy::Actor, GroupBy::Year);
    const QString csvPath = dir.filePath(QStringLiteral("pivot.csv"));
    BOOST_REQUIRE(Export::pivotCsv(p, PivotMeasure::Total, Language::English, csvPath).ok());
    QFile f(csvPath);
    BOOST_REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    BOOST_TEST(bytes.startsWith("\xEF\xBB\xBF"));
    CsvReader reader(QString::fromUtf8(bytes.mid(3)));
    QList<QStringList> rows;
    QStringList fields;
    while (reader.next(fields))
        rows.append(fields);
    BOOST_REQUIRE(rows.size() == p.rows.keys.size() + 2); // header, rows, total
    BOOST_TEST(rows.last().last() == QStringLiteral("18540000.00"));
    BOOST_TEST(rows[1][0] == QStringLiteral("Gyeongsangbuk-do"));
    BOOST_TEST(rows[1].last() == QStringLiteral("15360000.00"));

    const QString xlsxPath = dir.filePath(QStringLiteral("pivot.xlsx"));
    BOOST_REQUIRE(Export::pivotXlsx(p, PivotMeasure::Total, Language::Korean, QStringLiteral("전체 사업"), xlsxPath).ok());
    const xlsx::Sheet sheet = xlsx::sheet(xlsxPath, 1);
    BOOST_TEST(sheet.value(QStringLiteral("A2")) == QStringLiteral("전체 사업"));
    BOOST_TEST(sheet.value(QStringLiteral("A5")) == QStringLiteral("경상북도"));
    // The total column (after the year columns) holds the row totals as numbers.
    const QChar last(char16_t(u'A' + p.cols.keys.size() + 1));
    BOOST_TEST(sheet.value(QStringLiteral("%1%2").arg(last).arg(5)).toDouble() == 15360000.0);
    BOOST_TEST(sheet.value(QStringLiteral("%1%2").arg(last).arg(5 + p.rows.keys.size())).toDouble() == 18540000.0);
}

BOOST_AUTO_TEST_CASE(countries_fall_into_their_un_regions)
{
    const auto vn = reference::regionOfCountry(QStringLiteral("VN"));
    BOOST_REQUIRE(vn.has_value());
    BOOST_TEST(vn->code == QStringLiteral("035"));
    BOOST_TEST(vn->name.ko == QStringLiteral("동남아시아"));
    BOOST_TEST(reference::regionOfCountry(QStringLiteral("MN"))->code == QStringLiteral("030")); // Eastern Asia
    BOOST_TEST(reference::regionOfCountry(QStringLiteral("LK"))->code == QStringLiteral("034")); // Southern Asia
    BOOST_TEST(reference::regionOfCountry(QStringLiteral("XK")).has_value());                   // Kosovo, as IATI codes it
    BOOST_TEST(!reference::regionOfCountry(QStringLiteral("ZZ")).has_value());
    const QStringList southEast = reference::countriesInRegion(QStringLiteral("035"));
    BOOST_TEST(southEast.contains(QStringLiteral("LA")));
    BOOST_TEST(!southEast.contains(QStringLiteral("MN")));
}

BOOST_FIXTURE_TEST_CASE(partner_regions_in_the_pivot, Seeded)
{
    checkAgainstGroups(s(), all(), GroupBy::Region, GroupBy::Actor);
    checkAgainstGroups(s(), all(), GroupBy::Year, GroupBy::Region);
    const QList<Group> byRegion = groupBy(s(), all(), GroupBy::Region);
    const QList<Group> byCountry = groupBy(s(), all(), GroupBy::Country);
    // South-eastern Asia: Vietnam, Laos, Indonesia and Cambodia (all single-country budgets in the seed).
    std::int64_t expected = 0;
    for (const Group &g : byCountry)
        if (QStringList{QStringLiteral("VN"), QStringLiteral("LA"), QStringLiteral("ID"), QStringLiteral("KH")}.contains(g.key))
            expected += g.total;
    const auto southEast = std::find_if(byRegion.begin(), byRegion.end(), [](const Group &g) { return g.key == QStringLiteral("035"); });
    BOOST_REQUIRE(southEast != byRegion.end());
    BOOST_TEST(southEast->total == expected);
    BOOST_TEST(southEast->name.en == QStringLiteral("Southeast Asia"));
    // A click on the region filters to its countries.
    const auto f = drillDown(Filter{}, GroupBy::Region, QStringList{QStringLiteral("035")});
    BOOST_REQUIRE(f.has_value());
    BOOST_TEST(f->countries.contains(QStringLiteral("VN")));
    BOOST_TEST(std::int64_t(select(s(), *f).size()) == southEast->projects);
}
