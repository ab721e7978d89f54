// "Classify…": the sector and SDG goal suggested from a title, in Korean or in
// English, for every seed case, and nothing where no word names a field.
#include "CoreFixture.h"
#include "SeededPortfolio.h"

#include "portfolio/Classification.h"
#include "portfolio/Portfolio.h"
#include "reference/Reference.h"

#include <boost/test/unit_test.hpp>

using namespace c2c;

namespace {

Project titled(const QString &ko, const QString &en)
{
    Project p;
    p.title = {ko, en, {}};
    return p;
}

} // namespace

BOOST_FIXTURE_TEST_CASE(every_seed_case_gets_the_sector_and_goal_its_title_names, SeededPortfolio)
{
    const std::map<QString, std::pair<QString, int>> expected{
        {QStringLiteral("KR-GB-LAO-SMU"), {QStringLiteral("43040"), 1}},
        {QStringLiteral("KR-GB-VNM-SMU"), {QStringLiteral("43040"), 1}},
        {QStringLiteral("KR-GB-LKA-SMU"), {QStringLiteral("43040"), 1}},
        {QStringLiteral("KR-GB-IDN-SMU"), {QStringLiteral("43040"), 1}},
        {QStringLiteral("KR-SEL-KHM-FIRE"), {QStringLiteral("43060"), 11}},
        {QStringLiteral("KR-GG-MNG-DESERT"), {QStringLiteral("31220"), 15}},
        {QStringLiteral("KR-INC-MNG-FOREST"), {QStringLiteral("31220"), 15}},
        {QStringLiteral("KR-GG-VNM-LIB"), {QStringLiteral("11120"), 4}},
        {QStringLiteral("KR-GW-SCHOLAR"), {QStringLiteral("11420"), 4}},
        {QStringLiteral("KR-SEL-KHM-PNH-PLAN"), {QStringLiteral("43030"), 11}},
        {QStringLiteral("KR-SEL-LKA-CMB-WTE"), {QStringLiteral("14050"), 11}},
        {QStringLiteral("USPC-CLEAN-PORTAL-TOT"), {QStringLiteral("15113"), 16}},
        {QStringLiteral("USPC-DEVCOOP-2021"), {QStringLiteral("43010"), 17}},
    };
    for (const auto &[key, want] : expected) {
        const Project p = portfolio->projects().readByKey(key).value();
        const auto s = suggestClassification(p);
        BOOST_TEST_CONTEXT(key.toStdString())
        {
            BOOST_REQUIRE(s.has_value());
            BOOST_TEST(s->sectorCode == want.first);
            BOOST_TEST(s->sdgGoal == want.second);
            BOOST_TEST(reference::sector(s->sectorCode) != nullptr);
            BOOST_TEST((p.title.ko.contains(s->matched) || p.title.en.contains(s->matched)));
        }
    }
}

BOOST_AUTO_TEST_CASE(english_titles_and_descriptions_are_read_too)
{
    const auto s = suggestClassification(titled({}, QStringLiteral("Fire Trucks for Phnom Penh")));
    BOOST_REQUIRE(s.has_value());
    BOOST_TEST(s->sectorCode == QStringLiteral("43060"));
    BOOST_TEST(s->matched == QStringLiteral("Fire Truck"));
    Project described = titled(QStringLiteral("협력 사업"), {});
    described.description.en = QStringLiteral("Drinking water supply for two villages");
    BOOST_TEST(suggestClassification(described)->sdgGoal == 6);
}

BOOST_AUTO_TEST_CASE(nothing_is_suggested_without_a_word_naming_a_field)
{
    BOOST_TEST(!suggestClassification(titled(QStringLiteral("자매도시 방문"), QStringLiteral("Visit to the sister city"))));
    // An English word must start a word: "ict" is not found inside "district".
    BOOST_TEST(!suggestClassification(titled({}, QStringLiteral("District visit"))));
    BOOST_TEST(!suggestClassification(Project{}));
}
