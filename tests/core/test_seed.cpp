#include "CoreFixture.h"

#include "io/Generator.h"
#include "io/SeedImport.h"
#include "portfolio/Aggregation.h"
#include "portfolio/Portfolio.h"
#include "report/SummaryJson.h"

#include <QHash>
#include <QJsonArray>
#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>

using namespace c2c;

namespace {

struct SeededPortfolio {
    QTemporaryDir dir;
    std::unique_ptr<Portfolio> portfolio;
    SeededPortfolio()
    {
        auto p = Portfolio::open(dir.filePath(QStringLiteral("seed.c2c")));
        BOOST_REQUIRE_MESSAGE(p.ok(), p.error());
        portfolio = std::move(p).value();
        const Status st = SeedImport::run(*portfolio, SeedImport::embeddedPath());
        BOOST_REQUIRE_MESSAGE(st.ok(), st.error());
    }
};

} // namespace

BOOST_FIXTURE_TEST_CASE(the_seed_cases_keep_unknowns_unknown, SeededPortfolio)
{
    const Snapshot &s = portfolio->snapshot();
    const Selection all = select(s, Filter{});
    const Totals t = totals(s, all);
    BOOST_TEST(t.projects == 13);
    BOOST_TEST(t.amountKnown == 9);
    BOOST_TEST(t.amountUnknown == 4);
    BOOST_TEST(t.total == 1854000000); // 18,540,000.00 USD
    BOOST_TEST(t.currency == QStringLiteral("USD"));

    const auto byActor = groupBy(s, all, GroupBy::Actor);
    BOOST_REQUIRE(!byActor.isEmpty());
    BOOST_TEST(byActor.first().name.en == QStringLiteral("Gyeongsangbuk-do"));
    BOOST_TEST(byActor.first().total == 1536000000);
    BOOST_TEST(byActor.first().projects == 4);
}

BOOST_FIXTURE_TEST_CASE(the_seed_cases_keep_figures_as_printed_notes_and_sources, SeededPortfolio)
{
    auto laos = portfolio->projects().readByKey(QStringLiteral("KR-GB-LAO-SMU"));
    BOOST_REQUIRE(laos.ok());
    BOOST_TEST(laos->amountAsPrinted == QStringLiteral("35,00,000 USD"));
    BOOST_REQUIRE(laos->qualityNotes.size() == 1);
    BOOST_TEST(laos->qualityNotes.first().field == QStringLiteral("amount"));
    BOOST_TEST(laos->qualityNotes.first().note.en.contains(QStringLiteral("must be verified")));
    BOOST_TEST(laos->qualityNotes.first().note.ko.contains(QStringLiteral("확인")));
    BOOST_REQUIRE(laos->sources.size() == 1);
    BOOST_TEST(laos->sources.first().citation.contains(QStringLiteral("Korea Institute of Public Administration")));
    BOOST_TEST(laos->title.ko == QStringLiteral("라오스 새마을운동 사업"));
    BOOST_TEST(laos->period.start->year == 2016);
    BOOST_TEST(laos->budget.first().amount == Money(350000000, QStringLiteral("USD")));

    auto plan = portfolio->projects().readByKey(QStringLiteral("KR-SEL-KHM-PNH-PLAN"));
    BOOST_REQUIRE(plan.ok());
    BOOST_TEST(plan->period.isUnknown());
    BOOST_TEST(plan->budget.isEmpty());
    BOOST_TEST(plan->countries.first().locality.en == QStringLiteral("Phnom Penh"));
    BOOST_TEST(plan->countries.first().locality.ko == QStringLiteral("프놈펜"));

    auto webinar = portfolio->projects().readByKey(QStringLiteral("USPC-CLEAN-PORTAL-TOT"));
    BOOST_REQUIRE(webinar.ok());
    BOOST_TEST(webinar->countries.size() == 3);
    BOOST_TEST(webinar->countries.at(1).code == QStringLiteral("XK"));
    BOOST_TEST(webinar->modality == Modality::Triangular);

    // Seoul's projects belong to the Seoul local government, matched by its Korean name.
    const auto seoul = portfolio->actors().findByName(QStringLiteral("서울특별시"));
    BOOST_TEST(portfolio->projects().readByKey(QStringLiteral("KR-SEL-KHM-FIRE"))->leadActorId == seoul);
    BOOST_TEST(portfolio->actors().read(seoul)->moisCode == QStringLiteral("11"));
}

