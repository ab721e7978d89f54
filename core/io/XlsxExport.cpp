// The XLSX workbook of a portfolio summary. Totals are written as values, so
// LibreOffice and Excel show them without recalculating.
#include "ExportFormats.h"
#include "ProjectColumns.h"
#include "XlsxFile.h"
#include "portfolio/Portfolio.h"
#include "report/Figures.h"

#include <QFile>
#include <QFileInfo>
#include <charconv>
#include <cstdio>
#include <xlsxwriter.h>

namespace c2c {

namespace {

// Excel's sheet limit, header included; longer lists continue on further sheets.
constexpr std::int64_t MaxRows = 1048576;

// The cells hold plain decimals ("3500000.00"); from_chars reads them whatever the C locale.
double number(const std::string &cell)
{
    double v = 0;
    std::from_chars(cell.data(), cell.data() + cell.size(), v);
    return v;
}

void groupSheet(XlsxFile &b, const QString &name, const QList<Group> &groups, const PortfolioSummary &s, const QString &currency)
{
    lxw_worksheet *ws = b.addSheet(name);
    b.writeHeader(ws,
           {Export::tr("Code"), Export::tr("Name"), Export::tr("Projects"), Export::tr("Total (%1)").arg(currency),
            Export::tr("Not counted")},
           {12, 44, 10, 20, 12});
    lxw_row_t row = 1;
    for (const Group &g : groups) {
        b.writeText(ws, int(row), 0, g.key);
        b.writeText(ws, int(row), 1, g.name.text(s.language));
        worksheet_write_number(ws, row, 2, double(g.projects), nullptr);
        if (const auto total = Figures::total(g))
            worksheet_write_number(ws, row, 3, minorToMajor(*total, currency), b.money());
        else
            worksheet_write_blank(ws, row, 3, b.money()); // unknown, not zero
        worksheet_write_number(ws, row, 4, double(g.notCounted), nullptr);
        ++row;
    }
    worksheet_autofilter(ws, 0, 0, row - 1, 4);
}

} // namespace

Status Export::xlsx(const Portfolio &portfolio, const PortfolioSummary &summary, const QString &path,
                    const ExportProgress &progress, QStringList *warnings)
{
    const QString currency = summary.totals.currency;
    // Constant-memory mode: rows stream to disk in order, so a million projects need little memory.
    XlsxFile b(path, currency, true);
    if (Status st = b.open(); !st)
        return st;
    const Snapshot &s = portfolio.snapshot();

    // Summary: what was asked and the key figures.
    lxw_worksheet *sum = b.addSheet(tr("Summary"));
    worksheet_set_column(sum, 0, 0, 44, nullptr);
    worksheet_set_column(sum, 1, 1, 24, nullptr);
    b.writeText(sum, 0, 0, summary.portfolioName.isEmpty() ? tr("Portfolio summary") : summary.portfolioName, b.title());
    const QList<std::pair<QString, QString>> facts = {
        {tr("Selection"), summary.filterDescription},
        {tr("Generated"), summary.generated.toString(Qt::ISODate)},
        {tr("Reporting currency"), currency}};
    lxw_row_t row = 2;
    for (const auto &[label, value] : facts) {
        b.writeText(sum, int(row), 0, label, b.header());
        b.writeText(sum, int(row++), 1, value);
    }
    for (const Figures::KeyFigure &f : Figures::keyFigures(summary.totals)) {
        b.writeText(sum, int(row), 0, f.label, b.header());
        if (!f.isMoney)
            worksheet_write_number(sum, row, 1, double(f.count), nullptr);
        else if (f.money)
            worksheet_write_number(sum, row, 1, minorToMajor(*f.money, currency), b.money());
        else
            b.writeText(sum, int(row), 1, Figures::unknown()); // unknown, not zero
        ++row;
    }

    // Projects: as many sheets as Excel's row limit needs.
    const ProjectColumns columns(s, summary.language);
    const QStringList headers = columns.headers();
    ProjectColumns::Cells cells;
    const QList<double> widths = {22, 40, 40, 24, 18, 12, 28, 18, 10, 10, 14, 18, 16, 10, 18, 10, 16, 12, 10, 40};
    const auto total = static_cast<std::int64_t>(summary.rows.size());
    std::int64_t done = 0;
    int sheetNumber = 1;
    while (done < total || sheetNumber == 1) {
        const QString name = sheetNumber == 1 ? tr("Projects") : tr("Projects (%1)").arg(sheetNumber);
        lxw_worksheet *ws = b.addSheet(name);
        b.writeHeader(ws, headers, widths);
        lxw_row_t r = 1;
        for (; done < total && r < MaxRows; ++done, ++r) {
            const Row row = summary.rows[std::size_t(done)];
            columns.fill(row, cells);
            for (int c = 0; c < ProjectColumns::Count; ++c) {
                const std::string &cell = cells[std::size_t(c)];
                if (cell.empty())
                    continue;
                if (ProjectColumns::isNumber(c))
                    worksheet_write_number(ws, r, lxw_col_t(c), number(cell),
                                           ProjectColumns::isMoney(c) ? b.money(columns.decimals(row, c)) : nullptr);
                else
                    b.writeUtf8(ws, int(r), c, cell);
            }
            if (progress && done % 10000 == 0)
                progress(done, total);
        }
        worksheet_autofilter(ws, 0, 0, r - 1, lxw_col_t(headers.size() - 1));
        ++sheetNumber;
    }

    groupSheet(b, tr("By country"), summary.byCountry, summary, currency);
    groupSheet(b, tr("By actor"), summary.byActor, summary, currency);
    groupSheet(b, tr("By year"), summary.byYear, summary, currency);

    if (warnings)
        *warnings = b.warnings();
    if (Status st = b.commit(); !st)
        return st;
    if (progress)
        progress(total, total);
    return {};
}

} // namespace c2c
