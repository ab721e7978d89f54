#include "Commands.h"

#include "BenchEdits.h"
#include "Workspace.h"
#include "models/ProjectTableModel.h"
#include "views/Dashboard.h"
#include "portfolio/Aggregation.h"
#include "portfolio/Pivot.h"
#include "portfolio/Sorting.h"
#include "report/ExportRunner.h"

#include <QChartView>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <algorithm>

namespace c2c::cli {

void addBenchOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("format"), CliText::tr("Output format: text or json."), CliText::tr("format")});
    p.addOption({QStringLiteral("runs"), CliText::tr("Repetitions of each timing; the median is reported."), CliText::tr("N"),
                 QStringLiteral("7")});
}

namespace {

// Median wall-clock milliseconds of runs of work.
template <class Work>
double medianMs(int runs, Work work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

struct ChartTimes {
    double update = 0, updateAll = 0, paint = 0;
};

// The dashboard's real charts: from a filter change (to the typical question,
// and to the whole portfolio) to every chart rebuilt and laid out, and the
// paint of all of them.
ChartTimes chartTimes(Portfolio &portfolio, const Filter &question, int runs)
{
    app::Workspace workspace(portfolio);
    app::Dashboard dashboard(workspace);
    dashboard.setAttribute(Qt::WA_DontShowOnScreen);
    dashboard.resize(1200, 1800);
    dashboard.show();
    QCoreApplication::processEvents();
    auto timeChange = [&](const Filter &from, const Filter &to) {
        std::vector<double> times;
        for (int i = 0; i < runs; ++i) {
            workspace.setFilter(from);
            QCoreApplication::processEvents();
            QElapsedTimer t;
            t.start();
            workspace.setFilter(to);
            // Until the charts are laid out again: their layout requests, queued calls and the deletion
            // of the old items (which the event loop would do; without one, deleted items pile up).
            QCoreApplication::sendPostedEvents();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            times.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        std::sort(times.begin(), times.end());
        return times[times.size() / 2];
    };
    ChartTimes out;
    out.update = timeChange(Filter{}, question);
    out.updateAll = timeChange(question, Filter{});
    out.paint = medianMs(runs, [&] {
        for (app::ChartKind kind : app::allChartKinds())
            dashboard.view(kind)->grab();
    });
    return out;
}

} // namespace

int runBench(Context &c)
{
    auto format = formatOption(c.parser, {QStringLiteral("text"), QStringLiteral("json")});
    if (!format) {
        c.err << format.error() << Qt::endl;
        return UsageError;
    }
    if (!c.parser.isSet(QStringLiteral("db"))) {
        c.err << CliText::tr("bench needs --db PATH (e.g. a portfolio written by generate).") << Qt::endl;
        return UsageError;
    }
    const int runs = std::max(1, c.parser.value(QStringLiteral("runs")).toInt());

    QElapsedTimer loadTimer;
    loadTimer.start();
    auto portfolio = openPortfolioFromOptions(c.parser);
    if (!portfolio) {
        c.err << portfolio.error() << Qt::endl;
        return BadInput;
    }
    const double loadMs = double(loadTimer.nsecsElapsed()) / 1e6;
    const Snapshot &s = portfolio.value()->snapshot();

    // A typical three-predicate question: one partner country, a year range, two statuses.
    Filter f;
    f.countries = {QStringLiteral("VN")};
    f.fromYear = 2015;
    f.toYear = 2025;
    f.statuses = {ActivityStatus::Implementation, ActivityStatus::Closed};
    Selection sel;
    const double filterMs = medianMs(runs, [&] { sel = select(s, f); });
    const double byCountryMs = medianMs(runs, [&] { groupBy(s, sel, GroupBy::Country); });
    const double byYearMs = medianMs(runs, [&] { groupBy(s, sel, GroupBy::Year); });
    const double sortMs = medianMs(runs, [&] {
        Selection copy = sel;
        sortSelection(s, copy, SortKey::Reported, true);
    });
    const double bytes = s.rowCount() ? double(s.memoryBytes()) / double(s.rowCount()) : 0.0;

    // The workspace's table: from a filter change to the first screen of cells, and sorting all rows.
    app::ProjectTableModel model(*portfolio.value());
    auto firstScreen = [&] {
        for (int r = 0; r < std::min(40, model.rowCount()); ++r)
            for (int c = 0; c < app::ProjectTableModel::ColumnCount; ++c)
                model.data(model.index(r, c));
    };
    const double tableUpdateMs = medianMs(runs, [&] {
        model.setSelection(select(s, f));
        firstScreen();
    });
    Filter typed;
    typed.text = QStringLiteral("vietnam");
    // Typing: the first letters scan every project's texts; each further letter refines the rows found.
    const double textSearchMs = medianMs(runs, [&] { select(s, typed); });
    Filter typedMore = typed;
    typedMore.text += QStringLiteral(" q");
    const Selection typedRows = select(s, typed);
    const double textRefineMs = medianMs(runs, [&] { refine(s, typedMore, typedRows); });
    model.setSelection(select(s, Filter{}));
    const double tableSortMs = medianMs(runs, [&] {
        model.sort(app::ProjectTableModel::Reported, Qt::DescendingOrder);
        firstScreen();
    });
    // The first sort by title collates every distinct title; later ones reuse that order until the rows change.
    const double tableSortTitleFirstMs = medianMs(1, [&] {
        model.sort(app::ProjectTableModel::Title, Qt::DescendingOrder);
        firstScreen();
    });
    const double tableSortTitleMs = medianMs(std::min(runs, 3), [&] {
        model.sort(app::ProjectTableModel::Title, Qt::AscendingOrder);
        firstScreen();
    });

    // The researcher's actor x year cross-table over the whole portfolio.
    const Selection everyRow = select(s, Filter{});
    const double pivotMs = medianMs(runs, [&] { pivot(s, everyRow, GroupBy::Actor, GroupBy::Year); });

    // Exports of the whole portfolio, once each (they take seconds, not milliseconds).
    QTemporaryDir exportDir;
    const Selection &everything = everyRow;
    const auto exportMs = [&](app::ExportFormat format) {
        QElapsedTimer t;
        t.start();
        const auto outcome = app::ExportRunner::run(*portfolio.value(), Filter{}, everything,
                                                    {format, c.lang, exportDir.filePath(QStringLiteral("bench.") + app::ExportRunner::extension(format))});
        if (!outcome.status)
            c.err << outcome.status.error() << Qt::endl;
        return outcome.status ? double(t.nsecsElapsed()) / 1e6 : -1.0;
    };
    const double exportCsvMs = exportMs(app::ExportFormat::Csv);
    const double exportXlsxMs = exportMs(app::ExportFormat::Xlsx);
    const ChartTimes charts = chartTimes(*portfolio.value(), f, runs);
    const auto edits = editTimes(*portfolio.value(), runs);
    if (!edits) {
        c.err << edits.error() << Qt::endl;
        return BadInput;
    }

    QJsonObject o;
    o.insert(QStringLiteral("export_csv_ms"), std::round(exportCsvMs));
    o.insert(QStringLiteral("export_xlsx_ms"), std::round(exportXlsxMs));
    o.insert(QStringLiteral("pivot_ms"), std::round(pivotMs * 100) / 100);
    o.insert(QStringLiteral("projects"), qint64(s.rowCount()));
    o.insert(QStringLiteral("selected"), qint64(sel.size()));
    o.insert(QStringLiteral("load_ms"), std::round(loadMs * 10) / 10);
    o.insert(QStringLiteral("filter_ms"), std::round(filterMs * 100) / 100);
    o.insert(QStringLiteral("group_by_country_ms"), std::round(byCountryMs * 100) / 100);
    o.insert(QStringLiteral("group_by_year_ms"), std::round(byYearMs * 100) / 100);
    o.insert(QStringLiteral("sort_ms"), std::round(sortMs * 100) / 100);
    o.insert(QStringLiteral("bytes_per_project"), std::round(bytes));
    o.insert(QStringLiteral("table_update_ms"), std::round(tableUpdateMs * 100) / 100);
    o.insert(QStringLiteral("table_sort_ms"), std::round(tableSortMs * 100) / 100);
    o.insert(QStringLiteral("table_sort_title_ms"), std::round(tableSortTitleMs * 100) / 100);
    o.insert(QStringLiteral("table_sort_title_first_ms"), std::round(tableSortTitleFirstMs * 100) / 100);
    o.insert(QStringLiteral("text_search_ms"), std::round(textSearchMs * 100) / 100);
    o.insert(QStringLiteral("text_refine_ms"), std::round(textRefineMs * 100) / 100);
    o.insert(QStringLiteral("charts_update_ms"), std::round(charts.update * 100) / 100);
    o.insert(QStringLiteral("charts_update_all_ms"), std::round(charts.updateAll * 100) / 100);
    o.insert(QStringLiteral("charts_paint_ms"), std::round(charts.paint * 100) / 100);
    o.insert(QStringLiteral("edit_update_ms"), std::round(edits.value().edit * 100) / 100);
    o.insert(QStringLiteral("undo_update_ms"), std::round(edits.value().undo * 100) / 100);
    o.insert(QStringLiteral("edit_views_ms"), std::round(edits.value().views * 100) / 100);
    o.insert(QStringLiteral("edit_facets_ms"), std::round(edits.value().facets * 100) / 100);
    o.insert(QStringLiteral("edit_rebuild_anchor_ms"), std::round(edits.value().rebuild * 100) / 100);
    if (format.value() == QLatin1String("json")) {
        c.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (auto it = o.begin(); it != o.end(); ++it)
        c.out << QStringLiteral("%1  %2").arg(it.key(), -22).arg(it.value().toVariant().toString()) << Qt::endl;
    return Success;
}

} // namespace c2c::cli
