// A pivot as CSV (the grid, UTF-8 with a BOM, formulas neutralised) and as an
// XLSX sheet with what was asked above the grid and the values as numbers.
#include "CsvWriter.h"
#include "ExportFormats.h"
#include "XlsxFile.h"
#include "report/PivotTable.h"

#include <QSaveFile>

namespace c2c {

Status Export::pivotCsv(const Pivot &pivot, PivotMeasure measure, Language lang, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    const CsvWriter csv;
    QByteArray bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    for (const QStringList &row : PivotTable::grid(pivot, measure, lang))
        bytes += csv.row(row).toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Status Export::pivotXlsx(const Pivot &pivot, PivotMeasure measure, Language lang, const QString &caption, const QString &path)
{
    XlsxFile book(path, pivot.currency, false);
    if (Status st = book.open(); !st)
        return st;
    lxw_worksheet *ws = book.addSheet(tr("Pivot"));
    QString title = pivotMeasureName(measure).text(lang);
    if (PivotTable::isMoney(measure))
        title += QStringLiteral(" (%1)").arg(pivot.currency);
    book.writeText(ws, 0, 0, title, book.title());
    book.writeText(ws, 1, 0, caption);
    const QList<QStringList> grid = PivotTable::grid(pivot, measure, lang);
    constexpr int top = 3; // the grid's header row
    lxw_format *format = PivotTable::isMoney(measure) ? book.money()
                         : measure == PivotMeasure::AverageDuration ? book.decimal()
                                                                    : nullptr;
    const int cols = int(grid.first().size());
    for (int c = 0; c < cols; ++c) {
        book.writeText(ws, top, c, grid.first()[c], book.header());
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), c == 0 ? 36 : 16, nullptr);
    }
    const auto cellAt = [&](int r, int c) -> const PivotCell & {
        const bool totalRow = r == pivot.rows.keys.size(), totalCol = c == pivot.cols.keys.size();
        if (totalRow && totalCol)
            return pivot.grand;
        if (totalRow)
            return pivot.cols.totals[std::size_t(c)];
        if (totalCol)
            return pivot.rows.totals[std::size_t(r)];
        return pivot.cell(r, c);
    };
    for (int r = 0; r <= pivot.rows.keys.size(); ++r) {
        const int row = top + 1 + r;
        const bool totalRow = r == pivot.rows.keys.size();
        book.writeText(ws, row, 0, grid[r + 1][0], totalRow ? book.header() : nullptr);
        for (int c = 0; c <= pivot.cols.keys.size(); ++c)
            if (const auto v = PivotTable::number(pivot, cellAt(r, c), measure))
                worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(c + 1), *v, format);
    }
    worksheet_freeze_panes(ws, top + 1, 1);
    return book.commit();
}

} // namespace c2c
