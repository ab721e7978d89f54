// Cases side by side as an XLSX sheet: indicators in rows, subjects in
// columns, the rows where the subjects differ shaded.
#include "ExportFormats.h"
#include "XlsxFile.h"
#include "report/SummaryJson.h"

namespace c2c {

Status Export::comparisonXlsx(const Comparison &c, Language lang, const QString &caption, const QString &path)
{
    XlsxFile book(path, c.currency.isEmpty() ? QStringLiteral("USD") : c.currency, false);
    if (Status st = book.open(); !st)
        return st;
    lxw_worksheet *ws = book.addSheet(tr("Comparison"));
    book.writeText(ws, 0, 0, tr("Comparison"), book.title());
    book.writeText(ws, 1, 0, caption);
    constexpr int top = 3;
    lxw_format *differs = workbook_add_format(book.workbook());
    format_set_bg_color(differs, 0xFFF4D6);
    format_set_text_wrap(differs);
    lxw_format *differsMoney = workbook_add_format(book.workbook());
    format_set_bg_color(differsMoney, 0xFFF4D6);
    format_set_num_format(differsMoney, currencyDecimals(c.currency) == 0 ? "#,##0" : "#,##0.00");
    lxw_format *wrap = workbook_add_format(book.workbook());
    format_set_text_wrap(wrap);
    book.writeText(ws, top, 0, tr("Indicator"), book.header());
    worksheet_set_column(ws, 0, 0, 34, nullptr);
    for (int i = 0; i < c.subjects.size(); ++i) {
        book.writeText(ws, top, i + 1, c.subjects[i], book.header());
        worksheet_set_column(ws, lxw_col_t(i + 1), lxw_col_t(i + 1), 32, nullptr);
    }
    for (int r = 0; r < c.rows.size(); ++r) {
        const ComparisonRow &row = c.rows[r];
        const int at = top + 1 + r;
        book.writeText(ws, at, 0, row.label.text(lang), row.differs ? differs : nullptr);
        const bool money = Comparison::isMoney(row.code);
        for (int i = 0; i < row.values.size(); ++i) {
            const auto number = std::size_t(i) < row.numbers.size() ? row.numbers[std::size_t(i)] : std::nullopt;
            // Money and counts as numbers a spreadsheet can sum; lists and names as text.
            if (number && (money || row.code == QLatin1String("projects") || row.code == QLatin1String("not-counted")))
                worksheet_write_number(ws, lxw_row_t(at), lxw_col_t(i + 1), money ? minorToMajor(std::llround(*number), c.currency) : *number,
                                       money ? (row.differs ? differsMoney : book.money()) : (row.differs ? differs : nullptr));
            else
                book.writeText(ws, at, i + 1, row.values[i], row.differs ? differs : wrap);
        }
    }
    worksheet_freeze_panes(ws, top + 1, 1);
    return book.commit();
}

} // namespace c2c
