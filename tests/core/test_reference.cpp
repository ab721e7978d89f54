#include "CoreFixture.h"

#include "reference/Reference.h"

#include <QHash>
#include <QSet>
#include <boost/test/unit_test.hpp>

using namespace c2c;

BOOST_AUTO_TEST_CASE(countries_have_korean_and_english_names)
{
    // iso-codes' 249 countries plus XK (Kosovo), as IATI uses it.
    BOOST_TEST(reference::countries().size() == 250);
    const auto *vn = reference::country(QStringLiteral("VN"));
    BOOST_REQUIRE(vn);
    BOOST_TEST(vn->name.ko == QStringLiteral("베트남"));
    BOOST_TEST(vn->name.en == QStringLiteral("Vietnam"));
    BOOST_TEST(reference::country(QStringLiteral("LA"))->name.ko == QStringLiteral("라오스"));
    const auto *xk = reference::country(QStringLiteral("XK"));
    BOOST_REQUIRE(xk);
    BOOST_TEST(xk->name.ko == QStringLiteral("코소보"));
    BOOST_TEST(xk->name.en == QStringLiteral("Kosovo"));
    for (const auto &c : reference::countries()) {
        BOOST_TEST_INFO(c.code);
        BOOST_TEST(!c.name.ko.isEmpty());
        BOOST_TEST(!c.name.en.isEmpty());
    }
}

BOOST_AUTO_TEST_CASE(countries_are_found_by_code_or_name_in_either_language)
{
    BOOST_TEST(reference::findCountryCode(QStringLiteral("베트남")).value() == QStringLiteral("VN"));
    BOOST_TEST(reference::findCountryCode(QStringLiteral("Vietnam")).value() == QStringLiteral("VN"));
    BOOST_TEST(reference::findCountryCode(QStringLiteral("viet nam")).value() == QStringLiteral("VN"));
    BOOST_TEST(reference::findCountryCode(QStringLiteral("vn")).value() == QStringLiteral("VN"));
    BOOST_TEST(reference::findCountryCode(QStringLiteral("Laos")).value() == QStringLiteral("LA"));
    BOOST_TEST(reference::findCountryCode(QStringLiteral("Lao PDR")).value() == QStringLiteral("LA"));
    BOOST_TEST(reference::findCountryCode(QStringLiteral("몽골")).value() == QStringLiteral("MN"));
    BOOST_TEST(reference::findCountryCode(QStringLiteral("Tanzania")).value() == QStringLiteral("TZ"));
    BOOST_TEST(!reference::findCountryCode(QStringLiteral("Atlantis")).has_value());
    BOOST_TEST(!reference::findCountryCode(QString()).has_value());
}

BOOST_AUTO_TEST_CASE(currencies_sectors_and_goals)
{
    BOOST_TEST(reference::currency(QStringLiteral("KRW"))->decimals == 0);
    BOOST_TEST(reference::currency(QStringLiteral("USD"))->decimals == 2);
    BOOST_TEST(!reference::currency(QStringLiteral("XYZ")));

    const auto *sector = reference::sector(QStringLiteral("15110"));
    BOOST_REQUIRE(sector);
    BOOST_TEST(sector->category == QStringLiteral("151"));
    BOOST_TEST(reference::sectorCategory(QStringLiteral("151"))->name.ko == QStringLiteral("정부와 시민사회 일반"));
    for (const auto &c : reference::sectorCategories()) {
        BOOST_TEST_INFO(c.code);
        BOOST_TEST(!c.name.ko.isEmpty());
    }
    for (const auto &s : reference::sectors()) {
        BOOST_TEST_INFO(s.code);
        BOOST_TEST(s.code.size() == 5);
        BOOST_TEST(!s.name.ko.isEmpty());
        BOOST_TEST(!s.name.en.isEmpty());
        BOOST_TEST(s.name.ko != s.name.en);
    }

    BOOST_TEST(reference::sdgGoals().size() == 17);
    BOOST_TEST(reference::sdgGoal(11)->colour == QStringLiteral("#FD9D24"));
    BOOST_TEST(reference::sdgGoal(11)->name.ko == QStringLiteral("지속가능한 도시와 공동체"));
    BOOST_TEST(!reference::sdgGoal(18));
    BOOST_TEST(reference::sdgTargets().size() == 169);
    BOOST_TEST(reference::sdgTarget(QStringLiteral("11.6"))->goal == 11);
    BOOST_TEST(reference::sdgTarget(QStringLiteral("6.b"))->goal == 6);
}

