#include "Commands.h"

#include "io/CsvWriter.h"
#include "report/PivotTable.h"

#include <QJsonDocument>

namespace c2c::cli {

namespace {
const QString Dimensions = QStringLiteral(
    "actor, actor-kind, country, region, year, sector, sector-category, sdg, status, modality, channel, form, dimension");
} // namespace

void addPivotOptions(QCommandLineParser &p)
{
    addFilterOptions(p);
    p.addOption({QStringLiteral("rows"), CliText::tr("Dimension in rows: %1.").arg(Dimensions), CliText::tr("dimension")});
    p.addOption({QStringLiteral("cols"), CliText::tr("Dimension in columns (same choices)."), CliText::tr("dimension")});
    p.addOption({QStringLiteral("measure"), CliText::tr("total (default), projects, duration, per-year or countries."), CliText::tr("measure")});
    p.addOption({QStringLiteral("format"), CliText::tr("Output format: table, csv or json."), CliText::tr("format")});
}

int runPivot(Context &c)
{
    auto format = formatOption(c.parser, {QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")});
    if (!format) {
        c.err << format.error() << Qt::endl;
        return UsageError;
    }
    const auto dimension = [&](const char *option) -> std::optional<GroupBy> {
        const QString value = c.parser.value(QLatin1String(option));
        const auto by = groupByFromCode(value);
        if (!by)
            c.err << CliText::tr("--%1: \"%2\" is not a dimension; expected one of %3.")
                         .arg(QLatin1String(option), value, Dimensions)
                  << Qt::endl;
        return by;
    };
    if (!c.parser.isSet(QStringLiteral("rows")) || !c.parser.isSet(QStringLiteral("cols"))) {
        c.err << CliText::tr("pivot needs --rows and --cols, e.g. --rows actor --cols year.") << Qt::endl;
        return UsageError;
    }
    const auto rows = dimension("rows"), cols = dimension("cols");
    if (!rows || !cols)
        return UsageError;
    const QString measureCode = c.parser.isSet(QStringLiteral("measure")) ? c.parser.value(QStringLiteral("measure")) : QStringLiteral("total");
    const auto measure = pivotMeasureFromCode(measureCode);
    if (!measure) {
        c.err << CliText::tr("--measure: \"%1\" is not a measure; expected total, projects, duration, per-year or countries.").arg(measureCode)
              << Qt::endl;
        return UsageError;
    }
    auto query = openQuery(c.parser);
    if (!query) {
        c.err << query.error() << Qt::endl;
        return BadInput;
    }
    const Snapshot &s = query->snapshot();
    const Filter &filter = query->filter;
    const Pivot p = pivot(s, query->selection, *rows, *cols);
    if (format.value() == QLatin1String("json")) {
        QJsonObject o = PivotTable::json(p, *measure);
        o.insert(QStringLiteral("filter"), filter.describe(s, c.lang));
        c.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Success;
    }
    QList<QStringList> grid = PivotTable::grid(p, *measure, c.lang);
    if (format.value() == QLatin1String("csv")) {
        const CsvWriter csv;
        for (const QStringList &row : grid)
            c.out << csv.row(row);
        return Success;
    }
    c.out << filter.describe(s, c.lang) << QStringLiteral(" · ") << pivotMeasureName(*measure).text(c.lang);
    if (PivotTable::isMoney(*measure))
        c.out << QStringLiteral(" (") << p.currency << QLatin1Char(')');
    c.out << Qt::endl;
    const QStringList header = grid.takeFirst();
    printTable(c.out, header, grid);
    return Success;
}

} // namespace c2c::cli
