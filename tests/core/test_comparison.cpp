// Cases side by side: Gyeongsangbuk-do and Seoul on the seed portfolio, with
// the indicators a researcher would compute by hand from the seed cases.
#include "CoreFixture.h"
#include "SeededPortfolio.h"

#include "io/SeedImport.h"
#include "portfolio/Comparison.h"
#include "portfolio/Portfolio.h"

#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>

using namespace c2c;

namespace {

struct Seeded : SeededPortfolio {
    double number(const Comparison &c, const char *code, int subject)
    {
        const ComparisonRow *row = c.row(QLatin1String(code));
        BOOST_REQUIRE(row);
        BOOST_REQUIRE(row->numbers[std::size_t(subject)].has_value());
        return *row->numbers[std::size_t(subject)];
    }
};

} // namespace

BOOST_FIXTURE_TEST_CASE(gyeongsangbuk_do_and_seoul_as_computed_by_hand, Seeded)
{
    const Snapshot &s = portfolio->snapshot();
    const std::int64_t gb = actorOf("KR-GB-LAO-SMU"), seoul = actorOf("KR-SEL-KHM-FIRE");
    const Comparison c = Compare::actors(s, select(s, Filter{}), {gb, seoul}, Language::English, QLocale::c());
    BOOST_TEST(c.subjects == QStringList({QStringLiteral("Gyeongsangbuk-do"), QStringLiteral("Seoul")}));
    // Projects: Laos, Vietnam, Sri Lanka, Indonesia / the firetrucks, the Phnom Penh plan, the Colombo study.
    BOOST_TEST(number(c, "projects", 0) == 4.0);
    BOOST_TEST(number(c, "projects", 1) == 3.0);
    // Budgets in cents: 3,500,000 + 7,460,000 + 1,390,000 + 3,010,000 / the firetrucks' 200,000 (two unknown).
    BOOST_TEST(number(c, "total", 0) == 1536000000.0);
    BOOST_TEST(number(c, "total", 1) == 20000000.0);
    BOOST_TEST(number(c, "not-counted", 0) == 0.0);
    BOOST_TEST(number(c, "not-counted", 1) == 2.0);
    // Durations 10 + 14 + 5 + 13 = 42 years over 4 projects / the firetrucks in 2025 only.
    BOOST_TEST(number(c, "duration", 0) == 10.5);
    BOOST_TEST(number(c, "duration", 1) == 1.0);
    BOOST_TEST(number(c, "per-year", 0) == 1536000000.0 / 42.0);
    BOOST_TEST(number(c, "per-year", 1) == 20000000.0);
    // Laos, Vietnam, Sri Lanka, Indonesia / Cambodia (twice) and Sri Lanka.
    BOOST_TEST(number(c, "countries", 0) == 4.0);
    BOOST_TEST(number(c, "countries", 1) == 2.0);
    // Quality notes on Laos and Sri Lanka (digit grouping) / on the Phnom Penh plan and the Colombo study.
    BOOST_TEST(number(c, "quality", 0) == 50.0);
    BOOST_TEST(number(c, "quality", 1) == 200.0 / 3.0);
    BOOST_TEST(c.row(QStringLiteral("years"))->values == QStringList({QStringLiteral("2014–2028"), QStringLiteral("2025")}));
    BOOST_TEST(c.row(QStringLiteral("total"))->values[0] == QStringLiteral("USD 15,360,000.00"));
    // Differences are marked: both run city-to-city partnerships only, but four against three.
    BOOST_TEST(c.row(QStringLiteral("projects"))->differs);
    BOOST_TEST(c.row(QStringLiteral("modalities"))->values[0] == QStringLiteral("City-to-city (decentralised) (4)"));
    BOOST_TEST(c.row(QStringLiteral("modalities"))->differs);
}

BOOST_FIXTURE_TEST_CASE(the_filter_bounds_the_comparison, Seeded)
{
    const Snapshot &s = portfolio->snapshot();
    Filter f;
    f.countries = {QStringLiteral("VN")};
    const std::int64_t gb = actorOf("KR-GB-LAO-SMU"), gg = actorOf("KR-GG-VNM-LIB");
    const Comparison c = Compare::actors(s, select(s, f), {gb, gg}, Language::Korean, QLocale(QLocale::Korean));
    BOOST_TEST(c.subjects == QStringList({QStringLiteral("경상북도"), QStringLiteral("경기도")}));
    BOOST_TEST(number(c, "projects", 0) == 1.0);
    BOOST_TEST(number(c, "total", 0) == 746000000.0);
    BOOST_TEST(number(c, "total", 1) == 20000000.0);
    BOOST_TEST(!c.row(QStringLiteral("countries"))->differs); // both: Vietnam (1)
}

BOOST_FIXTURE_TEST_CASE(projects_field_by_field, Seeded)
{
    const QList<std::int64_t> ids = {portfolio->projects().idForKey(QStringLiteral("KR-GB-LAO-SMU")),
                                     portfolio->projects().idForKey(QStringLiteral("KR-GB-VNM-SMU"))};
    const Comparison c = Compare::projects(*portfolio, ids, Language::English, QLocale::c());
    BOOST_TEST(c.subjects.size() == 2);
    BOOST_TEST(c.row(QStringLiteral("key"))->values == QStringList({QStringLiteral("KR-GB-LAO-SMU"), QStringLiteral("KR-GB-VNM-SMU")}));
    BOOST_TEST(!c.row(QStringLiteral("actor"))->differs);
    BOOST_TEST(c.row(QStringLiteral("countries"))->differs);
    BOOST_TEST(c.row(QStringLiteral("amount-as-printed"))->values[0] == QStringLiteral("35,00,000 USD"));
    BOOST_TEST(c.row(QStringLiteral("quality-notes"))->values[0].contains(QStringLiteral("irregular digit grouping")));
    BOOST_TEST(c.row(QStringLiteral("quality-notes"))->values[1].isEmpty());
}
