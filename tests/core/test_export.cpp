// The CSV, XLSX and IATI exporters on the seed portfolio and on a filtered
// selection: what a spreadsheet or an IATI validator reads back must be what
// core computed, to the cent, in the export language.
#include "CoreFixture.h"
#include "SeededPortfolio.h"
#include "XlsxCells.h"

#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/ExportFormats.h"
#include "io/ProjectColumns.h"
#include "io/SeedImport.h"
#include "portfolio/Aggregation.h"
#include "portfolio/Portfolio.h"

#include <QDir>
#include <QFile>
#include <QXmlStreamReader>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTranslator>
#include <boost/test/unit_test.hpp>
#include <functional>

using namespace c2c;

namespace {

struct Seeded : SeededPortfolio {
    PortfolioSummary summary(const Filter &f = {}, Language lang = Language::English)
    {
        return PortfolioSummary::build(*portfolio, f, select(portfolio->snapshot(), f), lang);
    }
};

QList<QStringList> readCsv(const QString &path, bool *bom = nullptr)
{
    QFile f(path);
    BOOST_REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    if (bom)
        *bom = bytes.startsWith("\xEF\xBB\xBF");
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    CsvReader reader(QString::fromUtf8(bytes));
    QList<QStringList> rows;
    QStringList fields;
    while (reader.next(fields))
        rows.append(fields);
    BOOST_REQUIRE_MESSAGE(reader.error().isEmpty(), reader.error());
    return rows;
}

// Sum of a column of plain decimals, in minor units (no floating point).
std::int64_t sumMinor(const QList<QStringList> &rows, int column, const QString &currency)
{
    std::int64_t sum = 0;
    for (int i = 1; i < rows.size(); ++i)
        if (!rows[i][column].isEmpty())
            sum += Money::parse(rows[i][column], currency).value().minor();
    return sum;
}

} // namespace

BOOST_AUTO_TEST_CASE(decimals_are_written_exactly)
{
    std::string s;
    ProjectColumns::appendDecimal(s, 350000000, 2);
    BOOST_TEST(s == "3500000.00");
    s.clear();
    ProjectColumns::appendDecimal(s, -5, 2);
    BOOST_TEST(s == "-0.05");
    s.clear();
    ProjectColumns::appendDecimal(s, 1234567, 0);
    BOOST_TEST(s == "1234567");
    s.clear();
    ProjectColumns::appendDecimal(s, 7, 3);
    BOOST_TEST(s == "0.007");
}

