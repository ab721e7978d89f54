#pragma once
// A pivot as the researcher takes it away: a grid of cells (CSV, XLSX, the
// command line's table) or JSON. Money in major units of the reporting
// currency; a value that cannot be computed (an average over no known
// period) is an empty cell or null, never 0.
#include "domain/LocalizedText.h"
#include "portfolio/Pivot.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace c2c {

class PivotTable {
    Q_DECLARE_TR_FUNCTIONS(c2c::PivotTable)

public:
    // Header row (row dimension, column names, "Total"), one row per row key, a last "Total" row.
    static QList<QStringList> grid(const Pivot &pivot, PivotMeasure measure, Language lang);
    // A cell's value as plain text: "3500000.00" for money, "10.5" for years, "4" for counts.
    static QString text(const Pivot &pivot, const PivotCell &cell, PivotMeasure measure);
    static std::optional<double> number(const Pivot &pivot, const PivotCell &cell, PivotMeasure measure);
    // {rows, cols, measure, currency, columns: [{key, name_en, name_ko, total}], rows: [{key, name_en, name_ko, cells, total}], total}
    static QJsonObject json(const Pivot &pivot, PivotMeasure measure);
    static LocalizedText dimensionName(GroupBy by);
    static bool isMoney(PivotMeasure measure) { return measure == PivotMeasure::Total || measure == PivotMeasure::AverageBudgetPerYear; }
};

} // namespace c2c
