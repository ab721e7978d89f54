// Figures an officer can sign: sums never wrap, unknown is never zero, each
// currency keeps its own minor units, the display unit reads naturally, and
// wrong input is named as it was typed.
#include "CoreFixture.h"
#include "EmptyPortfolio.h"
#include "XlsxCells.h"

#include "domain/DisplayUnit.h"
#include "domain/Validation.h"
#include "io/ExportFormats.h"
#include "io/MoneyText.h"
#include "portfolio/FilterJson.h"
#include "portfolio/Pivot.h"
#include "report/Figures.h"
#include "report/PortfolioSummary.h"
#include "report/SummaryJson.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <boost/test/unit_test.hpp>

using namespace c2c;

namespace {

constexpr std::int64_t Largest18Digits = 999999999999999999;

Project krwProject(std::int64_t id, std::int64_t amount, const QString &country)
{
    Project p;
    p.id = id;
    p.key = QStringLiteral("K%1").arg(id);
    p.title.en = QStringLiteral("Project %1").arg(id);
    p.countries.append({country, {}, std::nullopt});
    p.period.start = PartialDate::ofYear(2020);
    p.period.end = PartialDate::ofYear(2020);
    BudgetLine line;
    line.period = p.period;
    line.amount = Money(amount, QStringLiteral("KRW"));
    p.budget.append(line);
    return p;
}

// Ten projects of 999,999,999,999,999,999 KRW, reported in KRW.
Snapshot tenLargestBudgets()
{
    Snapshot s;
    s.reportingCurrency = QStringLiteral("KRW");
    for (int i = 1; i <= 10; ++i)
        s.append(krwProject(i, Largest18Digits, i <= 5 ? QStringLiteral("LA") : QStringLiteral("VN")));
    return s;
}

Selection everything(const Snapshot &s)
{
    return select(s, Filter{});
}

} // namespace

BOOST_AUTO_TEST_CASE(sums_of_the_largest_budgets_do_not_wrap)
{
    const Snapshot s = tenLargestBudgets();
    const Selection all = everything(s);
    const Totals t = totals(s, all);
    BOOST_TEST(t.counted() == 10);
    BOOST_TEST(minorToDecimalString(t.total, t.currency) == QStringLiteral("9999999999999999990"));
    BOOST_TEST(t.total > 0);
    Int128 byCountry = 0;
    for (const Group &g : groupBy(s, all, GroupBy::Country)) {
        BOOST_TEST(g.total > 0);
        byCountry += g.total;
    }
    BOOST_TEST(byCountry == t.total);
    const Pivot p = pivot(s, all, GroupBy::Country, GroupBy::Year);
    BOOST_TEST(p.grand.money(PivotMeasure::Total).value() == t.total);
    const QJsonObject json = summaryJson(s, all);
    BOOST_TEST(json.value(QStringLiteral("total_exact")).toString() == QStringLiteral("9999999999999999990"));
    BOOST_TEST(json.value(QStringLiteral("total")).toDouble() > 9.9e18);
    BOOST_TEST(Figures::totalText(t, DisplayUnit::One, QLocale(QLocale::English)) == QStringLiteral("KRW 9,999,999,999,999,999,990"));
}

BOOST_AUTO_TEST_CASE(budget_lines_adding_up_beyond_an_amount_are_refused_by_name)
{
    Project p = krwProject(1, Largest18Digits, QStringLiteral("LA"));
    for (int i = 0; i < 9; ++i)
        p.budget.append(p.budget.first());
    const auto issues = Validation::validate(p);
    BOOST_REQUIRE(issues.size() == 1);
    BOOST_TEST(issues.first().field == QStringLiteral("budget"));
    BOOST_TEST(issues.first().message.contains(QStringLiteral("9,999,999,999,999,999,990")));
    p.budget.resize(9); // 8,999,999,999,999,999,991: still an amount
    BOOST_TEST(Validation::validate(p).isEmpty());
}

