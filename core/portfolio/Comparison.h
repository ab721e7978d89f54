#pragma once
// Cases side by side, as a researcher compares them: two to five actors on
// the same indicators (each over the actor's projects within the current
// filter), or two to five projects field by field. Core computes and formats
// every value; a row is marked when the subjects differ on it.
#include "Filter.h"
#include "Snapshot.h"
#include "domain/LocalizedText.h"

#include <QCoreApplication>
#include <QLocale>
#include <optional>

namespace c2c {

struct ComparisonRow {
    QString code;         // "projects", "total", "countries", ... or the project field
    LocalizedText label;
    QStringList values;   // one per subject, formatted for the reader ("" = none, "–" = cannot be computed)
    std::vector<std::optional<double>> numbers; // the numeric value per subject where the indicator is a number
    bool differs = false; // the subjects do not all have the same value
};

struct Comparison {
    QStringList subjects; // column headings: actor names or project keys and titles
    QString currency;     // of the money rows ("total", "per-year"), whose numbers are minor units
    QList<ComparisonRow> rows;
    const ComparisonRow *row(const QString &code) const;
    static bool isMoney(const QString &code) { return code == QLatin1String("total") || code == QLatin1String("per-year"); }
};

class Portfolio;

class Compare {
    Q_DECLARE_TR_FUNCTIONS(c2c::Compare)

public:
    static constexpr int MinSubjects = 2;
    static constexpr int MaxSubjects = 5;

    // Actors by database id, each over its projects within the selection.
    static Comparison actors(const Snapshot &snapshot, const Selection &within, const QList<std::int64_t> &actorIds,
                             Language lang, const QLocale &locale);
    // Projects by database id, every field side by side (read from the portfolio's storage).
    static Comparison projects(Portfolio &portfolio, const QList<std::int64_t> &projectIds, Language lang, const QLocale &locale);
};

} // namespace c2c
