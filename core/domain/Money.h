#pragma once
// Money is an integer number of minor units plus an ISO 4217 currency.
// No floating point is used in storage, sums or conversion; arithmetic is
// only defined within one currency.
#include "Result.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <cstdint>
#include <optional>

namespace c2c {

// 128-bit intermediates keep products of amounts and rates exact.
__extension__ typedef __int128 Int128;

// Decimal places of a currency's minor unit (ISO 4217): KRW 0, USD 2, KWD 3.
int currencyDecimals(const QString &currency);
// 10^decimals as an integer.
std::int64_t minorPerMajor(const QString &currency);
// Three ASCII capital letters; whether the code exists is the reference data's business.
bool isCurrencyCodeShaped(const QString &code);

class Money {
public:
    Money() = default;
    Money(std::int64_t minor, QString currency) : m_minor(minor), m_currency(std::move(currency)) {}
    static Money fromMajor(std::int64_t major, const QString &currency)
    {
        return Money(major * minorPerMajor(currency), currency);
    }

    std::int64_t minor() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    bool isValid() const { return !m_currency.isEmpty(); }

    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;

    // Parses an amount in major units as users and files write it: "1,234,567",
    // "1234567.5", "1.234.567,5" (with a locale whose decimal point is a comma).
    // Extra decimals are rounded half away from zero to the currency's minor unit.
    // shownAs: the text quoted in an error when text is only a part of what was typed.
    static Result<Money> parse(const QString &text, const QString &currency,
                               const QLocale &locale = QLocale::c(), const QString &shownAs = {});

    // "1,234,567.89" in the locale's digit grouping, with the currency's decimals.
    QString formatNumber(const QLocale &locale) const;
    // Amount with its currency as a reader expects in the locale:
    // en "USD 3,500,000.00", ko "3,500,000.00 USD", KRW in ko "1,234,567원".
    QString format(const QLocale &locale) const;
    // Decimal string in major units with '.' and no grouping ("3500000.00"), for files.
    QString toDecimalString() const;

    bool operator==(const Money &) const = default;

private:
    std::int64_t m_minor = 0;
    QString m_currency;
};

// Sums of many amounts are accumulated in 128 bits: any sum of up to 2^63
// 64-bit amounts fits, so totals never wrap. These format such a sum as Money
// formats one amount (the currency's own minor units: KRW none, USD two).
// 10^n in 128 bits.
Int128 powerOfTen(int n);
// A fixed-point number (value / 10^decimals) in the locale's digit grouping: "1,234.5".
QString formatFixed(Int128 value, int decimals, const QLocale &locale);
QString formatMinorNumber(Int128 minor, const QString &currency, const QLocale &locale);
QString formatMinor(Int128 minor, const QString &currency, const QLocale &locale);
QString minorToDecimalString(Int128 minor, const QString &currency);
// The value in major units as a double, for charts, spreadsheets and JSON
// (exact to the minor unit up to 2^53 minor units).
double minorToMajor(Int128 minor, const QString &currency);
// Whether a sum fits a 64-bit amount.
bool fitsAmount(Int128 minor);

// Division of integers rounding half away from zero.
std::int64_t divideRounded(Int128 numerator, Int128 denominator);
Int128 divideRounded128(Int128 numerator, Int128 denominator);

// Splits total into parts proportional to weights (largest remainder), so the
// parts always add up to total exactly. Zero weights everywhere split evenly.
QList<std::int64_t> allocate(std::int64_t total, const QList<std::int64_t> &weights);

// A yearly exchange rate: units of the currency per one US dollar, as a
// fixed-point number with 6 decimals (1350.25 KRW/USD = 1350250000).
struct ExchangeRate {
    QString currency;
    int year = 0;
    std::int64_t perUsdMicro = 0;
    QString source;

    static constexpr std::int64_t Scale = 1000000;
    static Result<std::int64_t> parseRate(const QString &text);
    static QString formatRate(std::int64_t perUsdMicro);
};

// Converts between currencies through their rates per USD (USD itself needs no rate).
// fromPerUsdMicro / toPerUsdMicro are ignored for USD. Gives nullopt when the
// converted amount does not fit a 64-bit amount.
std::optional<Money> convert(const Money &amount, std::int64_t fromPerUsdMicro, const QString &toCurrency,
                                    std::int64_t toPerUsdMicro);


} // namespace c2c