BOOST_AUTO_TEST_CASE(a_group_with_nothing_counted_is_unknown_not_zero)
{
    Snapshot s;
    s.reportingCurrency = QStringLiteral("USD");
    Project known = krwProject(1, 1000, QStringLiteral("LA"));
    known.budget.first().amount = Money(1000, QStringLiteral("USD"));
    Project unknown = krwProject(2, 0, QStringLiteral("BD"));
    unknown.budget.clear();
    s.append(known);
    s.append(unknown);
    const Selection all = everything(s);
    const Totals t = totals(s, all);
    const QLocale en(QLocale::English);
    for (const Group &g : groupBy(s, all, GroupBy::Country)) {
        if (g.key == QLatin1String("BD")) {
            BOOST_TEST(!g.hasTotal());
            BOOST_TEST(!Figures::total(g).has_value());
            BOOST_TEST(Figures::totalText(g, t.currency, DisplayUnit::One, en) == QStringLiteral("–"));
            BOOST_TEST(Figures::shareText(g, t, en) == QStringLiteral("–"));
        } else {
            BOOST_TEST(Figures::totalText(g, t.currency, DisplayUnit::One, en) == QStringLiteral("USD 10.00"));
            BOOST_TEST(Figures::shareText(g, t, en) == QStringLiteral("100.0%"));
        }
    }
    const Pivot p = pivot(s, all, GroupBy::Country, GroupBy::Year);
    for (int r = 0; r < p.rows.keys.size(); ++r)
        BOOST_TEST(p.rows.totals[std::size_t(r)].money(PivotMeasure::Total).has_value() == (p.rows.keys[r] != QLatin1String("BD")));
    // Nothing known at all: the overall total is unknown too, and says why.
    Snapshot none;
    none.append(unknown);
    const Totals nt = totals(none, everything(none));
    BOOST_TEST(!nt.hasTotal());
    BOOST_TEST(Figures::totalText(nt, DisplayUnit::Million, en) == QStringLiteral("–"));
    BOOST_TEST(Figures::countedSentence(nt, en) == QStringLiteral("0 of 1 projects counted; not counted: 1 budget unknown"));
    BOOST_TEST(summaryJson(none, everything(none)).value(QStringLiteral("total")).isNull());
}

BOOST_AUTO_TEST_CASE(display_units_read_naturally_in_both_languages)
{
    const QLocale ko(QLocale::Korean), en(QLocale::English);
    const QString krw = QStringLiteral("KRW");
    BOOST_TEST(formatInUnit(1810000000, krw, DisplayUnit::HundredMillion, ko) == QStringLiteral("18.1억원"));
    BOOST_TEST(formatInUnit(1810000000, krw, DisplayUnit::HundredMillion, en) == QStringLiteral("KRW 1.81 billion"));
    BOOST_TEST(displayUnitName(DisplayUnit::HundredMillion, krw, en) == QStringLiteral("KRW billion"));
    BOOST_TEST(formatInUnit(350000000, QStringLiteral("USD"), DisplayUnit::Million, en) == QStringLiteral("USD 3.5 million"));
    BOOST_TEST(formatInUnit(350000000, QStringLiteral("USD"), DisplayUnit::Million, ko) == QStringLiteral("3.5백만 USD"));
    // A small amount never reads as zero: more decimals instead of "KRW 0.0 100 million".
    BOOST_TEST(formatInUnit(3000000, krw, DisplayUnit::HundredMillion, ko) == QStringLiteral("0.03억원"));
    BOOST_TEST(formatInUnit(3000000, krw, DisplayUnit::HundredMillion, en) == QStringLiteral("KRW 0.003 billion"));
    BOOST_TEST(formatInUnit(0, krw, DisplayUnit::HundredMillion, ko) == QStringLiteral("0.0억원"));
    // Each currency with its own minor units.
    BOOST_TEST(formatInUnit(1234567, krw, DisplayUnit::One, en) == QStringLiteral("KRW 1,234,567"));
    BOOST_TEST(formatInUnit(1234567, QStringLiteral("KWD"), DisplayUnit::One, en) == QStringLiteral("KWD 1,234.567"));
}

BOOST_AUTO_TEST_CASE(amounts_are_named_as_typed)
{
    const auto abc = MoneyText::parse(QStringLiteral("abc"), QStringLiteral("KRW"));
    BOOST_REQUIRE(!abc.ok());
    BOOST_TEST(abc.error().contains(QStringLiteral("\"abc\"")));
    const auto usd = MoneyText::parse(QStringLiteral("USD 12x"), QStringLiteral("USD"));
    BOOST_REQUIRE(!usd.ok());
    BOOST_TEST(usd.error().contains(QStringLiteral("\"USD 12x\"")));
    BOOST_TEST(MoneyText::parse(QStringLiteral("3.5억원"), QStringLiteral("KRW")).value() == Money(350000000, QStringLiteral("KRW")));
    BOOST_TEST(MoneyText::parse(QStringLiteral("3.5억원"), QString()).value() == Money(350000000, QStringLiteral("KRW")));
}

BOOST_AUTO_TEST_CASE(a_reversed_saved_year_range_means_the_same_years)
{
    Filter f;
    f.fromYear = 2022;
    f.toYear = 2019;
    const Filter read = filterFromJson(filterToJson(f));
    BOOST_TEST(read.fromYear.value() == 2019);
    BOOST_TEST(read.toYear.value() == 2022);
}

