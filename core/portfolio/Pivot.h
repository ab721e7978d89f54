#pragma once
// The researcher's cross-table: the projects of a selection by one dimension
// in rows and another in columns (actor x year, country x sector, ...), with
// the measures they compare cases on. Amounts are split as group totals split
// them (Aggregation.h): a project's part in a row is split again over its
// column keys, so each row's cells add up to the row total exactly, and the
// row and column totals are the group totals core computes for that dimension.
#include "Aggregation.h"

#include <QList>
#include <vector>

namespace c2c {

enum class PivotMeasure { Total, Projects, AverageDuration, AverageBudgetPerYear, Countries };

struct PivotCell {
    Int128 total = 0;            // reporting currency, minor units, counted projects only
    std::int64_t projects = 0;   // projects with a part here
    std::int64_t notCounted = 0; // of which amount unknown or no exchange rate
    std::int64_t durationYears = 0, durationProjects = 0; // projects with a known start and end year
    std::int64_t countedYears = 0;                        // counted projects with a known duration: their years
    Int128 countedAmount = 0;                             // and their parts
    std::vector<std::uint64_t> countries;                 // partner countries seen (bit per country id)

    int countryCount() const;
    // The measure's value: minor units for money, plain numbers otherwise; nullopt when it cannot be computed
    // (a money measure over no counted project is unknown, not zero).
    std::optional<double> value(PivotMeasure measure) const;
    // A money measure exactly, in minor units (the average rounded half away from zero); nullopt as above.
    std::optional<Int128> money(PivotMeasure measure) const;
};

struct PivotAxis {
    GroupBy by = GroupBy::Actor;
    QStringList keys; // as Group::key; empty = not stated
    QList<LocalizedText> names;
    std::vector<PivotCell> totals;
};

struct Pivot {
    PivotAxis rows, cols;
    std::vector<PivotCell> cells; // row-major, rows.keys.size() x cols.keys.size()
    PivotCell grand;
    QString currency;

    const PivotCell &cell(int row, int col) const { return cells[std::size_t(row) * std::size_t(cols.keys.size()) + std::size_t(col)]; }
    // Rows ordered by a column's value (col -1: the row totals); unknown values last.
    void sortRows(int col, PivotMeasure measure, bool descending);
};

Pivot pivot(const Snapshot &snapshot, const Selection &selection, GroupBy rows, GroupBy cols);

QString pivotMeasureCode(PivotMeasure measure); // "total", "projects", "duration", "per-year", "countries"
std::optional<PivotMeasure> pivotMeasureFromCode(const QString &code);
LocalizedText pivotMeasureName(PivotMeasure measure);

} // namespace c2c
