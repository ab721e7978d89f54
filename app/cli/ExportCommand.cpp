#include "Commands.h"

#include "report/ExportRunner.h"

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
    const auto format = app::ExportRunner::fromName(c.parser.value(QStringLiteral("format")));
    if (!format) {
        c.err << CliText::tr("Unknown export format \"%1\": expected pdf, xlsx, csv or iati.")
                     .arg(c.parser.value(QStringLiteral("format")))
              << Qt::endl;
        return UsageError;
    }
    const QString out = c.parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        c.err << CliText::tr("export needs --out PATH.") << Qt::endl;
        return UsageError;
    }
    auto query = openQuery(c.parser);
    if (!query) {
        c.err << query.error() << Qt::endl;
        return BadInput;
    }
    const app::ExportOutcome outcome = app::ExportRunner::run(*query.value().portfolio, query->filter, query->selection, {*format, c.lang, out});
    if (!outcome.status) {
        c.err << outcome.status.error() << Qt::endl;
        return BadInput;
    }
    for (const QString &s : outcome.skipped)
        c.err << CliText::tr("Not exported: %1").arg(s) << Qt::endl;
    for (const QString &w : outcome.warnings)
        c.err << CliText::tr("Warning: %1").arg(w) << Qt::endl;
    c.out << CliText::tr("%n project(s) written to %1", nullptr, int(outcome.written)).arg(QFileInfo(out).absoluteFilePath())
          << Qt::endl;
    return Success;
}

} // namespace c2c::cli
