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

std::int64_t displayUnitFactor(DisplayUnit unit)
{
    switch (unit) {
    case DisplayUnit::Thousand:
        return 1000;
    case DisplayUnit::Million:
        return 1000000;
    case DisplayUnit::HundredMillion:
        return 100000000;
    case DisplayUnit::One:
        break;
    }
    return 1;
}

QString displayUnitName(DisplayUnit unit, const QString &currency, const QLocale &locale)
{
    const bool korean = locale.language() == QLocale::Korean;
    const bool won = currency == QLatin1String("KRW");
    switch (unit) {
    case DisplayUnit::One:
        return korean && won ? QStringLiteral("원") : currency;
    case DisplayUnit::Thousand:
        return korean ? (won ? QStringLiteral("천원") : QStringLiteral("천 ") + currency) : currency + QStringLiteral(" thousand");
    case DisplayUnit::Million:
        return korean ? (won ? QStringLiteral("백만원") : QStringLiteral("백만 ") + currency) : currency + QStringLiteral(" million");
    case DisplayUnit::HundredMillion:
        return korean ? (won ? QStringLiteral("억원") : QStringLiteral("억 ") + currency) : currency + QStringLiteral(" 100 million");
    }
    return currency;
}

QString formatNumberInUnit(const Money &amount, DisplayUnit unit, const QLocale &locale)
{
    if (unit == DisplayUnit::One)
        return amount.formatNumber(locale);
    // Scaled value with one decimal, rounded half away from zero, in integer arithmetic.
    const Int128 scale = Int128(displayUnitFactor(unit)) * minorPerMajor(amount.currency());
    const std::int64_t tenths = divideRounded(Int128(amount.minor()) * 10, scale);
    QLocale l = locale;
    l.setNumberOptions(l.numberOptions() & ~QLocale::OmitGroupSeparator);
    return l.toString(double(tenths) / 10.0, 'f', 1);
}

QString formatInUnit(const Money &amount, DisplayUnit unit, const QLocale &locale)
{
    if (unit == DisplayUnit::One)
        return amount.format(locale);
    const QString number = formatNumberInUnit(amount, unit, locale);
    const QString name = displayUnitName(unit, amount.currency(), locale);
    const bool korean = locale.language() == QLocale::Korean;
    if (korean && amount.currency() == QLatin1String("KRW"))
        return number + name;
    return korean ? number + QLatin1Char(' ') + name : name.section(QLatin1Char(' '), 0, 0) + QLatin1Char(' ') + number
                                                          + (name.contains(QLatin1Char(' ')) ? QLatin1Char(' ') + name.section(QLatin1Char(' '), 1) : QString());
}

} // namespace c2c
