#include "Commands.h"

#include "report/Figures.h"
#include "report/SummaryJson.h"

#include <QJsonDocument>

namespace c2c::cli {

void addSummaryOptions(QCommandLineParser &p)
{
    addFilterOptions(p);
    p.addOption({QStringLiteral("currency"), CliText::tr("Reporting currency for this summary, e.g. USD or KRW (needs exchange rates)."),
                 CliText::tr("code")});
    p.addOption({QStringLiteral("format"), CliText::tr("Output format: text or json."), CliText::tr("format")});
}

int runSummary(Context &c)
{
    auto format = formatOption(c.parser, {QStringLiteral("text"), QStringLiteral("json")});
    if (!format) {
        c.err << format.error() << Qt::endl;
        return UsageError;
    }
    auto portfolio = openPortfolioFromOptions(c.parser);
    if (!portfolio) {
        c.err << portfolio.error() << Qt::endl;
        return BadInput;
    }
    if (c.parser.isSet(QStringLiteral("currency"))) {
        const QString currency = c.parser.value(QStringLiteral("currency")).toUpper();
        if (!isCurrencyCodeShaped(currency)) {
            c.err << CliText::tr("--currency: \"%1\" is not a currency code.").arg(currency) << Qt::endl;
            return BadInput;
        }
        portfolio.value()->useReportingCurrency(currency);
    }
    const Snapshot &s = portfolio.value()->snapshot();
    auto filter = filterFromOptions(c.parser, s);
    if (!filter) {
        c.err << filter.error() << Qt::endl;
        return BadInput;
    }
    const Selection sel = select(s, filter.value());
    const QString sentence = filter->describe(s, c.lang);
    if (format.value() == QLatin1String("json")) {
        c.out << QString::fromUtf8(QJsonDocument(summaryJson(s, sel, sentence)).toJson(QJsonDocument::Indented));
        return Success;
    }
    const QLocale locale;
    const Totals t = totals(s, sel);
    // Exact amounts (no display unit): the figures a script or an officer checks.
    const auto money = [&](const std::optional<Int128> &v) { return v ? formatMinor(*v, t.currency, locale) : Figures::unknown(); };
    c.out << sentence << Qt::endl;
    c.out << CliText::tr("Projects: %1").arg(t.projects) << Qt::endl;
    c.out << CliText::tr("Total: %1").arg(money(Figures::total(t))) << Qt::endl;
    c.out << Figures::countedSentence(t, locale) << Qt::endl;
    const std::pair<QString, GroupBy> dimensions[] = {
        {CliText::tr("By lead actor"), GroupBy::Actor},     {CliText::tr("By partner country"), GroupBy::Country},
        {CliText::tr("By year"), GroupBy::Year},            {CliText::tr("By sector"), GroupBy::Sector},
        {CliText::tr("By SDG goal"), GroupBy::SdgGoal},     {CliText::tr("By status"), GroupBy::Status},
    };
    for (const auto &[title, by] : dimensions) {
        c.out << Qt::endl << title << Qt::endl;
        for (const Group &g : groupBy(s, sel, by)) {
            QString line = QStringLiteral("  %1  %2  %3").arg(g.name.text(c.lang), CliText::tr("%n project(s)", nullptr, int(g.projects)),
                                                              money(Figures::total(g)));
            if (g.notCounted)
                line += QLatin1String("  ") + CliText::tr("(%1 not counted)").arg(g.notCounted);
            c.out << line << Qt::endl;
        }
    }
    return Success;
}

} // namespace c2c::cli