BOOST_FIXTURE_TEST_CASE(xlsx_cells_over_the_limit_are_cut_visibly_and_reported, EmptyPortfolio)
{
    Project p = krwProject(0, 1000, QStringLiteral("LA"));
    p.title.en = QString(40000, QLatin1Char('x'));
    BOOST_REQUIRE(portfolio->addProject(p).ok());
    const Selection all = select(portfolio->snapshot(), Filter{});
    const PortfolioSummary summary = PortfolioSummary::build(*portfolio, Filter{}, all, Language::English);
    const QString path = dir.filePath(QStringLiteral("long.xlsx"));
    QStringList warnings;
    const Status st = Export::xlsx(*portfolio, summary, path, {}, &warnings);
    BOOST_REQUIRE_MESSAGE(st.ok(), st.error());
    BOOST_REQUIRE(warnings.size() == 1);
    BOOST_TEST(warnings.first().contains(QStringLiteral("40,000")));
    const xlsx::Sheet projects = xlsx::sheet(path, QStringLiteral("Projects"));
    QString cut;
    for (const QString &v : projects)
        if (v.startsWith(QStringLiteral("xxxx")))
            cut = v;
    BOOST_TEST(cut.size() == 32767);
    BOOST_TEST(cut.endsWith(QStringLiteral("…(truncated)")));
    // The projects' own currency decides the decimals of their amounts: KRW has none.
    const QByteArray styles = xlsx::part(path, QStringLiteral("xl/styles.xml"));
    BOOST_TEST(styles.contains("#,##0\""));
}

BOOST_FIXTURE_TEST_CASE(a_money_column_holding_text_is_named_not_read_as_zero, EmptyPortfolio)
{
    for (std::int64_t i = 1; i <= 2; ++i) {
        Project p = krwProject(0, 5000, QStringLiteral("LA"));
        p.key = QStringLiteral("K%1").arg(i);
        BOOST_REQUIRE(portfolio->addProject(p).ok());
    }
    const QString path = QString(portfolio->path());
    portfolio.reset();
    {
        // Another program changes the file behind the application's back.
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(path);
        BOOST_REQUIRE(db.open());
        QSqlQuery q(db);
        BOOST_REQUIRE(q.exec(QStringLiteral("UPDATE budget_line SET amount_minor = 'abc' WHERE project_id ="
                                            " (SELECT id FROM project WHERE key = 'K2')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    auto reopened = Portfolio::open(path);
    BOOST_REQUIRE_MESSAGE(reopened.ok(), reopened.error());
    const Snapshot &s = reopened.value()->snapshot();
    const Totals t = totals(s, select(s, Filter{}));
    BOOST_TEST(t.amountKnown == 1);
    BOOST_TEST(t.amountUnknown == 1); // not a zero budget
    BOOST_REQUIRE(s.damage.size() == 1);
    BOOST_TEST(s.damage.first().contains(QStringLiteral("K2")));
    BOOST_TEST(s.damage.first().contains(QStringLiteral("abc")));
    // Opening the project for editing is refused by name, so a save cannot turn it into 0.
    const auto read = reopened.value()->projects().read(reopened.value()->projects().idForKey(QStringLiteral("K2")));
    BOOST_REQUIRE(!read.ok());
    BOOST_TEST(read.error().contains(QStringLiteral("abc")));
}

BOOST_AUTO_TEST_CASE(a_project_without_a_rate_names_the_currency_and_year_it_lacks)
{
    Snapshot s;
    s.append(krwProject(1, 1000000, QStringLiteral("LA")));      // KRW 2020
    Project noYear = krwProject(2, 500, QStringLiteral("VN"));
    noYear.period = {};
    noYear.budget.first().period = {};
    s.append(noYear);                                             // KRW, no year
    s.append(krwProject(3, 2000, QStringLiteral("VN")));         // KRW 2020 again
    s.setRates({{QStringLiteral("KRW"), 2021, 1300 * ExchangeRate::Scale, {}}});
    s.setReportingCurrency(QStringLiteral("USD"));
    BOOST_TEST(s.reported[0] == NoRate);
    BOOST_TEST(Figures::missingRatesText(s.missingRates(0)) == QStringLiteral("KRW 2020"));
    BOOST_TEST(Figures::missingRatesText(s.missingRates(1)) == QStringLiteral("KRW (year not known)"));
    // Without a translation loaded, plurals read "project(s)".
    BOOST_TEST(Figures::missingRatesSummary(s, everything(s), 5)
               == QStringLiteral("KRW 2020 (2 project(s)), KRW (year not known) (1 project(s))"));
    BOOST_TEST(Figures::missingRatesSummary(s, everything(s), 1) == QStringLiteral("KRW 2020 (2 project(s)), and 1 more"));
    // With the rate of 2020 the projects of 2020 are reported and lack nothing.
    s.setRates({{QStringLiteral("KRW"), 2020, 1200 * ExchangeRate::Scale, {}}});
    BOOST_TEST(s.reported[0] != NoRate);
    BOOST_TEST(s.missingRates(0).isEmpty());
    BOOST_TEST(Figures::missingRatesSummary(s, everything(s), 5) == QStringLiteral("KRW (year not known) (1 project(s))"));
}