BOOST_FIXTURE_TEST_CASE(the_summary_json_has_the_documented_keys, SeededPortfolio)
{
    const Snapshot &s = portfolio->snapshot();
    const QJsonObject o = summaryJson(s, select(s, Filter{}));
    BOOST_TEST(o.value(QStringLiteral("projects")).toInt() == 13);
    BOOST_TEST(o.value(QStringLiteral("amount_known")).toInt() == 9);
    BOOST_TEST(o.value(QStringLiteral("amount_unknown")).toInt() == 4);
    BOOST_TEST(o.value(QStringLiteral("total")).toDouble() == 18540000.0);
    BOOST_TEST(o.value(QStringLiteral("currency")).toString() == QStringLiteral("USD"));
    for (const char *key : {"by_actor", "by_country", "by_year", "by_sector", "by_sdg_goal", "by_status"}) {
        const QJsonArray groups = o.value(QLatin1String(key)).toArray();
        BOOST_TEST_INFO(key);
        BOOST_TEST(!groups.isEmpty());
        double sum = 0;
        for (const auto &g : groups) {
            BOOST_TEST(g.toObject().contains(QStringLiteral("name_ko")));
            sum += g.toObject().value(QStringLiteral("total")).toDouble();
        }
        BOOST_TEST(sum == 18540000.0);
    }
    const QJsonObject vn = [&] {
        for (const auto &g : o.value(QStringLiteral("by_country")).toArray())
            if (g.toObject().value(QStringLiteral("key")).toString() == QStringLiteral("VN"))
                return g.toObject();
        return QJsonObject();
    }();
    BOOST_TEST(vn.value(QStringLiteral("total")).toDouble() == 7660000.0);
    BOOST_TEST(vn.value(QStringLiteral("projects")).toInt() == 2);
    BOOST_TEST(vn.value(QStringLiteral("name_ko")).toString() == QStringLiteral("베트남"));
}

BOOST_FIXTURE_TEST_CASE(edits_reach_the_snapshot_only_when_saved, SeededPortfolio)
{
    auto laos = portfolio->projects().readByKey(QStringLiteral("KR-GB-LAO-SMU")).value();
    Project stale = laos;
    laos.budget.first().amount = Money(300000000, QStringLiteral("USD"));
    BOOST_REQUIRE(portfolio->saveProject(laos).ok());
    BOOST_TEST(totals(portfolio->snapshot(), select(portfolio->snapshot(), Filter{})).total == 1804000000);
    stale.budget.first().amount = Money(1, QStringLiteral("USD"));
    BOOST_TEST(!portfolio->saveProject(stale).ok());
    BOOST_TEST(totals(portfolio->snapshot(), select(portfolio->snapshot(), Filter{})).total == 1804000000);
    BOOST_REQUIRE(portfolio->deleteProject(laos.id, laos.version).ok());
    BOOST_TEST(portfolio->snapshot().rowCount() == 12u);
    // The snapshot equals a fresh load of the file.
    BOOST_REQUIRE(portfolio->reload().ok());
    BOOST_TEST(totals(portfolio->snapshot(), select(portfolio->snapshot(), Filter{})).total == 1804000000 - 300000000);
}

// A generated portfolio, for demonstrations and benchmarks, never puts a city in another
// country: Ulaanbaatar is in Mongolia, Jakarta in Indonesia.
BOOST_AUTO_TEST_CASE(generated_localities_are_in_their_country)
{
    QTemporaryDir dir;
    auto portfolio = Portfolio::open(dir.filePath(QStringLiteral("generated.c2c")));
    BOOST_REQUIRE_MESSAGE(portfolio.ok(), portfolio.error());
    BOOST_REQUIRE(Generator::run(*portfolio.value(), 3000, 7).ok());
    const QHash<QString, QString> countryOf{
        {QStringLiteral("Hanoi"), QStringLiteral("VN")},       {QStringLiteral("Da Nang"), QStringLiteral("VN")},
        {QStringLiteral("Quang Nam"), QStringLiteral("VN")},   {QStringLiteral("Phnom Penh"), QStringLiteral("KH")},
        {QStringLiteral("Siem Reap"), QStringLiteral("KH")},   {QStringLiteral("Vientiane"), QStringLiteral("LA")},
        {QStringLiteral("Luang Prabang"), QStringLiteral("LA")}, {QStringLiteral("Ulaanbaatar"), QStringLiteral("MN")},
        {QStringLiteral("Manila"), QStringLiteral("PH")},      {QStringLiteral("Cebu"), QStringLiteral("PH")},
        {QStringLiteral("Jakarta"), QStringLiteral("ID")},     {QStringLiteral("Yogyakarta"), QStringLiteral("ID")},
        {QStringLiteral("Yangon"), QStringLiteral("MM")},      {QStringLiteral("Colombo"), QStringLiteral("LK")},
        {QStringLiteral("Tashkent"), QStringLiteral("UZ")},    {QStringLiteral("Dhaka"), QStringLiteral("BD")},
        {QStringLiteral("Kathmandu"), QStringLiteral("NP")},   {QStringLiteral("Addis Ababa"), QStringLiteral("ET")},
        {QStringLiteral("Kigali"), QStringLiteral("RW")},      {QStringLiteral("Dar es Salaam"), QStringLiteral("TZ")}};
    int withLocality = 0;
    for (const Project &p : portfolio.value()->projects().readAll().value())
        for (const PartnerCountry &c : p.countries) {
            if (c.locality.en.isEmpty())
                continue;
            ++withLocality;
            BOOST_TEST(countryOf.value(c.locality.en) == c.code, p.key.toStdString() << ": " << c.locality.en.toStdString()
                                                                              << " in " << c.code.toStdString());
        }
    BOOST_TEST(withLocality > 100);
}