BOOST_AUTO_TEST_CASE(csv_cells_that_would_run_as_formulas_are_neutralised)
{
    const CsvWriter csv;
    BOOST_TEST(csv.field(QStringLiteral("=HYPERLINK(\"x\")")) == QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
    BOOST_TEST(csv.field(QStringLiteral("+82 2")) == QStringLiteral("'+82 2"));
    BOOST_TEST(csv.field(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    BOOST_TEST(csv.field(QStringLiteral("\tx")) == QStringLiteral("'\tx"));
    BOOST_TEST(csv.field(QStringLiteral("-cmd")) == QStringLiteral("'-cmd"));
    // Numbers stay numbers; ordinary text is left alone.
    BOOST_TEST(csv.field(QStringLiteral("-12.50")) == QStringLiteral("-12.50"));
    BOOST_TEST(csv.field(QStringLiteral("2024")) == QStringLiteral("2024"));
    BOOST_TEST(csv.field(QStringLiteral("새마을 운동")) == QStringLiteral("새마을 운동"));
    BOOST_TEST(csv.field(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    BOOST_TEST(csv.field(QStringLiteral("two\nlines")) == QStringLiteral("\"two\nlines\""));
}

BOOST_FIXTURE_TEST_CASE(csv_of_the_seed_portfolio, Seeded)
{
    const PortfolioSummary s = summary();
    BOOST_REQUIRE(Export::csv(*portfolio, s, out(QStringLiteral("all.csv"))).ok());
    bool bom = false;
    const auto rows = readCsv(out(QStringLiteral("all.csv")), &bom);
    BOOST_TEST(bom);
    BOOST_REQUIRE(rows.size() == 14); // header + 13 projects
    BOOST_TEST(rows[0][ProjectColumns::Key] == QStringLiteral("Key"));
    for (const auto &row : rows)
        BOOST_TEST(row.size() == int(ProjectColumns::Count));
    // The reported budgets add up to core's total; four projects have no known budget.
    BOOST_TEST(sumMinor(rows, ProjectColumns::Reported, QStringLiteral("USD")) == s.totals.total);
    BOOST_TEST(s.totals.total == 1854000000);
    int unknown = 0;
    bool korean = false;
    for (int i = 1; i < rows.size(); ++i) {
        unknown += rows[i][ProjectColumns::Amount].isEmpty();
        korean |= rows[i][ProjectColumns::TitleKo].contains(QStringLiteral("새마을"));
    }
    BOOST_TEST(unknown == 4);
    BOOST_TEST(korean);
}

BOOST_FIXTURE_TEST_CASE(csv_of_a_filtered_selection, Seeded)
{
    Filter f;
    f.countries = {QStringLiteral("VN")};
    const PortfolioSummary s = summary(f);
    BOOST_REQUIRE(Export::csv(*portfolio, s, out(QStringLiteral("vn.csv"))).ok());
    const auto rows = readCsv(out(QStringLiteral("vn.csv")));
    BOOST_REQUIRE(rows.size() == 1 + int(s.rows.size()));
    BOOST_TEST(s.rows.size() == 2u);
    for (int i = 1; i < rows.size(); ++i)
        BOOST_TEST(rows[i][ProjectColumns::CountryCodes].split(QLatin1Char(';')).contains(QStringLiteral("VN")));
    BOOST_TEST(sumMinor(rows, ProjectColumns::Reported, QStringLiteral("USD")) == s.totals.total);
}

BOOST_FIXTURE_TEST_CASE(csv_round_trips_korean_quotes_newlines_and_formula_like_titles, Seeded)
{
    Project p;
    p.key = QStringLiteral("TEST-FORMULA");
    p.title.ko = QStringLiteral("=HYPERLINK(\"http://x\",\"클릭\")");
    p.title.en = QStringLiteral("Line one\nline \"two\", with a comma");
    p.leadActorId = portfolio->snapshot().actors.first().id;
    BOOST_REQUIRE(portfolio->addProject(p).ok());
    Filter f;
    f.text = QStringLiteral("TEST-FORMULA");
    const PortfolioSummary s = summary(f);
    BOOST_REQUIRE(s.rows.size() == 1u);
    BOOST_REQUIRE(Export::csv(*portfolio, s, out(QStringLiteral("f.csv"))).ok());
    const auto rows = readCsv(out(QStringLiteral("f.csv")));
    BOOST_REQUIRE(rows.size() == 2);
    BOOST_TEST(rows[1][ProjectColumns::TitleKo] == QLatin1Char('\'') + p.title.ko);
    BOOST_TEST(rows[1][ProjectColumns::TitleEn] == p.title.en);
    BOOST_TEST(rows[1][ProjectColumns::Amount].isEmpty()); // unknown, not 0
}

BOOST_FIXTURE_TEST_CASE(xlsx_shows_the_totals_core_computed, Seeded)
{
    const PortfolioSummary s = summary();
    const QString path = out(QStringLiteral("all.xlsx"));
    std::int64_t lastDone = -1;
    BOOST_REQUIRE(Export::xlsx(*portfolio, s, path, [&](std::int64_t done, std::int64_t) { lastDone = done; }).ok());
    BOOST_TEST(lastDone == 13);
    BOOST_TEST(xlsx::sheetNames(path)
               == QStringList({QStringLiteral("Summary"), QStringLiteral("Projects"), QStringLiteral("By country"),
                               QStringLiteral("By actor"), QStringLiteral("By year")}));
    // Summary: the total as a number, which the spreadsheet shows without recalculating.
    const xlsx::Sheet summarySheet = xlsx::sheet(path, QStringLiteral("Summary"));
    bool foundTotal = false;
    for (auto it = summarySheet.begin(); it != summarySheet.end(); ++it)
        if (it.value() == QStringLiteral("Total budget (USD)")) {
            const QString valueCell = QStringLiteral("B") + it.key().mid(1);
            BOOST_TEST(summarySheet.value(valueCell).toDouble() == 18540000.0);
            foundTotal = true;
        }
    BOOST_TEST(foundTotal);
    // Projects: 13 rows; column O (reported budget) adds up to the total.
    const xlsx::Sheet projects = xlsx::sheet(path, QStringLiteral("Projects"));
    BOOST_TEST(xlsx::rows(projects, QLatin1Char('A')) == 13);
    BOOST_TEST(projects.value(QStringLiteral("A1")) == QStringLiteral("Key"));
    double reported = 0;
    for (int r = 2; r <= 14; ++r)
        reported += projects.value(QStringLiteral("O%1").arg(r)).toDouble();
    BOOST_TEST(reported == 18540000.0, boost::test_tools::tolerance(1e-9));
    // By country: each group's total as core split it.
    const xlsx::Sheet byCountry = xlsx::sheet(path, QStringLiteral("By country"));
    BOOST_REQUIRE(xlsx::rows(byCountry, QLatin1Char('B')) == int(s.byCountry.size()));
    for (int i = 0; i < s.byCountry.size(); ++i) {
        BOOST_TEST(byCountry.value(QStringLiteral("A%1").arg(i + 2)) == s.byCountry[i].key);
        BOOST_TEST(byCountry.value(QStringLiteral("D%1").arg(i + 2)).toDouble() == double(s.byCountry[i].total) / 100.0,
                   boost::test_tools::tolerance(1e-9));
    }
}

BOOST_FIXTURE_TEST_CASE(xlsx_of_a_filtered_selection, Seeded)
{
    Filter f;
    f.countries = {QStringLiteral("VN")};
    const PortfolioSummary s = summary(f);
    const QString path = out(QStringLiteral("vn.xlsx"));
    BOOST_REQUIRE(Export::xlsx(*portfolio, s, path).ok());
    const xlsx::Sheet projects = xlsx::sheet(path, QStringLiteral("Projects"));
    BOOST_TEST(xlsx::rows(projects, QLatin1Char('A')) == 2);
    const double reported = projects.value(QStringLiteral("O2")).toDouble() + projects.value(QStringLiteral("O3")).toDouble();
    BOOST_TEST(reported == double(s.totals.total) / 100.0, boost::test_tools::tolerance(1e-9));
}

BOOST_FIXTURE_TEST_CASE(iati_export_validates_against_the_2_03_schema, Seeded)
{
    const PortfolioSummary s = summary();
    const QString path = out(QStringLiteral("seed.xml"));
    QStringList skipped;
    BOOST_REQUIRE(Export::iati(*portfolio, s, path, &skipped).ok());
    // Two seed cases state no year at all; IATI needs an activity date, so they are listed, not invented.
    BOOST_TEST(skipped.size() == 2);
    QProcess xmllint;
    xmllint.start(QStringLiteral("xmllint"),
                  {QStringLiteral("--noout"), QStringLiteral("--schema"),
                   QStringLiteral(C2C_TEST_DATA "/iati/schema/iati-activities-schema.xsd"), path});
    BOOST_REQUIRE(xmllint.waitForFinished(60000));
    BOOST_TEST(xmllint.exitCode() == 0, QString::fromUtf8(xmllint.readAllStandardError()).toStdString());

    QFile f(path);
    BOOST_REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    int activities = 0, koreanTitles = 0, budgets = 0;
    QStringList countries;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("iati-activity"))
            ++activities;
        else if (xml.name() == QLatin1String("narrative") && xml.attributes().value(QLatin1String("xml:lang")) == QLatin1String("ko"))
            koreanTitles += xml.readElementText().contains(QStringLiteral("새마을"));
        else if (xml.name() == QLatin1String("budget"))
            ++budgets;
        else if (xml.name() == QLatin1String("recipient-country"))
            countries.append(xml.attributes().value(QLatin1String("code")).toString());
    }
    BOOST_TEST(!xml.hasError());
    BOOST_TEST(activities == 11);
    BOOST_TEST(koreanTitles > 0);
    // Every budget line of every exported project is there.
    int expectedBudgets = 0;
    for (Row r : s.rows) {
        const auto p = portfolio->projects().read(portfolio->snapshot().projectId[r]);
        BOOST_REQUIRE(p.ok());
        if (!p.value().period.isUnknown())
            expectedBudgets += int(p.value().budget.size());
    }
    BOOST_TEST(budgets == expectedBudgets);
    BOOST_TEST(budgets >= 9);
    BOOST_TEST(countries.contains(QStringLiteral("LA")));
    BOOST_TEST(countries.contains(QStringLiteral("XK")));
}

BOOST_FIXTURE_TEST_CASE(a_failed_export_leaves_no_file, Seeded)
{
    const PortfolioSummary s = summary();
    const QString path = out(QStringLiteral("missing-folder/x"));
    using Write = std::function<Status()>;
    for (const Write &write : {Write([&] { return Export::csv(*portfolio, s, path, {}); }),
                               Write([&] { return Export::xlsx(*portfolio, s, path, {}); })}) {
        const Status st = write();
        BOOST_TEST(!st.ok());
        BOOST_TEST(st.error().contains(path));
    }
    const Status st = Export::iati(*portfolio, s, path, nullptr, {});
    BOOST_TEST(!st.ok());
    BOOST_TEST(st.error().contains(path));
    BOOST_TEST(!QFileInfo::exists(path));
    // Nothing half-written beside the portfolio either.
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    for (const QString &name : files)
        BOOST_TEST(name.startsWith(QStringLiteral("seed.c2c")), name.toStdString());
}
