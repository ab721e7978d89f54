#pragma once
// Projects as a table to paste into a spreadsheet (Excel, Hancom Office): the
// columns of the CSV export (ProjectColumns), header first, as tab-separated
// text and as an HTML table. Money cells are plain decimals in major units and
// empty when unknown, so a spreadsheet reads them as numbers and never as 0;
// cells that a spreadsheet would run as a formula are neutralised as in the CSV
// export.
#include "domain/LocalizedText.h"
#include "portfolio/Snapshot.h"

#include <QString>
#include <vector>

namespace c2c {

struct RowsTable {
    QString tsv;  // one line per row, cells separated by tabs, quoted like CSV where a cell holds a tab, quote or line break
    QString html; // a <table> with a header row; numbers right-aligned
};

RowsTable rowsTable(const Snapshot &snapshot, const std::vector<Row> &rows, Language lang);

} // namespace c2c
