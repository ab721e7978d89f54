// The XLSX workbook, written with libxlsxwriter in constant-memory mode (rows
// stream to disk in order), into a temporary file renamed over the target
// only once complete. Totals are written as values, so LibreOffice and Excel
// show them without recalculating.
#include "ExportFormats.h"
#include "ProjectColumns.h"
#include "portfolio/Portfolio.h"
#include "report/SummaryJson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <charconv>
#include <cstdio>
#include <xlsxwriter.h>

namespace c2c {

namespace {

// Excel's sheet limit, header included; longer lists continue on further sheets.
constexpr std::int64_t MaxRows = 1048576;

struct Book {
    lxw_workbook *wb = nullptr;
    lxw_format *bold = nullptr;
    lxw_format *money = nullptr;
    lxw_format *title = nullptr;
    QByteArray utf8(const QString &s) { return s.toUtf8(); }
};

// The cells hold plain decimals ("3500000.00"); from_chars reads them whatever the C locale.
double number(const std::string &cell)
{
    double v = 0;
    std::from_chars(cell.data(), cell.data() + cell.size(), v);
    return v;
}

void header(Book &b, lxw_worksheet *ws, const QStringList &names, const QList<double> &widths)
{
    for (int c = 0; c < names.size(); ++c) {
        worksheet_write_string(ws, 0, lxw_col_t(c), b.utf8(names[c]).constData(), b.bold);
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths.value(c, 14), nullptr);
    }
    worksheet_freeze_panes(ws, 1, 0);
}

void groupSheet(Book &b, const QString &name, const QList<Group> &groups, const PortfolioSummary &s, const QString &currency)
{
    lxw_worksheet *ws = workbook_add_worksheet(b.wb, b.utf8(name).constData());
    header(b, ws,
           {Export::tr("Code"), Export::tr("Name"), Export::tr("Projects"), Export::tr("Total (%1)").arg(currency),
            Export::tr("Not counted")},
           {12, 44, 10, 20, 12});
    lxw_row_t row = 1;
    for (const Group &g : groups) {
        worksheet_write_string(ws, row, 0, b.utf8(g.key).constData(), nullptr);
        worksheet_write_string(ws, row, 1, b.utf8(g.name.text(s.language)).constData(), nullptr);
        worksheet_write_number(ws, row, 2, double(g.projects), nullptr);
        worksheet_write_number(ws, row, 3, toMajorUnits(g.total, currency), b.money);
        worksheet_write_number(ws, row, 4, double(g.notCounted), nullptr);
        ++row;
    }
    worksheet_autofilter(ws, 0, 0, row - 1, 4);
}

} // namespace

