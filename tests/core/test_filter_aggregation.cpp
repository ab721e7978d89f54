#include "CoreFixture.h"

#include "domain/Project.h"
#include "portfolio/Aggregation.h"
#include "portfolio/Filter.h"
#include "portfolio/Sorting.h"

#include <boost/test/unit_test.hpp>

using namespace c2c;

namespace {

Project project(std::int64_t id, std::int64_t actor, QStringList countries, std::optional<int> start, std::optional<int> end,
                std::optional<std::int64_t> usdCents, const QString &currency = QStringLiteral("USD"))
{
    Project p;
    p.id = id;
    p.key = QStringLiteral("P%1").arg(id);
    p.leadActorId = actor;
    for (const QString &c : countries)
        p.countries.append({c, {}, std::nullopt});
    if (start)
        p.period.start = PartialDate::ofYear(*start);
    if (end)
        p.period.end = PartialDate::ofYear(*end);
    if (usdCents) {
        BudgetLine b;
        b.period = p.period;
        b.amount = Money(*usdCents, currency);
        p.budget.append(b);
    }
    return p;
}

// Two actors; five projects with known, unknown, multi-country and non-USD amounts.
Snapshot fixture()
{
    Snapshot s;
    Actor gb;
    gb.id = 10;
    gb.kind = ActorKind::Province;
    gb.name = {QStringLiteral("경상북도"), QStringLiteral("Gyeongsangbuk-do"), {}};
    Actor seoul;
    seoul.id = 20;
    seoul.kind = ActorKind::SpecialCity;
    seoul.name = {QStringLiteral("서울특별시"), QStringLiteral("Seoul"), {}};
    s.actors = {gb, seoul};
    s.actorIndex = {{10, 0}, {20, 1}};

    Project laos = project(1, 10, {QStringLiteral("LA")}, 2016, 2025, 350000000); // 3.5M over 10 years
    laos.title = {QStringLiteral("라오스 새마을운동 사업"), QStringLiteral("Saemaul Undong for Laos"), {}};
    laos.status = ActivityStatus::Implementation;
    laos.qualityNotes.append({QStringLiteral("amount"), {{}, QStringLiteral("irregular grouping"), {}}, Severity::Warning});
    laos.sdgs = {{1, QStringLiteral("1.4")}, {11, QString()}};
    s.append(laos);

    Project multi = project(2, 20, {QStringLiteral("MN"), QStringLiteral("XK"), QStringLiteral("UZ")}, 2023, 2023, 100);
    multi.title.en = QStringLiteral("Clean Portal webinar");
    multi.status = ActivityStatus::Closed;
    s.append(multi);

    Project shares = project(3, 20, {QStringLiteral("KH"), QStringLiteral("VN")}, 2025, 2026, 1000000);
    shares.countries[0].share = 7500;
    shares.countries[1].share = 2500;
    shares.title.ko = QStringLiteral("프놈펜 도시 기본계획");
    s.append(shares);

    Project unknown = project(4, 20, {QStringLiteral("LK")}, std::nullopt, std::nullopt, std::nullopt);
    unknown.title.en = QStringLiteral("Colombo waste-to-energy study");
    s.append(unknown);

    Project won = project(5, 10, {QStringLiteral("VN")}, 2024, 2024, 135000000, QStringLiteral("KRW"));
    won.title.en = QStringLiteral("Library in Quang Nam");
    s.append(won);
    return s;
}

std::int64_t keyTotal(const QList<Group> &groups, const QString &key)
{
    for (const Group &g : groups)
        if (g.key == key)
            return g.total;
    return -1;
}

const Group *find(const QList<Group> &groups, const QString &key)
{
    for (const Group &g : groups)
        if (g.key == key)
            return &g;
    return nullptr;
}

} // namespace

BOOST_AUTO_TEST_CASE(unknown_and_unconverted_amounts_are_reported_not_zeroed)
{
    Snapshot s = fixture();
    const Selection all = select(s, Filter{});
    BOOST_TEST(all.size() == 5u);
    Totals t = totals(s, all);
    BOOST_TEST(t.projects == 5);
    BOOST_TEST(t.amountUnknown == 1);
    BOOST_TEST(t.amountKnown == 4);
    BOOST_TEST(t.notConverted == 1); // KRW without a rate
    BOOST_TEST(t.total == 350000000 + 100 + 1000000);

    // With a 2024 rate the KRW project is counted: 135,000,000 KRW / 1350 = 100,000 USD.
    s.setRates({{QStringLiteral("KRW"), 2024, 1350000000, QStringLiteral("test")}});
    t = totals(s, all);
    BOOST_TEST(t.notConverted == 0);
    BOOST_TEST(t.total == 350000000 + 100 + 1000000 + 10000000);
    // A rate for another year does not stand in for the missing one.
    s.setRates({{QStringLiteral("KRW"), 2023, 1350000000, QStringLiteral("test")}});
    BOOST_TEST(totals(s, all).notConverted == 1);
}