BOOST_AUTO_TEST_CASE(local_governments_with_their_renames)
{
    BOOST_TEST(reference::localGovernments().size() == 17);
    bool found = false;
    for (const auto &lg : reference::localGovernments()) {
        if (lg.name.en != QStringLiteral("Gangwon State"))
            continue;
        found = true;
        BOOST_TEST(lg.name.ko == QStringLiteral("강원특별자치도"));
        BOOST_TEST(lg.formerName.en == QStringLiteral("Gangwon-do"));
        BOOST_TEST(lg.formerName.ko == QStringLiteral("강원도"));
        BOOST_TEST(lg.renamedOn == QDate(2023, 6, 11));
        BOOST_TEST((lg.kind == ActorKind::SpecialSelfGoverningProvince));
        BOOST_TEST(lg.moisCode == QStringLiteral("51"));
    }
    BOOST_TEST(found);
}

BOOST_AUTO_TEST_CASE(the_226_basic_local_governments_with_their_provinces_and_places)
{
    const auto &basic = reference::basicLocalGovernments();
    BOOST_TEST(basic.size() == 226);
    QHash<ActorKind, int> kinds;
    QSet<QString> codes;
    for (const auto &g : basic) {
        ++kinds[g.kind];
        codes.insert(g.moisCode);
        BOOST_TEST(!g.name.ko.isEmpty());
        BOOST_TEST(!g.name.en.isEmpty());
        const auto *parent = reference::localGovernment(g.parentMoisCode);
        BOOST_TEST_REQUIRE(parent, g.name.en.toStdString());
        BOOST_TEST(parent->parentMoisCode.isEmpty()); // a first-tier government
        BOOST_TEST((g.latitude > 33 && g.latitude < 39 && g.longitude > 124 && g.longitude < 132), g.name.en.toStdString());
        BOOST_TEST(reference::localGovernment(g.moisCode) == &g);
    }
    BOOST_TEST(codes.size() == 226);
    BOOST_TEST(kinds.value(ActorKind::City) == 75);
    BOOST_TEST(kinds.value(ActorKind::County) == 82);
    BOOST_TEST(kinds.value(ActorKind::AutonomousDistrict) == 69);
    for (const auto &g : reference::localGovernments())
        BOOST_TEST((g.latitude > 33 && g.latitude < 39 && !g.shortName.ko.isEmpty() && !g.shortName.en.isEmpty()));

    // Gunwi-gun moved from Gyeongsangbuk-do to Daegu: one government under its new and old code.
    const auto *gunwi = reference::localGovernment(QStringLiteral("27720"));
    BOOST_TEST_REQUIRE(gunwi);
    BOOST_TEST(gunwi->name.ko == QStringLiteral("군위군"));
    BOOST_TEST(gunwi->parentMoisCode == QStringLiteral("27"));
    BOOST_TEST(gunwi->formerParentMoisCode == QStringLiteral("47"));
    BOOST_TEST(reference::localGovernment(QStringLiteral("47720")) == gunwi);
    BOOST_TEST(reference::findLocalGovernment(QStringLiteral("경북 군위군")) == gunwi);
    BOOST_TEST(reference::findLocalGovernment(QStringLiteral("대구 군위군")) == gunwi);
    // Chuncheon changed its code with Gangwon State (42110 -> 51110).
    BOOST_TEST(reference::localGovernment(QStringLiteral("42110")) == reference::localGovernment(QStringLiteral("51110")));
    BOOST_TEST(reference::localGovernment(QStringLiteral("51110"))->name.en == QStringLiteral("Chuncheon-si"));
}

