#include "DisplayUnit.h"

namespace c2c {

QString displayUnitCode(DisplayUnit unit)
{
    switch (unit) {
    case DisplayUnit::Thousand:
        return QStringLiteral("thousand");
    case DisplayUnit::Million:
        return QStringLiteral("million");
    case DisplayUnit::HundredMillion:
        return QStringLiteral("hundred-million");
    case DisplayUnit::One:
        break;
    }
    return QStringLiteral("one");
}

DisplayUnit displayUnitFromCode(const QString &code)
{
    for (auto u : {DisplayUnit::Thousand, DisplayUnit::Million, DisplayUnit::HundredMillion})
        if (displayUnitCode(u) == code)
            return u;
    return DisplayUnit::One;
}

namespace {

bool isKorean(const QLocale &locale)
{
    return locale.language() == QLocale::Korean;
}

// Major units per displayed unit, and the decimals shown. English has no word
// for 억: the same amount is shown in billions with one more decimal.
struct Scale {
    std::int64_t factor;
    int decimals;
};

Scale scaleOf(DisplayUnit unit, const QLocale &locale)
{
    switch (unit) {
    case DisplayUnit::Thousand:
        return {1000, 1};
    case DisplayUnit::Million:
        return {1000000, 1};
    case DisplayUnit::HundredMillion:
        return isKorean(locale) ? Scale{100000000, 1} : Scale{1000000000, 2};
    case DisplayUnit::One:
        break;
    }
    return {1, 0};
}

} // namespace

std::int64_t displayUnitFactor(DisplayUnit unit, const QLocale &locale)
{
    return scaleOf(unit, locale).factor;
}

QString displayUnitName(DisplayUnit unit, const QString &currency, const QLocale &locale)
{
    const bool korean = isKorean(locale);
    const bool won = currency == QLatin1String("KRW");
    switch (unit) {
    case DisplayUnit::One:
        return korean && won ? QStringLiteral("원") : currency;
    case DisplayUnit::Thousand:
        return korean ? (won ? QStringLiteral("천원") : QStringLiteral("천 ") + currency) : currency + QStringLiteral(" thousand");
    case DisplayUnit::Million:
        return korean ? (won ? QStringLiteral("백만원") : QStringLiteral("백만 ") + currency) : currency + QStringLiteral(" million");
    case DisplayUnit::HundredMillion:
        return korean ? (won ? QStringLiteral("억원") : QStringLiteral("억 ") + currency) : currency + QStringLiteral(" billion");
    }
    return currency;
}

QString formatNumberInUnit(Int128 minor, const QString &currency, DisplayUnit unit, const QLocale &locale)
{
    if (unit == DisplayUnit::One)
        return formatMinorNumber(minor, currency, locale);
    const Scale scale = scaleOf(unit, locale);
    const Int128 divisor = Int128(scale.factor) * minorPerMajor(currency);
    // Enough decimals for the amount to be exact at the most.
    int exact = 0;
    while (powerOfTen(exact) < divisor)
        ++exact;
    int decimals = scale.decimals;
    Int128 scaled = divideRounded128(minor * powerOfTen(decimals), divisor);
    while (scaled == 0 && minor != 0 && decimals < exact)
        scaled = divideRounded128(minor * powerOfTen(++decimals), divisor);
    return formatFixed(scaled, decimals, locale);
}

QString formatInUnit(Int128 minor, const QString &currency, DisplayUnit unit, const QLocale &locale)
{
    if (unit == DisplayUnit::One)
        return formatMinor(minor, currency, locale);
    const QString number = formatNumberInUnit(minor, currency, unit, locale);
    if (isKorean(locale)) {
        // "18.1억원", "3.5백만 USD"
        const QString word = displayUnitName(unit, QStringLiteral("KRW"), locale).chopped(1);
        return currency == QLatin1String("KRW") ? number + word + QStringLiteral("원") : number + word + QLatin1Char(' ') + currency;
    }
    // "KRW 1.81 billion", "USD 3.5 million"
    return currency + QLatin1Char(' ') + number + QLatin1Char(' ') + displayUnitName(unit, currency, locale).section(QLatin1Char(' '), 1);
}

} // namespace c2c
