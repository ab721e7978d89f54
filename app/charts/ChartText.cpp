#include "ChartText.h"

#include "Translations.h"

#include <QFontMetrics>
#include <QSet>
#include <QTranslator>
#include <memory>

namespace c2c::app {

namespace {

// One catalogue per language, loaded once from the embedded .qm files.
const QTranslator *catalogue(Language lang)
{
    static std::unique_ptr<QTranslator> ko, en;
    auto &t = lang == Language::Korean ? ko : en;
    if (!t) {
        t = std::make_unique<QTranslator>();
        if (!t->load(QStringLiteral(":/i18n/c2c_%1.qm").arg(languageCode(lang))))
            qWarning("No chart translations for %s", qPrintable(languageCode(lang)));
    }
    return t.get();
}

} // namespace

QString chartTr(Language lang, const char *source, int n)
{
    QString text = catalogue(lang)->translate(ChartContext, source, nullptr, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QStringLiteral("%n"), chartLocale(lang).toString(n));
    return text;
}

QLocale chartLocale(Language lang)
{
    return lang == Language::Korean ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                    : QLocale(QLocale::English, QLocale::UnitedStates);
}

AmountScale amountScale(const QString &currency, DisplayUnit preferred, Int128 largestMinor, Language lang)
{
    DisplayUnit unit = preferred;
    if (unit == DisplayUnit::One) {
        const Int128 major = largestMinor / minorPerMajor(currency);
        const bool won = currency == QLatin1String("KRW");
        if (won && major >= 100000000)
            unit = DisplayUnit::HundredMillion;
        else if (major >= 10000000 || (won && major >= 1000000))
            unit = DisplayUnit::Million;
        else if (major >= 10000)
            unit = DisplayUnit::Thousand;
    }
    return fixedScale(currency, unit, lang);
}

AmountScale fixedScale(const QString &currency, DisplayUnit unit, Language lang)
{
    AmountScale s;
    s.currency = currency;
    s.unit = unit;
    s.divisor = double(minorPerMajor(currency)) * double(displayUnitFactor(unit, chartLocale(lang)));
    s.unitName = displayUnitName(unit, currency, chartLocale(lang));
    return s;
}

QString axisLabelFormat(double max, int tickCount)
{
    const double step = tickCount > 1 ? max / (tickCount - 1) : max;
    int decimals = 0;
    for (double unit = 1.0; step > 0 && step < unit - 1e-12 && decimals < 6; unit /= 10.0)
        ++decimals;
    return QStringLiteral("%.%1f").arg(decimals);
}

QString exactAmount(Int128 minor, const QString &currency, Language lang)
{
    return formatMinor(minor, currency, chartLocale(lang));
}

QString shareText(Int128 part, Int128 whole, Language lang)
{
    if (whole <= 0)
        return QStringLiteral("–");
    return chartLocale(lang).toString(100.0 * double(part) / double(whole), 'f', 1) + QLatin1Char('%');
}

QString elide(const QString &name, const QFont &font, int width)
{
    return QFontMetrics(font).elidedText(name, Qt::ElideRight, width);
}

QStringList uniqueLabels(const QStringList &labels)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &l : labels) {
        QString label = l;
        for (int n = 2; seen.contains(label); ++n)
            label = QStringLiteral("%1 (%2)").arg(l).arg(n);
        seen.insert(label);
        out.append(label);
    }
    return out;
}

} // namespace c2c::app
