#include "Commands.h"

#include "io/ExportFormats.h"
#include "report/PdfReport.h"

#include <QFileInfo>

namespace c2c::cli {

void addExportOptions(QCommandLineParser &p)
{
    addFilterOptions(p);
    p.addOption({QStringLiteral("format"), CliText::tr("Export format: pdf, xlsx, csv or iati."), CliText::tr("format")});
    p.addOption({QStringLiteral("out"), CliText::tr("The file to write."), CliText::tr("path")});
}

int runExport(Context &c)
{
    if (!c.parser.isSet(QStringLiteral("format"))) {
        c.err << CliText::tr("export needs --format pdf, xlsx, csv or iati.") << Qt::endl;
        return UsageError;
    }
    auto format = formatOption(c.parser, {QStringLiteral("pdf"), QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("iati")});
    if (!format) {
        c.err << format.error() << Qt::endl;
        return UsageError;
    }
    const QString out = c.parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        c.err << CliText::tr("export needs --out PATH.") << Qt::endl;
        return UsageError;
    }
    auto portfolio = openPortfolioFromOptions(c.parser);
    if (!portfolio) {
        c.err << portfolio.error() << Qt::endl;
        return BadInput;
    }
    auto filter = filterFromOptions(c.parser, portfolio.value()->snapshot());
    if (!filter) {
        c.err << filter.error() << Qt::endl;
        return BadInput;
    }
    const Selection sel = select(portfolio.value()->snapshot(), filter.value());
    const PortfolioSummary summary = PortfolioSummary::build(*portfolio.value(), filter.value(), sel, c.lang);
    QStringList skipped;
    Status st;
    if (format.value() == QLatin1String("csv"))
        st = Export::csv(*portfolio.value(), summary, out);
    else if (format.value() == QLatin1String("xlsx"))
        st = Export::xlsx(*portfolio.value(), summary, out);
    else if (format.value() == QLatin1String("iati"))
        st = Export::iati(*portfolio.value(), summary, out, &skipped);
    else
        st = app::PdfReport::write(*portfolio.value(), summary, out);
    if (!st) {
        c.err << st.error() << Qt::endl;
        return BadInput;
    }
    for (const QString &s : skipped)
        c.err << CliText::tr("Not exported: %1").arg(s) << Qt::endl;
    c.out << CliText::tr("%n project(s) written to %1", nullptr, int(sel.size() - skipped.size())).arg(QFileInfo(out).absoluteFilePath())
          << Qt::endl;
    return Success;
}

} // namespace c2c::cli
