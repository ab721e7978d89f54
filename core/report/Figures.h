#pragma once
// How core's figures read, the same in every output (status bar, charts,
// pivot, comparison, summary text and JSON, PDF, XLSX): a total over nothing
// counted is unknown and reads "–" (an empty cell in a spreadsheet), never 0;
// every total says how many projects it could not count.
#include "domain/DisplayUnit.h"

#include <QCoreApplication>
#include "portfolio/Aggregation.h"

#include <optional>

namespace c2c {

class Figures {
    Q_DECLARE_TR_FUNCTIONS(c2c::Figures)

public:
    // The text shown where a figure is unknown.
    static QString unknown() { return QStringLiteral("–"); }

    // The total in minor units, or nullopt when no project was counted.
    static std::optional<Int128> total(const Totals &t) { return t.hasTotal() ? std::optional<Int128>(t.total) : std::nullopt; }
    static std::optional<Int128> total(const Group &g) { return g.hasTotal() ? std::optional<Int128>(g.total) : std::nullopt; }
    // The group's share of the overall total in percent; nullopt when either is unknown or the whole is not positive.
    static std::optional<double> share(const Group &g, const Totals &t);

    static QString totalText(const Totals &t, DisplayUnit unit, const QLocale &locale);
    static QString totalText(const Group &g, const QString &currency, DisplayUnit unit, const QLocale &locale);
    static QString shareText(const Group &g, const Totals &t, const QLocale &locale);

    // The key figures of a selection, in this order, for every report.
    struct KeyFigure {
        QString label;
        std::optional<Int128> money; // set for the total (nullopt inside isMoney: unknown)
        bool isMoney = false;
        std::int64_t count = 0;
    };
    static QList<KeyFigure> keyFigures(const Totals &t);

    // "12 of 14 counted; not counted: 1 budget unknown, 1 no exchange rate to USD"
    static QString countedSentence(const Totals &t, const QLocale &locale);

    // "KRW 2019, EUR (year not known)": the rates a project lacks to be reported.
    static QString missingRatesText(const QList<Snapshot::MissingRate> &rates);
    // Over a selection: each missing rate with the number of projects lacking it, the
    // most needed first, at most limit of them ("KRW 2019 (12 projects), …").
    static QString missingRatesSummary(const Snapshot &s, const std::vector<Row> &rows, int limit);
};

} // namespace c2c