BOOST_AUTO_TEST_CASE(multi_country_projects_count_once_and_split_by_share)
{
    const Snapshot s = fixture();
    const Selection all = select(s, Filter{});
    const auto byCountry = groupBy(s, all, GroupBy::Country);
    // Evenly over three countries when no share is stated: 100 cents -> 34, 33, 33.
    std::int64_t webinar = keyTotal(byCountry, QStringLiteral("MN")) + keyTotal(byCountry, QStringLiteral("XK"))
                           + keyTotal(byCountry, QStringLiteral("UZ"));
    BOOST_TEST(webinar == 100);
    BOOST_TEST(keyTotal(byCountry, QStringLiteral("MN")) == 34);
    // By share: 75% / 25% of 10,000.00 USD.
    BOOST_TEST(keyTotal(byCountry, QStringLiteral("KH")) == 750000);
    BOOST_TEST(keyTotal(byCountry, QStringLiteral("VN")) == 250000);
    BOOST_TEST(find(byCountry, QStringLiteral("VN"))->projects == 2);
    BOOST_TEST(find(byCountry, QStringLiteral("VN"))->notCounted == 1);
    BOOST_TEST(find(byCountry, QStringLiteral("LK"))->notCounted == 1);
    std::int64_t sum = 0;
    for (const Group &g : byCountry)
        sum += g.total;
    BOOST_TEST(sum == totals(s, all).total);
}

BOOST_AUTO_TEST_CASE(totals_spread_evenly_over_their_years)
{
    const Snapshot s = fixture();
    const auto byYear = groupBy(s, select(s, Filter{}), GroupBy::Year);
    // 3,500,000.00 USD over 2016-2025: 350,000.00 a year.
    BOOST_TEST(keyTotal(byYear, QStringLiteral("2016")) == 35000000);
    BOOST_TEST(keyTotal(byYear, QStringLiteral("2025")) == 35000000 + 500000);
    BOOST_TEST(keyTotal(byYear, QStringLiteral("2026")) == 500000);
    const Group *unknownYear = find(byYear, QString());
    BOOST_REQUIRE(unknownYear);
    BOOST_TEST(unknownYear->notCounted == 1);
    BOOST_TEST(byYear.first().key == QStringLiteral("2016")); // years in order
    BOOST_TEST(byYear.last().key.isEmpty());                  // unknown last
}

BOOST_AUTO_TEST_CASE(sdg_goals_share_a_project_evenly)
{
    const Snapshot s = fixture();
    const auto bySdg = groupBy(s, select(s, Filter{}), GroupBy::SdgGoal);
    BOOST_TEST(keyTotal(bySdg, QStringLiteral("1")) == 175000000);
    BOOST_TEST(keyTotal(bySdg, QStringLiteral("11")) == 175000000);
    BOOST_TEST(find(bySdg, QString())->projects == 4);
}

BOOST_AUTO_TEST_CASE(filters_combine_facets_with_and_values_with_or)
{
    const Snapshot s = fixture();
    Filter f;
    f.actorIds = {10};
    BOOST_TEST(select(s, f).size() == 2u);
    f.countries = {QStringLiteral("VN"), QStringLiteral("LA")};
    BOOST_TEST(select(s, f).size() == 2u);
    f.fromYear = 2025;
    f.toYear = 2030;
    const Selection sel = select(s, f);
    BOOST_REQUIRE(sel.size() == 1u);
    BOOST_TEST(s.projectId[sel[0]] == 1);
    // Faceted counts: leaving out the actor facet finds Seoul's Vietnam project too.
    BOOST_TEST(select(s, f, Facet::Actor).size() == 2u);

    Filter years;
    years.fromYear = 1990;
    years.toYear = 2100;
    BOOST_TEST(select(s, years).size() == 4u); // the project with no known period matches no year range

    Filter kind;
    kind.actorKinds = {ActorKind::SpecialCity};
    BOOST_TEST(select(s, kind).size() == 3u);

    Filter status;
    status.statuses = {ActivityStatus::Closed, ActivityStatus::Implementation};
    BOOST_TEST(select(s, status).size() == 2u);

    Filter notes;
    notes.withQualityNote = true;
    BOOST_TEST(select(s, notes).size() == 1u);

    Filter notCounted;
    notCounted.notCountedOnly = true;
    BOOST_TEST(select(s, notCounted).size() == 2u);

    Filter amount;
    amount.minAmount = 1000;
    BOOST_TEST(select(s, amount).size() == 2u); // unknown and unconverted never match a range
    amount.maxAmount = 1000000;
    BOOST_TEST(select(s, amount).size() == 1u);
}

BOOST_AUTO_TEST_CASE(text_search_covers_both_languages_ignoring_case)
{
    const Snapshot s = fixture();
    Filter f;
    f.text = QStringLiteral("saemaul");
    BOOST_TEST(select(s, f).size() == 1u);
    f.text = QStringLiteral("새마을");
    BOOST_TEST(select(s, f).size() == 1u);
    f.text = QStringLiteral("프놈펜");
    BOOST_TEST(select(s, f).size() == 1u);
    f.text = QStringLiteral("p4");
    BOOST_TEST(select(s, f).size() == 1u); // keys too
    f.text = QStringLiteral("QUANG");
    const Selection quang = select(s, f);
    BOOST_TEST(quang.size() == 1u);
    f.text = QStringLiteral("QUANG NAMX");
    BOOST_TEST(refine(s, f, quang).empty());
    BOOST_TEST(containsFolded("Hello World", "o w"));
    BOOST_TEST(!containsFolded("Hello", "hello!"));
}

