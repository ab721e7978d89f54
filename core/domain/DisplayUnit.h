#pragma once
// How large sums are shown: in units, thousands, millions, or (for won) the
// 억 (hundred million) Korean offices report in; an English reader sees the
// same figure in billions ("18.1억원" = "KRW 1.81 billion"). Only
// presentation: amounts stay exact integers everywhere else.
#include "Money.h"

#include <QLocale>

namespace c2c {

enum class DisplayUnit : std::uint8_t { One, Thousand, Million, HundredMillion };

QString displayUnitCode(DisplayUnit unit);
DisplayUnit displayUnitFromCode(const QString &code);
// Major units per displayed unit in a language (억 is 10^8; in English it is shown in billions, 10^9).
std::int64_t displayUnitFactor(DisplayUnit unit, const QLocale &locale);
// The unit's name for a currency in a language: "원", "USD million", "백만원", "억원", "KRW billion".
QString displayUnitName(DisplayUnit unit, const QString &currency, const QLocale &locale);
// The amount (minor units) in the unit with its name: "18.1억원", "KRW 1.81 billion",
// "USD 3.5 million". One decimal (two in billions), rounded half away from zero; an
// amount that is not zero never reads as zero (more decimals are shown instead).
QString formatInUnit(Int128 minor, const QString &currency, DisplayUnit unit, const QLocale &locale);
inline QString formatInUnit(const Money &amount, DisplayUnit unit, const QLocale &locale)
{
    return formatInUnit(amount.minor(), amount.currency(), unit, locale);
}
// The same number without the unit's name (for tables whose heading names the unit).
QString formatNumberInUnit(Int128 minor, const QString &currency, DisplayUnit unit, const QLocale &locale);
inline QString formatNumberInUnit(const Money &amount, DisplayUnit unit, const QLocale &locale)
{
    return formatNumberInUnit(amount.minor(), amount.currency(), unit, locale);
}

} // namespace c2c
