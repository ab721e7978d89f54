#pragma once
// Texts and numbers of a chart in a given language. A chart rendered for a
// Korean report from an English session (or the other way round) must not
// depend on the translator installed for the user interface, so chart texts
// are looked up in the catalogue of the language asked for.
#include "domain/DisplayUnit.h"
#include "domain/LocalizedText.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>

namespace c2c::app {

// The translation context of every chart text (QT_TRANSLATE_NOOP("c2c::app::Charts", ...)).
inline constexpr char ChartContext[] = "c2c::app::Charts";

// source translated into lang; %n is replaced by n (with the plural form the catalogue gives).
QString chartTr(Language lang, const char *source, int n = -1);
QLocale chartLocale(Language lang);

// How a chart's axis shows amounts: the portfolio's display unit, or, when that
// is single units, one that keeps tick labels short (the tooltips stay exact).
struct AmountScale {
    DisplayUnit unit = DisplayUnit::One;
    QString currency;
    double divisor = 1.0; // minor units per axis unit
    QString unitName;     // "USD million", "억원"
    double value(Int128 minor) const { return double(minor) / divisor; }
};
AmountScale amountScale(const QString &currency, DisplayUnit preferred, Int128 largestMinor, Language lang);
// The scale of a unit already chosen (e.g. the one a whole dashboard shows).
AmountScale fixedScale(const QString &currency, DisplayUnit unit, Language lang);

// "USD 3,500,000.00" / "3,500,000.00 USD": the exact figure for tooltips.
// A value axis's printf format with just enough decimals for its ticks to differ
// (a total of KRW 0.19 billion gets 0.00, 0.05, 0.10... rather than 0.0, 0.0, 0.1).
QString axisLabelFormat(double max, int tickCount);
QString exactAmount(Int128 minor, const QString &currency, Language lang);
// "42.5%"
QString shareText(Int128 part, Int128 whole, Language lang);

// A name shortened to width pixels in font, with "…" (the full name goes to the tooltip).
QString elide(const QString &name, const QFont &font, int width);
// Labels made unique (an axis cannot show two equal categories): "서울…", "서울… (2)".
QStringList uniqueLabels(const QStringList &labels);

} // namespace c2c::app
