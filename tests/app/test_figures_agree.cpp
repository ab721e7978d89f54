// One source of figures: the seed portfolio's totals rendered through every
// output a user reads or scripts against (summary JSON and text, PDF, XLSX,
// CSV, pivot JSON, the charts' bars) agree with core's computation, group by
// group, with the same counted / not counted projects, and no group whose
// amounts are all unknown shows 0.
#include "AppFixture.h"
#include "SeededPortfolio.h"
#include "XlsxCells.h"

#include "Translations.h"
#include "charts/ChartText.h"
#include "io/CsvReader.h"
#include "io/ProjectColumns.h"
#include "portfolio/Pivot.h"
#include "portfolio/TopGroups.h"
#include "report/ExportRunner.h"
#include "report/Figures.h"
#include "report/PivotTable.h"
#include "report/SummaryJson.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <boost/test/unit_test.hpp>

using namespace c2c;

namespace {

QString exportTo(Portfolio &p, const Selection &all, app::ExportFormat format, Language lang, const QString &path)
{
    const app::ExportOutcome outcome = app::ExportRunner::run(p, Filter{}, all, {format, lang, path});
    BOOST_REQUIRE_MESSAGE(outcome.status.ok(), outcome.status.error());
    return path;
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    BOOST_REQUIRE(p.waitForFinished(120000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The exact decimal core computed, or "" where the figure is unknown.
QString exact(const std::optional<Int128> &total, const QString &currency)
{
    return total ? minorToDecimalString(*total, currency) : QString();
}

// A spreadsheet number as written ("3500000" or "3500000.5") compared with an exact decimal.
bool sameNumber(const QString &cell, const QString &decimal)
{
    if (decimal.isEmpty())
        return cell.isEmpty();
    return !cell.isEmpty() && qAbs(cell.toDouble() - decimal.toDouble()) < 0.005;
}

struct Seeded : SeededPortfolio {
    Selection all = select(portfolio->snapshot(), Filter{});
    QString currency = portfolio->reportingCurrency();
    ~Seeded() { app::installLanguage(Language::English); }
};

} // namespace

BOOST_FIXTURE_TEST_CASE(the_seed_portfolio_has_groups_whose_amounts_are_all_unknown, Seeded)
{
    // The cases below are only meaningful if some group has nothing counted.
    int unknownGroups = 0;
    for (GroupBy by : {GroupBy::Actor, GroupBy::Country, GroupBy::Year})
        for (const Group &g : groupBy(portfolio->snapshot(), all, by))
            unknownGroups += !g.hasTotal();
    BOOST_TEST(unknownGroups > 0);
    BOOST_TEST(totals(portfolio->snapshot(), all).notCounted() > 0);
}

BOOST_FIXTURE_TEST_CASE(summary_json_and_text_agree_with_core, Seeded)
{
    const Snapshot &s = portfolio->snapshot();
    const Totals t = totals(s, all);
    const QJsonObject json = summaryJson(s, all);
    BOOST_TEST(json.value(QStringLiteral("projects")).toInteger() == t.projects);
    BOOST_TEST(json.value(QStringLiteral("counted")).toInteger() == t.counted());
    BOOST_TEST(json.value(QStringLiteral("not_counted")).toInteger() == t.notCounted());
    BOOST_TEST(json.value(QStringLiteral("total_exact")).toString() == exact(Figures::total(t), currency));
    const std::pair<const char *, GroupBy> dimensions[] = {{"by_actor", GroupBy::Actor}, {"by_country", GroupBy::Country}, {"by_year", GroupBy::Year}};
    for (const auto &[name, by] : dimensions) {
        const QList<Group> groups = groupBy(s, all, by);
        const QJsonArray array = json.value(QLatin1String(name)).toArray();
        BOOST_REQUIRE(array.size() == groups.size());
        for (int i = 0; i < groups.size(); ++i) {
            const QJsonObject o = array[i].toObject();
            BOOST_TEST_CONTEXT(name << " " << groups[i].key)
            {
                BOOST_TEST(o.value(QStringLiteral("projects")).toInteger() == groups[i].projects);
                BOOST_TEST(o.value(QStringLiteral("not_counted")).toInteger() == groups[i].notCounted);
                BOOST_TEST(o.value(QStringLiteral("counted")).toInteger() == groups[i].counted());
                if (groups[i].hasTotal())
                    BOOST_TEST(o.value(QStringLiteral("total_exact")).toString() == exact(groups[i].total, currency));
                else // unknown, not zero
                    BOOST_TEST(o.value(QStringLiteral("total")).isNull());
            }
        }
    }
}

BOOST_FIXTURE_TEST_CASE(xlsx_sheets_agree_with_core, Seeded)
{
    const Snapshot &s = portfolio->snapshot();
    const Totals t = totals(s, all);
    const QString path = exportTo(*portfolio, all, app::ExportFormat::Xlsx, Language::English, out(QStringLiteral("s.xlsx")));
    // The key figures: the same list, in the same order, as the PDF's.
    const xlsx::Sheet summary = xlsx::sheet(path, QStringLiteral("Summary"));
    QHash<QString, QString> byLabel;
    for (int row = 1; row < 30; ++row)
        byLabel.insert(summary.value(QStringLiteral("A%1").arg(row)), summary.value(QStringLiteral("B%1").arg(row)));
    for (const Figures::KeyFigure &f : Figures::keyFigures(t)) {
        BOOST_TEST_CONTEXT(f.label)
        {
            BOOST_REQUIRE(byLabel.contains(f.label));
            if (f.isMoney)
                BOOST_TEST(sameNumber(byLabel.value(f.label), exact(f.money, currency)));
            else
                BOOST_TEST(byLabel.value(f.label).toLongLong() == f.count);
        }
    }
    const std::pair<const char *, GroupBy> sheets[] = {{"By country", GroupBy::Country}, {"By actor", GroupBy::Actor}, {"By year", GroupBy::Year}};
    for (const auto &[name, by] : sheets) {
        const xlsx::Sheet sheet = xlsx::sheet(path, QLatin1String(name));
        const QList<Group> groups = groupBy(s, all, by);
        for (int i = 0; i < groups.size(); ++i) {
            const int row = i + 2;
            BOOST_TEST_CONTEXT(name << " row " << row << " " << groups[i].key)
            {
                BOOST_TEST(sheet.value(QStringLiteral("C%1").arg(row)).toLongLong() == groups[i].projects);
                BOOST_TEST(sheet.value(QStringLiteral("E%1").arg(row)).toLongLong() == groups[i].notCounted);
                // An all-unknown group's total is an empty cell, never 0.
                BOOST_TEST(sameNumber(sheet.value(QStringLiteral("D%1").arg(row)), exact(Figures::total(groups[i]), currency)));
            }
        }
    }
}

BOOST_FIXTURE_TEST_CASE(csv_rows_add_up_to_core_total, Seeded)
{
    const Totals t = totals(portfolio->snapshot(), all);
    const QString path = exportTo(*portfolio, all, app::ExportFormat::Csv, Language::English, out(QStringLiteral("s.csv")));
    QFile f(path);
    BOOST_REQUIRE(f.open(QIODevice::ReadOnly));
    CsvReader reader(QString::fromUtf8(f.readAll()).remove(QChar(0xFEFF)));
    QStringList fields;
    BOOST_REQUIRE(reader.next(fields)); // header
    Int128 sum = 0;
    std::int64_t rows = 0, known = 0;
    while (reader.next(fields)) {
        ++rows;
        const QString reported = fields.value(ProjectColumns::Reported);
        if (reported.isEmpty())
            continue;
        ++known;
        const auto m = Money::parse(reported, currency);
        BOOST_REQUIRE_MESSAGE(m.ok(), m.error());
        sum += m.value().minor();
    }
    BOOST_TEST(rows == t.projects);
    BOOST_TEST(known == t.counted());
    BOOST_TEST(rows - known == t.notCounted());
    BOOST_TEST(minorToDecimalString(sum, currency) == exact(Figures::total(t), currency));
}

BOOST_FIXTURE_TEST_CASE(pivot_json_agrees_with_core_groups, Seeded)
{
    const Snapshot &s = portfolio->snapshot();
    const Pivot p = pivot(s, all, GroupBy::Country, GroupBy::Year);
    const QJsonObject json = PivotTable::json(p, PivotMeasure::Total);
    const QList<Group> countries = groupBy(s, all, GroupBy::Country);
    const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
    BOOST_REQUIRE(rows.size() == countries.size());
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        const QString key = row.value(QStringLiteral("key")).toString();
        const auto g = std::find_if(countries.begin(), countries.end(), [&](const Group &c) { return c.key == key; });
        BOOST_REQUIRE(g != countries.end());
        BOOST_TEST_CONTEXT(key)
        {
            BOOST_TEST(row.value(QStringLiteral("projects")).toInteger() == g->projects);
            BOOST_TEST(row.value(QStringLiteral("not_counted")).toInteger() == g->notCounted);
            if (g->hasTotal())
                BOOST_TEST(qAbs(row.value(QStringLiteral("total")).toDouble() - minorToMajor(g->total, p.currency)) < 0.005);
            else
                BOOST_TEST(row.value(QStringLiteral("total")).isNull());
        }
    }
    const Totals t = totals(s, all);
    BOOST_TEST(qAbs(json.value(QStringLiteral("total")).toDouble() - minorToMajor(t.total, p.currency)) < 0.005);
}

BOOST_FIXTURE_TEST_CASE(pdf_figures_agree_and_unknown_reads_as_a_dash, Seeded)
{
    const Snapshot &s = portfolio->snapshot();
    const Totals t = totals(s, all);
    app::installLanguage(Language::English);
    const QString text = pdfText(exportTo(*portfolio, all, app::ExportFormat::Pdf, Language::English, out(QStringLiteral("s.pdf"))));
    const QLocale locale;
    const auto lineOf = [&](const QString &label) {
        for (const QString &line : text.split(QLatin1Char('\n')))
            if (line.contains(label))
                return line;
        return QString();
    };
    for (const Figures::KeyFigure &f : Figures::keyFigures(t)) {
        const QString line = lineOf(f.label);
        BOOST_TEST_CONTEXT(f.label << ": " << line)
        {
            BOOST_REQUIRE(!line.isEmpty());
            BOOST_TEST(line.contains(f.isMoney ? Figures::totalText(t, portfolio->displayUnit(), locale)
                                               : locale.toString(qlonglong(f.count))));
        }
    }
    // Every country group of the totals table reads as core formats it; an
    // all-unknown one shows no amount and no share (a dash), never 0.
    const QString totalsPart = text.section(QStringLiteral("By partner country"), 1).section(QStringLiteral("By year"), 0, 0);
    BOOST_REQUIRE(!totalsPart.isEmpty());
    int checked = 0;
    for (const Group &g : groupBy(s, all, GroupBy::Country)) {
        QString line;
        for (const QString &l : totalsPart.split(QLatin1Char('\n')))
            if (l.trimmed().startsWith(g.name.text(Language::English)))
                line = l;
        BOOST_TEST_CONTEXT(g.name.text(Language::English) << ": " << line)
        {
            BOOST_REQUIRE(!line.isEmpty());
            if (g.hasTotal()) {
                BOOST_TEST(line.contains(Figures::totalText(g, t.currency, portfolio->displayUnit(), locale)));
                BOOST_TEST(line.contains(Figures::shareText(g, t, locale)));
            } else {
                BOOST_TEST(!line.contains(t.currency));
                BOOST_TEST(!line.contains(QStringLiteral("%")));
                BOOST_TEST(line.contains(QStringLiteral("not counted")));
            }
            ++checked;
        }
    }
    BOOST_TEST(checked == groupBy(s, all, GroupBy::Country).size());
}

BOOST_FIXTURE_TEST_CASE(chart_bars_carry_core_group_totals, Seeded)
{
    const Snapshot &s = portfolio->snapshot();
    const Totals t = totals(s, all);
    const TopGroups top = topGroups(s, all, GroupBy::Country, 8);
    Int128 sum = 0;
    std::int64_t notCounted = 0;
    for (const Group &g : top.top)
        sum += g.total;
    if (top.others)
        sum += top.others->total;
    if (top.notStated)
        sum += top.notStated->total;
    // The bars split the total exactly: nothing is lost or counted twice.
    BOOST_TEST(minorToDecimalString(sum, currency) == minorToDecimalString(t.total, currency));
    for (const Group &g : groupBy(s, all, GroupBy::Country))
        notCounted += g.notCounted;
    BOOST_TEST(notCounted >= t.notCounted());
}
