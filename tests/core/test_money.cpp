#include "CoreFixture.h"

#include "domain/Money.h"

#include <boost/test/unit_test.hpp>

using namespace c2c;

BOOST_AUTO_TEST_CASE(decimals_follow_iso_4217)
{
    BOOST_TEST(currencyDecimals(QStringLiteral("KRW")) == 0);
    BOOST_TEST(currencyDecimals(QStringLiteral("USD")) == 2);
    BOOST_TEST(currencyDecimals(QStringLiteral("KWD")) == 3);
    BOOST_TEST(minorPerMajor(QStringLiteral("EUR")) == 100);
}

BOOST_AUTO_TEST_CASE(parses_grouped_and_plain_amounts)
{
    auto a = Money::parse(QStringLiteral("1,234,567"), QStringLiteral("USD"));
    BOOST_REQUIRE(a.ok());
    BOOST_TEST(a->minor() == 123456700);
    auto b = Money::parse(QStringLiteral("1234567.5"), QStringLiteral("USD"));
    BOOST_REQUIRE(b.ok());
    BOOST_TEST(b->minor() == 123456750);
    auto krw = Money::parse(QStringLiteral("3,500,000"), QStringLiteral("KRW"));
    BOOST_REQUIRE(krw.ok());
    BOOST_TEST(krw->minor() == 3500000);
    auto german = Money::parse(QStringLiteral("1.234,56"), QStringLiteral("EUR"), QLocale(QLocale::German));
    BOOST_REQUIRE(german.ok());
    BOOST_TEST(german->minor() == 123456);
    auto negative = Money::parse(QStringLiteral("-12.30"), QStringLiteral("USD"));
    BOOST_REQUIRE(negative.ok());
    BOOST_TEST(negative->minor() == -1230);
}

BOOST_AUTO_TEST_CASE(parse_rounds_half_away_from_zero)
{
    BOOST_TEST(Money::parse(QStringLiteral("0.125"), QStringLiteral("USD"))->minor() == 13);
    BOOST_TEST(Money::parse(QStringLiteral("0.124"), QStringLiteral("USD"))->minor() == 12);
    BOOST_TEST(Money::parse(QStringLiteral("-0.125"), QStringLiteral("USD"))->minor() == -13);
    BOOST_TEST(Money::parse(QStringLiteral("1000.5"), QStringLiteral("KRW"))->minor() == 1001);
}

BOOST_AUTO_TEST_CASE(parse_refuses_what_is_not_an_amount)
{
    BOOST_TEST(!Money::parse(QStringLiteral(""), QStringLiteral("USD")).ok());
    BOOST_TEST(!Money::parse(QStringLiteral("12a"), QStringLiteral("USD")).ok());
    BOOST_TEST(!Money::parse(QStringLiteral("1.2.3"), QStringLiteral("USD")).ok());
    BOOST_TEST(!Money::parse(QStringLiteral("100"), QStringLiteral("usd")).ok());
    const auto tooBig = Money::parse(QStringLiteral("99999999999999999999"), QStringLiteral("USD"));
    BOOST_TEST(!tooBig.ok());
    BOOST_TEST(tooBig.error().contains(QStringLiteral("99999999999999999999")));
}

BOOST_AUTO_TEST_CASE(formats_per_locale)
{
    const Money usd(350000000, QStringLiteral("USD"));
    BOOST_TEST(usd.format(QLocale(QLocale::English)) == QStringLiteral("USD 3,500,000.00"));
    BOOST_TEST(usd.format(QLocale(QLocale::Korean)) == QStringLiteral("3,500,000.00 USD"));
    const Money krw(1234567, QStringLiteral("KRW"));
    BOOST_TEST(krw.format(QLocale(QLocale::Korean)) == QStringLiteral("1,234,567원"));
    BOOST_TEST(krw.format(QLocale(QLocale::English)) == QStringLiteral("KRW 1,234,567"));
    BOOST_TEST(Money(-5, QStringLiteral("USD")).toDecimalString() == QStringLiteral("-0.05"));
    BOOST_TEST(Money(123456789, QStringLiteral("USD")).toDecimalString() == QStringLiteral("1234567.89"));
}