BOOST_AUTO_TEST_CASE(edits_keep_the_snapshot_consistent)
{
    Snapshot s = fixture();
    Project bigger = project(3, 20, {QStringLiteral("KH"), QStringLiteral("VN"), QStringLiteral("LA")}, 2025, 2026, 3000000);
    s.replace(2, s.rowData(bigger));
    BOOST_TEST((s.countries(2).end - s.countries(2).begin) == 3u);
    BOOST_TEST(s.text(3, TextField::TitleEn) == QStringLiteral("Colombo waste-to-energy study"));
    BOOST_TEST(s.reported[2] == 3000000);
    s.remove(0);
    BOOST_TEST(s.rowCount() == 4u);
    BOOST_TEST(s.projectId[0] == 2);
    BOOST_TEST(s.text(0, TextField::TitleEn) == QStringLiteral("Clean Portal webinar"));
    BOOST_TEST(s.findRow(5) == 3);
    BOOST_TEST(s.findRow(1) == -1);
    const auto byCountry = groupBy(s, select(s, Filter{}), GroupBy::Country);
    BOOST_TEST(keyTotal(byCountry, QStringLiteral("LA")) == 1000000);
}

BOOST_AUTO_TEST_CASE(sorting_puts_unknown_amounts_last)
{
    const Snapshot s = fixture();
    Selection sel = select(s, Filter{});
    sortSelection(s, sel, SortKey::Reported, true);
    BOOST_TEST(s.projectId[sel[0]] == 1);
    BOOST_TEST(s.projectId[sel[1]] == 3);
    BOOST_TEST(s.projectId[sel[2]] == 2);
    sortSelection(s, sel, SortKey::Reported, false);
    BOOST_TEST(s.projectId[sel[0]] == 2);
    BOOST_TEST(!isCounted(s.reported[sel[4]]));
    sortSelection(s, sel, SortKey::Actor, false, Language::English);
    BOOST_TEST(s.actor[sel[0]] == 0); // Gyeongsangbuk-do before Seoul
}

BOOST_AUTO_TEST_CASE(the_filter_reads_as_a_sentence)
{
    const Snapshot s = fixture();
    Filter f;
    BOOST_TEST(f.describe(s, Language::English) == QStringLiteral("All projects"));
    f.actorIds = {10};
    f.fromYear = 2015;
    f.toYear = 2027;
    BOOST_TEST(f.describe(s, Language::English) == QStringLiteral("Gyeongsangbuk-do · 2015–2027"));
    BOOST_TEST(f.describe(s, Language::Korean).startsWith(QStringLiteral("경상북도 · ")));
}

BOOST_AUTO_TEST_CASE(sorting_by_title_follows_the_language_and_every_change)
{
    Snapshot s = fixture();
    Selection sel = select(s, Filter{});
    sortSelection(s, sel, SortKey::Title, false, Language::English);
    QStringList titles;
    for (Row r : sel)
        titles.append(s.text(r, TextField::TitleEn).isEmpty() ? s.text(r, TextField::TitleKo) : s.text(r, TextField::TitleEn));
    QStringList sorted = titles;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    BOOST_TEST(titles == sorted);
    BOOST_TEST(s.text(sel[0], TextField::TitleEn) == QStringLiteral("Clean Portal webinar"));

    // A new title goes where it belongs: the order is not kept from before the change.
    Project renamed = project(1, 10, {QStringLiteral("LA")}, 2016, 2025, 350000000);
    renamed.title = {QStringLiteral("하천 정비"), QStringLiteral("Aardvark programme"), {}};
    s.replace(Row(s.findRow(1)), s.rowData(renamed));
    sel = select(s, Filter{});
    sortSelection(s, sel, SortKey::Title, false, Language::English);
    BOOST_TEST(s.projectId[sel[0]] == 1);
    sortSelection(s, sel, SortKey::Title, true, Language::English);
    BOOST_TEST(s.projectId[sel[sel.size() - 1]] == 1);
    // In Korean the Korean titles are compared: 하천 (ㅎ) after 프놈펜 (ㅍ), whatever "Aardvark" says.
    sortSelection(s, sel, SortKey::Title, false, Language::Korean);
    const auto position = [&](const QString &ko) {
        for (std::size_t i = 0; i < sel.size(); ++i)
            if (s.text(sel[i], TextField::TitleKo) == ko)
                return int(i);
        return -1;
    };
    BOOST_TEST(position(QStringLiteral("프놈펜 도시 기본계획")) >= 0);
    BOOST_TEST(position(QStringLiteral("하천 정비")) > position(QStringLiteral("프놈펜 도시 기본계획")));
}
