// Saved views: a filter with every kind of condition and the pivot or
// comparison settings come back exactly as saved, from the portfolio file.
#include "CoreFixture.h"

#include "portfolio/FilterJson.h"
#include "portfolio/Portfolio.h"
#include "storage/SavedViewRepository.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>

using namespace c2c;

namespace {

Filter everyCondition()
{
    Filter f;
    f.actorIds = {3, 15};
    f.actorKinds = {ActorKind::Province};
    f.countries = {QStringLiteral("VN"), QStringLiteral("LA")};
    f.fromYear = 2015;
    f.toYear = 2027;
    f.statuses = {ActivityStatus::Implementation, ActivityStatus::Closed};
    f.modalities = {Modality::CityToCity};
    f.channels = {FundingChannel::KoicaCall};
    f.sectors = {QStringLiteral("430"), QStringLiteral("31120")};
    f.sdgGoals = {11, 17};
    f.sdgTargets = {QStringLiteral("11.6")};
    f.cooperationForms = flag(CooperationForm::CommunityDevelopment) | flag(CooperationForm::CapacityBuilding);
    f.dimensions = flag(PartnershipDimension::Social);
    f.minAmount = 9007199254740993; // beyond a double's exact integers: money must not pass through one
    f.maxAmount = 123456789012345678;
    f.text = QStringLiteral("새마을 \"Saemaul\"");
    f.withQualityNote = true;
    f.notCountedOnly = true;
    return f;
}

} // namespace

BOOST_AUTO_TEST_CASE(a_filter_survives_json)
{
    const Filter f = everyCondition();
    BOOST_TEST(bool(filterFromJson(filterToJson(f)) == f));
    BOOST_TEST(bool(filterFromJson(filterToJson(Filter{})) == Filter{}));
    BOOST_TEST(filterToJson(Filter{}).isEmpty());
}

BOOST_AUTO_TEST_CASE(a_saved_view_round_trips_through_the_portfolio_file)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("views.c2c"));
    SavedView pivot{0, QStringLiteral("경북 연도별"), QStringLiteral("pivot"), everyCondition(),
                    QJsonObject{{QStringLiteral("rows"), QStringLiteral("actor")}, {QStringLiteral("cols"), QStringLiteral("year")},
                                {QStringLiteral("measure"), QStringLiteral("total")}}};
    SavedView compare{0, QStringLiteral("Gyeongbuk vs Seoul"), QStringLiteral("compare"), Filter{},
                      QJsonObject{{QStringLiteral("actors"), QJsonArray{15, 11}}}};
    {
        auto p = Portfolio::open(path);
        BOOST_REQUIRE_MESSAGE(p.ok(), p.error());
        SavedViewRepository views(p.value()->database());
        BOOST_REQUIRE(views.save(pivot).ok());
        BOOST_REQUIRE(views.save(compare).ok());
        BOOST_TEST(pivot.id > 0);
        SavedView unnamed{0, QStringLiteral("  "), QStringLiteral("filter"), Filter{}, {}};
        BOOST_TEST(!views.save(unnamed).ok());
    }
    auto p = Portfolio::open(path);
    BOOST_REQUIRE(p.ok());
    SavedViewRepository views(p.value()->database());
    auto all = views.readAll();
    BOOST_REQUIRE(all.ok());
    BOOST_REQUIRE(all.value().size() == 2);
    BOOST_TEST(bool(all.value()[1] == pivot)); // by name: Latin letters sort before Hangul
    BOOST_TEST(bool(all.value()[0] == compare));

    // Saving under an existing name replaces that view.
    pivot.settings[QStringLiteral("measure")] = QStringLiteral("projects");
    BOOST_REQUIRE(views.save(pivot).ok());
    all = views.readAll();
    BOOST_TEST(all.value().size() == 2);
    BOOST_TEST(all.value()[1].settings.value(QStringLiteral("measure")).toString() == QStringLiteral("projects"));
    BOOST_REQUIRE(views.remove(all.value()[0].id).ok());
    BOOST_TEST(views.readAll().value().size() == 1);
}
