#include "Figures.h"

#include <algorithm>

namespace c2c {

std::optional<double> Figures::share(const Group &g, const Totals &t)
{
    if (!g.hasTotal() || !t.hasTotal() || t.total <= 0)
        return std::nullopt;
    return 100.0 * double(g.total) / double(t.total);
}

QString Figures::totalText(const Totals &t, DisplayUnit unit, const QLocale &locale)
{
    return t.hasTotal() ? formatInUnit(t.total, t.currency, unit, locale) : unknown();
}

QString Figures::totalText(const Group &g, const QString &currency, DisplayUnit unit, const QLocale &locale)
{
    return g.hasTotal() ? formatInUnit(g.total, currency, unit, locale) : unknown();
}

QString Figures::shareText(const Group &g, const Totals &t, const QLocale &locale)
{
    const auto s = share(g, t);
    return s ? locale.toString(*s, 'f', 1) + QLatin1Char('%') : unknown();
}

QList<Figures::KeyFigure> Figures::keyFigures(const Totals &t)
{
    QList<KeyFigure> out;
    out.append({tr("Projects"), std::nullopt, false, t.projects});
    out.append({tr("Total budget (%1)").arg(t.currency), total(t), true, 0});
    out.append({tr("Counted in the total"), std::nullopt, false, t.counted()});
    out.append({tr("Budget unknown, not counted"), std::nullopt, false, t.amountUnknown});
    out.append({tr("No exchange rate to %1, not counted").arg(t.currency), std::nullopt, false, t.notConverted});
    return out;
}

QString Figures::countedSentence(const Totals &t, const QLocale &locale)
{
    QString s = tr("%1 of %2 projects counted").arg(locale.toString(qlonglong(t.counted())), locale.toString(qlonglong(t.projects)));
    QStringList why;
    if (t.amountUnknown)
        why << tr("%1 budget unknown").arg(locale.toString(qlonglong(t.amountUnknown)));
    if (t.notConverted)
        why << tr("%1 no exchange rate to %2").arg(locale.toString(qlonglong(t.notConverted)), t.currency);
    if (!why.isEmpty())
        s += tr("; not counted: %1").arg(why.join(QStringLiteral(", ")));
    return s;
}

QString Figures::missingRatesText(const QList<Snapshot::MissingRate> &rates)
{
    QStringList parts;
    for (const auto &m : rates)
        parts << (m.year == UnknownYear ? tr("%1 (year not known)").arg(m.currency) : QStringLiteral("%1 %2").arg(m.currency).arg(m.year));
    return parts.join(QStringLiteral(", "));
}

QString Figures::missingRatesSummary(const Snapshot &s, const std::vector<Row> &rows, int limit)
{
    QList<Snapshot::MissingRate> order;
    QList<std::int64_t> counts;
    for (Row r : rows) {
        if (s.reported[r] != NoRate)
            continue;
        for (const auto &m : s.missingRates(r)) {
            const auto i = order.indexOf(m);
            if (i < 0) {
                order.append(m);
                counts.append(1);
            } else {
                ++counts[i];
            }
        }
    }
    QList<qsizetype> ranked;
    for (qsizetype i = 0; i < order.size(); ++i)
        ranked.append(i);
    std::stable_sort(ranked.begin(), ranked.end(), [&](qsizetype a, qsizetype b) { return counts[a] > counts[b]; });
    QStringList parts;
    for (qsizetype i : ranked) {
        if (parts.size() == limit) {
            parts << tr("and %n more", nullptr, int(ranked.size() - limit));
            break;
        }
        parts << tr("%1 (%n project(s))", nullptr, int(counts[i])).arg(missingRatesText({order[i]}));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace c2c
