#include "CoreFixture.h"

#include "domain/Period.h"

#include <boost/test/unit_test.hpp>

using namespace c2c;

BOOST_AUTO_TEST_CASE(partial_dates_round_trip_with_their_precision)
{
    for (const char *iso : {"2016", "2016-03", "2016-03-01"}) {
        const auto d = PartialDate::fromIso(QString::fromLatin1(iso));
        BOOST_REQUIRE(d.has_value());
        BOOST_TEST(d->toIso() == QString::fromLatin1(iso));
    }
    BOOST_TEST(PartialDate::fromIso(QStringLiteral("2016-03"))->precision == DatePrecision::Month);
    BOOST_TEST(!PartialDate::fromIso(QStringLiteral("2016-13")).has_value());
    BOOST_TEST(!PartialDate::fromIso(QStringLiteral("2016-02-30")).has_value());
    BOOST_TEST(!PartialDate::fromIso(QStringLiteral("16")).has_value());
    BOOST_TEST(PartialDate::ofMonth(2024, 2).lastDay() == QDate(2024, 2, 29));
    BOOST_TEST(PartialDate::ofYear(2024).firstDay() == QDate(2024, 1, 1));
}

BOOST_AUTO_TEST_CASE(overlap_with_a_year_range)
{
    Period p;
    p.start = PartialDate::ofYear(2016);
    p.end = PartialDate::ofYear(2025);
    BOOST_TEST(p.overlapsYears(2020, 2020));
    BOOST_TEST(p.overlapsYears(2010, 2016));
    BOOST_TEST(p.overlapsYears(2025, 2030));
    BOOST_TEST(!p.overlapsYears(2026, 2030));
    BOOST_TEST(!p.overlapsYears(2000, 2015));
}

BOOST_AUTO_TEST_CASE(unknown_ends_are_open_and_unknown_periods_match_nothing)
{
    Period open;
    open.start = PartialDate::ofYear(2018);
    BOOST_TEST(open.overlapsYears(2030, 2031));
    BOOST_TEST(!open.overlapsYears(2000, 2017));
    Period untilOnly;
    untilOnly.end = PartialDate::ofYear(2010);
    BOOST_TEST(untilOnly.overlapsYears(1990, 1991));
    BOOST_TEST(!untilOnly.overlapsYears(2011, 2020));
    const Period unknown;
    BOOST_TEST(!unknown.overlapsYears(1900, 2100));
}

BOOST_AUTO_TEST_CASE(reversed_periods_are_detected)
{
    Period p;
    p.start = PartialDate::ofDay(QDate(2020, 5, 1));
    p.end = PartialDate::ofMonth(2020, 4);
    BOOST_TEST(p.isReversed());
    p.end = PartialDate::ofMonth(2020, 5);
    BOOST_TEST(!p.isReversed());
}