BOOST_AUTO_TEST_CASE(local_governments_are_found_by_the_names_sources_give_them)
{
    auto code = [](const char *name) {
        const auto *g = reference::findLocalGovernment(QString::fromUtf8(name));
        return g ? g->moisCode : QStringLiteral("none");
    };
    BOOST_TEST(code("구미시") == QStringLiteral("47190"));
    BOOST_TEST(code("Gumi-si") == QStringLiteral("47190"));
    BOOST_TEST(code("gumi si") == QStringLiteral("47190"));
    BOOST_TEST(code("종로구") == QStringLiteral("11110"));
    // Six governments are called 중구: the name alone is none of them.
    BOOST_TEST(code("중구") == QStringLiteral("none"));
    BOOST_TEST(reference::localGovernmentsNamed(QStringLiteral("중구")) == 6);
    BOOST_TEST(code("인천 중구") == QStringLiteral("28110"));
    BOOST_TEST(code("인천광역시 중구") == QStringLiteral("28110"));
    BOOST_TEST(code("인천시 중구") == QStringLiteral("28110"));
    BOOST_TEST(code("Jung-gu, Incheon") == QStringLiteral("28110"));
    BOOST_TEST(code("Seoul Jung-gu") == QStringLiteral("11140"));
    BOOST_TEST(code("고성군") == QStringLiteral("none"));
    BOOST_TEST(code("강원도 고성군") == code("강원 고성군"));
    BOOST_TEST(code("경남 고성군") != code("강원 고성군"));
    // Former names: Michuhol-gu was Incheon's Nam-gu; Yeoju-si was Yeoju-gun.
    BOOST_TEST(code("인천 남구") == QStringLiteral("28177"));
    BOOST_TEST(code("여주군") == QStringLiteral("41670"));
    BOOST_TEST(code("Yeoju-gun") == QStringLiteral("41670"));
    BOOST_TEST(code("천논구") == QStringLiteral("none"));
    // Shared names are told apart in the actor's name; the others keep their own.
    const auto *jung = reference::localGovernment(QStringLiteral("28110"));
    BOOST_TEST(reference::actorName(*jung).ko == QStringLiteral("인천 중구"));
    BOOST_TEST(reference::actorName(*jung).en == QStringLiteral("Jung-gu, Incheon"));
    BOOST_TEST(reference::actorName(*reference::localGovernment(QStringLiteral("47190"))).ko == QStringLiteral("구미시"));
}

BOOST_AUTO_TEST_CASE(current_currencies_are_named_in_korean_and_english)
{
    int current = 0;
    for (const auto &c : reference::currencies()) {
        BOOST_TEST_INFO(c.code);
        BOOST_TEST(!c.name.ko.isEmpty());
        BOOST_TEST(!c.name.en.isEmpty());
        current += c.current ? 1 : 0;
    }
    // IATI's 176 codes, of which XBT, BYR, EEK, LTL, LVL, MRO, STD, USS, VEF and ZMK are no longer ISO 4217.
    BOOST_TEST(reference::currencies().size() == 176);
    BOOST_TEST(current == 166);
    const auto *krw = reference::currency(QStringLiteral("KRW"));
    BOOST_TEST(krw->name.ko == QStringLiteral("대한민국 원"));
    BOOST_TEST(krw->name.en == QStringLiteral("Won"));
    BOOST_TEST(krw->current);
    BOOST_TEST(reference::currency(QStringLiteral("USD"))->name.ko == QStringLiteral("미국 달러"));
    // Names the iso-codes catalogue lacks come from currency-names-ko.csv.
    BOOST_TEST(reference::currency(QStringLiteral("LAK"))->name.ko == QStringLiteral("라오스 킵"));
    BOOST_TEST(reference::currency(QStringLiteral("CHF"))->name.ko == QStringLiteral("스위스 프랑"));
    // Old codes stay known, so old files still read, but are not current.
    for (const char *old : {"XBT", "EEK", "BYR", "LTL", "LVL", "MRO", "STD", "USS", "VEF", "ZMK"}) {
        const auto *c = reference::currency(QLatin1String(old));
        BOOST_TEST_INFO(old);
        BOOST_REQUIRE(c);
        BOOST_TEST(!c->current);
    }
}

BOOST_AUTO_TEST_CASE(purpose_codes_and_categories_are_named_in_korean)
{
    BOOST_TEST(reference::sector(QStringLiteral("12261"))->name.ko == QStringLiteral("보건 교육"));
    BOOST_TEST(reference::sector(QStringLiteral("12261"))->name.en == QStringLiteral("Health education"));
    BOOST_TEST(reference::sector(QStringLiteral("15110"))->name.ko == QStringLiteral("공공 부문 정책 및 행정 관리"));
    BOOST_TEST(reference::sector(QStringLiteral("92010"))->name.ko == QStringLiteral("공여국 NGO 지원")); // withdrawn, still named
    BOOST_TEST(reference::sectorName(QStringLiteral("43040"))->ko == QStringLiteral("농촌 개발"));
    BOOST_TEST(reference::sectorName(QStringLiteral("112"))->ko == QStringLiteral("기초교육"));
    BOOST_TEST(!reference::sectorName(QStringLiteral("99999")));
    BOOST_TEST(!reference::sectorName(QString()));
}
