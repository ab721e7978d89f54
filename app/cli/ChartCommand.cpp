#include "Commands.h"

#include "charts/ChartRenderer.h"

#include <QFileInfo>

namespace c2c::cli {

void addChartOptions(QCommandLineParser &p)
{
    addFilterOptions(p, "actor-kind"); // --kind is the chart's
    p.addOption({QStringLiteral("kind"), CliText::tr("Chart: country, actor, year, sdg, sector, status or timeline."), CliText::tr("kind")});
    p.addOption({QStringLiteral("out"), CliText::tr("The image to write: a .png or .svg file."), CliText::tr("path")});
    p.addOption({QStringLiteral("width"), CliText::tr("Width in pixels (default 1200)."), CliText::tr("pixels"), QStringLiteral("1200")});
    p.addOption({QStringLiteral("height"), CliText::tr("Height in pixels (default 800)."), CliText::tr("pixels"), QStringLiteral("800")});
    p.addOption({QStringLiteral("stack"), CliText::tr("The year chart's stacks: actor or modality."), CliText::tr("by"), QStringLiteral("actor")});
}

int runChart(Context &c)
{
    const auto kind = app::chartKindFromCode(c.parser.value(QStringLiteral("kind")));
    if (!kind) {
        c.err << CliText::tr("chart needs --kind country, actor, year, sdg, sector, status or timeline.") << Qt::endl;
        return UsageError;
    }
    const QString out = c.parser.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (out.isEmpty() || (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))) {
        c.err << CliText::tr("chart needs --out FILE.png or FILE.svg.") << Qt::endl;
        return UsageError;
    }
    bool wOk = false, hOk = false;
    const QSize size(c.parser.value(QStringLiteral("width")).toInt(&wOk), c.parser.value(QStringLiteral("height")).toInt(&hOk));
    if (!wOk || !hOk || size.width() < 100 || size.height() < 100 || size.width() > 10000 || size.height() > 10000) {
        c.err << CliText::tr("--width and --height: whole numbers of pixels from 100 to 10000.") << Qt::endl;
        return UsageError;
    }
    app::ChartOptions options;
    const QString stack = c.parser.value(QStringLiteral("stack"));
    if (stack != QLatin1String("actor") && stack != QLatin1String("modality")) {
        c.err << CliText::tr("--stack: \"%1\" is not actor or modality.").arg(stack) << Qt::endl;
        return UsageError;
    }
    options.yearStack = stack == QLatin1String("modality") ? GroupBy::Modality : GroupBy::Actor;

    auto query = openQuery(c.parser, "actor-kind");
    if (!query) {
        c.err << query.error() << Qt::endl;
        return BadInput;
    }
    const Status st = app::ChartRenderer::write(*kind, *query.value().portfolio, query->selection, c.lang, size, out, options);
    if (!st) {
        c.err << st.error() << Qt::endl;
        return BadInput;
    }
    c.out << CliText::tr("Chart of %n project(s) written to %1", nullptr, int(query->selection.size())).arg(QFileInfo(out).absoluteFilePath())
          << Qt::endl;
    return Success;
}

} // namespace c2c::cli