Status Export::xlsx(const Portfolio &portfolio, const PortfolioSummary &summary, const QString &path,
                    const ExportProgress &progress)
{
    const QFileInfo target(path);
    if (!QFileInfo(target.absolutePath()).isWritable())
        return Status::failure(tr("Cannot write %1: the folder %2 is not writable.").arg(path, target.absolutePath()));
    QTemporaryFile temp(target.absoluteFilePath() + QStringLiteral(".XXXXXX.partial"));
    if (!temp.open())
        return Status::failure(tr("Cannot write %1: %2").arg(path, temp.errorString()));
    temp.close();

    lxw_workbook_options options{LXW_TRUE, nullptr, LXW_TRUE};
    Book b;
    b.wb = workbook_new_opt(QFile::encodeName(temp.fileName()).constData(), &options);
    if (!b.wb)
        return Status::failure(tr("Cannot write %1: the workbook could not be created.").arg(path));
    b.bold = workbook_add_format(b.wb);
    format_set_bold(b.bold);
    format_set_bg_color(b.bold, 0xDDE7F0);
    b.title = workbook_add_format(b.wb);
    format_set_bold(b.title);
    format_set_font_size(b.title, 14);
    const Snapshot &s = portfolio.snapshot();
    const QString currency = summary.totals.currency;
    b.money = workbook_add_format(b.wb);
    const QByteArray moneyFormat =
        (currencyDecimals(currency) == 0 ? QByteArrayLiteral("#,##0") : QByteArrayLiteral("#,##0.00"));
    format_set_num_format(b.money, moneyFormat.constData());

    // Summary: what was asked and the key figures.
    lxw_worksheet *sum = workbook_add_worksheet(b.wb, b.utf8(tr("Summary")).constData());
    worksheet_set_column(sum, 0, 0, 44, nullptr);
    worksheet_set_column(sum, 1, 1, 24, nullptr);
    worksheet_write_string(sum, 0, 0, b.utf8(summary.portfolioName.isEmpty() ? tr("Portfolio summary") : summary.portfolioName).constData(), b.title);
    const QList<std::pair<QString, QString>> facts = {
        {tr("Selection"), summary.filterDescription},
        {tr("Generated"), summary.generated.toString(Qt::ISODate)},
        {tr("Reporting currency"), currency}};
    lxw_row_t row = 2;
    for (const auto &[label, value] : facts) {
        worksheet_write_string(sum, row, 0, b.utf8(label).constData(), b.bold);
        worksheet_write_string(sum, row++, 1, b.utf8(value).constData(), nullptr);
    }
    const QList<std::pair<QString, double>> figures = {
        {tr("Projects"), double(summary.totals.projects)},
        {tr("With a known budget"), double(summary.totals.amountKnown)},
        {tr("Budget unknown (not counted)"), double(summary.totals.amountUnknown)},
        {tr("No exchange rate (not counted)"), double(summary.totals.notConverted)}};
    for (const auto &[label, value] : figures) {
        worksheet_write_string(sum, row, 0, b.utf8(label).constData(), b.bold);
        worksheet_write_number(sum, row++, 1, value, nullptr);
    }
    worksheet_write_string(sum, row, 0, b.utf8(tr("Total (%1)").arg(currency)).constData(), b.bold);
    worksheet_write_number(sum, row++, 1, toMajorUnits(summary.totals.total, currency), b.money);

    // Projects: as many sheets as Excel's row limit needs.
    const ProjectColumns columns(s, summary.language);
    const QStringList headers = columns.headers();
    ProjectColumns::Cells cells;
    const QList<double> widths = {22, 40, 40, 24, 18, 12, 28, 18, 10, 10, 14, 18, 16, 10, 18, 10, 16, 12, 10};
    const auto total = static_cast<std::int64_t>(summary.rows.size());
    std::int64_t done = 0;
    int sheetNumber = 1;
    while (done < total || sheetNumber == 1) {
        const QString name = sheetNumber == 1 ? tr("Projects") : tr("Projects (%1)").arg(sheetNumber);
        lxw_worksheet *ws = workbook_add_worksheet(b.wb, b.utf8(name).constData());
        header(b, ws, headers, widths);
        lxw_row_t r = 1;
        for (; done < total && r < MaxRows; ++done, ++r) {
            columns.fill(summary.rows[std::size_t(done)], cells);
            for (int c = 0; c < ProjectColumns::Count; ++c) {
                const std::string &cell = cells[std::size_t(c)];
                if (cell.empty())
                    continue;
                if (ProjectColumns::isNumber(c))
                    worksheet_write_number(ws, r, lxw_col_t(c), number(cell), ProjectColumns::isMoney(c) ? b.money : nullptr);
                else
                    worksheet_write_string(ws, r, lxw_col_t(c), cell.c_str(), nullptr);
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

    const lxw_error error = workbook_close(b.wb);
    if (error != LXW_NO_ERROR)
        return Status::failure(tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(error))));
    // rename() replaces the target in one step: readers see the old file or the new one, never half of one.
    if (std::rename(QFile::encodeName(temp.fileName()).constData(), QFile::encodeName(path).constData()) != 0)
        return Status::failure(tr("Cannot write %1: the finished workbook could not be moved into place.").arg(path));
    temp.setAutoRemove(false);
    // The temporary file was private; the workbook is an ordinary document.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (progress)
        progress(total, total);
    return {};
}

} // namespace c2c
