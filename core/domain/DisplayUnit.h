#pragma once
// How large sums are shown: in units, thousands, millions, or (for won) the
// 억 (hundred million) Korean offices report in. Only presentation: amounts
// stay exact integers everywhere else.
#include "Money.h"

#include <QLocale>

namespace c2c {

enum class DisplayUnit : std::uint8_t { One, Thousand, Million, HundredMillion };

QString displayUnitCode(DisplayUnit unit);
DisplayUnit displayUnitFromCode(const QString &code);
std::int64_t displayUnitFactor(DisplayUnit unit);
// The unit's name for a currency in a language: "USD million", "백만원", "억원".
QString displayUnitName(DisplayUnit unit, const QString &currency, const QLocale &locale);
// The amount in the unit, rounded to one decimal below a thousand units (full precision otherwise).
QString formatInUnit(const Money &amount, DisplayUnit unit, const QLocale &locale);
// The same number without the unit's name (for tables whose heading names the unit).
QString formatNumberInUnit(const Money &amount, DisplayUnit unit, const QLocale &locale);

} // namespace c2c