BOOST_AUTO_TEST_CASE(arithmetic_only_within_one_currency)
{
    const Money a(100, QStringLiteral("USD"));
    const Money b(250, QStringLiteral("USD"));
    BOOST_TEST(a.plus(b)->minor() == 350);
    BOOST_TEST(a.minus(b)->minor() == -150);
    const auto mixed = a.plus(Money(100, QStringLiteral("KRW")));
    BOOST_TEST(!mixed.ok());
    BOOST_TEST(mixed.error().contains(QStringLiteral("KRW")));
    const auto overflow = Money(std::numeric_limits<std::int64_t>::max(), QStringLiteral("USD")).plus(a);
    BOOST_TEST(!overflow.ok());
}

BOOST_AUTO_TEST_CASE(allocation_adds_up_exactly)
{
    const auto even = allocate(100, {1, 1, 1});
    BOOST_TEST((even == QList<std::int64_t>{34, 33, 33}));
    const auto shares = allocate(1000, {5000, 3000, 2000});
    BOOST_TEST((shares == QList<std::int64_t>{500, 300, 200}));
    const auto zero = allocate(10, {0, 0});
    BOOST_TEST((zero == QList<std::int64_t>{5, 5}));
    const auto negative = allocate(-7, {1, 1});
    BOOST_TEST(negative[0] + negative[1] == -7);
    std::int64_t sum = 0;
    for (auto part : allocate(1'000'000'007, {3, 7, 11, 13}))
        sum += part;
    BOOST_TEST(sum == 1'000'000'007);
}

BOOST_AUTO_TEST_CASE(conversion_through_rates_per_usd)
{
    // 1,350.5 KRW per USD: 100 USD = 135,050 KRW.
    const auto rate = ExchangeRate::parseRate(QStringLiteral("1350.5"));
    BOOST_REQUIRE(rate.ok());
    BOOST_TEST(rate.value() == 1350500000);
    const Money krw = convert(Money(10000, QStringLiteral("USD")), 0, QStringLiteral("KRW"), rate.value()).value();
    BOOST_TEST(krw.minor() == 135050);
    BOOST_TEST(krw.currency() == QStringLiteral("KRW"));
    const Money back = convert(krw, rate.value(), QStringLiteral("USD"), 0).value();
    BOOST_TEST(back.minor() == 10000);
    // EUR -> KRW through USD: 0.92 EUR/USD, 1350 KRW/USD; 92 EUR = 100 USD = 135,000 KRW.
    const Money eur = convert(Money(9200, QStringLiteral("EUR")), 920000, QStringLiteral("KRW"), 1350000000).value();
    BOOST_TEST(eur.minor() == 135000);
    // An amount that cannot be expressed in the other currency is not converted (never wrapped).
    BOOST_TEST(!convert(Money(999999999999999999, QStringLiteral("USD")), 0, QStringLiteral("KRW"), rate.value()).has_value());
    BOOST_TEST(!ExchangeRate::parseRate(QStringLiteral("0")).ok());
    BOOST_TEST(!ExchangeRate::parseRate(QStringLiteral("abc")).ok());
    BOOST_TEST(ExchangeRate::formatRate(1350500000) == QStringLiteral("1350.5"));
}

BOOST_AUTO_TEST_CASE(sums_beyond_64_bits_are_formatted_exactly)
{
    // Ten budgets of 999,999,999,999,999,999 KRW.
    Int128 sum = 0;
    for (int i = 0; i < 10; ++i)
        sum += 999999999999999999;
    BOOST_TEST(!fitsAmount(sum));
    BOOST_TEST(minorToDecimalString(sum, QStringLiteral("KRW")) == QStringLiteral("9999999999999999990"));
    BOOST_TEST(formatMinor(sum, QStringLiteral("KRW"), QLocale(QLocale::English)) == QStringLiteral("KRW 9,999,999,999,999,999,990"));
    BOOST_TEST(formatMinor(-sum, QStringLiteral("USD"), QLocale(QLocale::English))
               == QStringLiteral("USD -99,999,999,999,999,999.90"));
    BOOST_TEST(formatMinor(sum, QStringLiteral("KRW"), QLocale(QLocale::Korean)) == QStringLiteral("9,999,999,999,999,999,990원"));
    // Within 64 bits the same functions agree with Money.
    BOOST_TEST(formatMinor(123456789, QStringLiteral("USD"), QLocale(QLocale::English))
               == Money(123456789, QStringLiteral("USD")).format(QLocale(QLocale::English)));
}
