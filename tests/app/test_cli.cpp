// The command line as a user runs it: the real executable, a fresh default
// portfolio in a temporary data folder, exit codes and JSON checked.
#include "AppFixture.h"
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>

namespace {

using CliFixture = CliRunner;

QJsonObject group(const QJsonObject &summary, const char *dimension, const QString &nameEn)
{
    for (const auto &g : summary.value(QLatin1String(dimension)).toArray())
        if (g.toObject().value(QStringLiteral("name_en")).toString() == nameEn)
            return g.toObject();
    return {};
}

} // namespace

BOOST_FIXTURE_TEST_CASE(summary_of_a_fresh_default_portfolio, CliFixture)
{
    const QJsonObject s = json({QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("json")});
    BOOST_TEST(s.value(QStringLiteral("projects")).toInt() == 13);
    BOOST_TEST(s.value(QStringLiteral("amount_known")).toInt() == 9);
    BOOST_TEST(s.value(QStringLiteral("amount_unknown")).toInt() == 4);
    BOOST_TEST(s.value(QStringLiteral("total")).toDouble() == 18540000.0);
    BOOST_TEST(s.value(QStringLiteral("currency")).toString() == QStringLiteral("USD"));
    BOOST_TEST(group(s, "by_actor", QStringLiteral("Gyeongsangbuk-do")).value(QStringLiteral("total")).toDouble() == 15360000.0);
    BOOST_TEST(QFile::exists(home.filePath(QStringLiteral("data/c2c-portfolio/portfolio.c2c"))));
    // A second run opens the same portfolio: no second seeding.
    BOOST_TEST(json({QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("json")})
                   .value(QStringLiteral("projects")).toInt() == 13);
}

BOOST_FIXTURE_TEST_CASE(filters_narrow_the_summary, CliFixture)
{
    const QJsonObject s = json({QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("json"),
                                QStringLiteral("--actor"), QStringLiteral("경상북도"), QStringLiteral("--country"),
                                QStringLiteral("Vietnam"), QStringLiteral("--country"), QStringLiteral("LA")});
    BOOST_TEST(s.value(QStringLiteral("projects")).toInt() == 2);
    BOOST_TEST(s.value(QStringLiteral("total")).toDouble() == 10960000.0);
    BOOST_TEST(s.value(QStringLiteral("filter")).toString().contains(QStringLiteral("Gyeongsangbuk-do")));

    const QJsonObject text = json({QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("json"),
                                   QStringLiteral("--text"), QStringLiteral("몽골"), QStringLiteral("--lang"), QStringLiteral("ko")});
    BOOST_TEST(text.value(QStringLiteral("projects")).toInt() == 2);

    const QJsonObject years = json({QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("json"),
                                    QStringLiteral("--from"), QStringLiteral("2026"), QStringLiteral("--to"), QStringLiteral("2030")});
    BOOST_TEST(years.value(QStringLiteral("projects")).toInt() == 4);
}

BOOST_FIXTURE_TEST_CASE(list_in_each_format, CliFixture)
{
    const Run table = run({QStringLiteral("list"), QStringLiteral("--lang"), QStringLiteral("ko")});
    BOOST_REQUIRE_MESSAGE(table.exitCode == 0, table.err);
    BOOST_TEST(table.out.contains(QStringLiteral("라오스 새마을운동 사업")));
    const Run csv = run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--lang"), QStringLiteral("en")});
    BOOST_REQUIRE(csv.exitCode == 0);
    BOOST_TEST(csv.out.count(QStringLiteral("\r\n")) == 14);
    BOOST_TEST(csv.out.contains(QStringLiteral("Saemaul Undong for Laos")));
    const Run list = run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--quality-notes")});
    BOOST_REQUIRE(list.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
    BOOST_TEST(rows.size() == 8);
}

BOOST_FIXTURE_TEST_CASE(bad_input_and_usage_errors_have_their_exit_codes, CliFixture)
{
    const Run unknownOption = run({QStringLiteral("summary"), QStringLiteral("--bogus")});
    BOOST_TEST(unknownOption.exitCode == 2);
    BOOST_TEST(unknownOption.err.contains(QStringLiteral("bogus")));
    const Run badFormat = run({QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("xml")});
    BOOST_TEST(badFormat.exitCode == 2);
    const Run badCountry = run({QStringLiteral("summary"), QStringLiteral("--country"), QStringLiteral("Atlantis")});
    BOOST_TEST(badCountry.exitCode == 1);
    BOOST_TEST(badCountry.err.contains(QStringLiteral("Atlantis")));
    const Run badYear = run({QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("soon")});
    BOOST_TEST(badYear.exitCode == 1);
    BOOST_TEST(badYear.err.contains(QStringLiteral("--from")));
    // A reversed range is a usage error, not a different selection.
    const Run reversed = run({QStringLiteral("summary"), QStringLiteral("--from"), QStringLiteral("2022"), QStringLiteral("--to"),
                              QStringLiteral("2019")});
    BOOST_TEST(reversed.exitCode == 2);
    BOOST_TEST(reversed.err.contains(QStringLiteral("--from 2019 --to 2022")));
    BOOST_TEST(reversed.out.isEmpty());

    const QString junk = home.filePath(QStringLiteral("junk.c2c"));
    QFile f(junk);
    BOOST_REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("this is not a database, just text\n");
    f.close();
    const Run corrupt = run({QStringLiteral("summary"), QStringLiteral("--db"), junk});
    BOOST_TEST(corrupt.exitCode == 1);
    BOOST_TEST(corrupt.err.contains(junk));

    const Run version = run({QStringLiteral("--version")});
    BOOST_TEST(version.exitCode == 0);
    BOOST_TEST(version.out.contains(QStringLiteral("c2c-portfolio")));
}

BOOST_FIXTURE_TEST_CASE(generate_then_bench, CliFixture)
{
    const QString db = home.filePath(QStringLiteral("gen.c2c"));
    const Run gen = run({QStringLiteral("generate"), QStringLiteral("--projects"), QStringLiteral("2000"), QStringLiteral("--seed"),
                         QStringLiteral("7"), QStringLiteral("--db"), db});
    BOOST_REQUIRE_MESSAGE(gen.exitCode == 0, gen.err);
    const QJsonObject s = json({QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--db"), db});
    BOOST_TEST(s.value(QStringLiteral("projects")).toInt() == 2000);
    BOOST_TEST(s.value(QStringLiteral("amount_unknown")).toInt() > 0);
    BOOST_TEST(s.value(QStringLiteral("not_converted")).toInt() > 0); // KRW and EUR budgets, no rates shipped
    // The same seed gives the same portfolio.
    const QString db2 = home.filePath(QStringLiteral("gen2.c2c"));
    BOOST_REQUIRE(run({QStringLiteral("generate"), QStringLiteral("--projects"), QStringLiteral("2000"), QStringLiteral("--seed"),
                       QStringLiteral("7"), QStringLiteral("--db"), db2}).exitCode == 0);
    const QJsonObject s2 = json({QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--db"), db2});
    BOOST_TEST(s2.value(QStringLiteral("total")).toDouble() == s.value(QStringLiteral("total")).toDouble());

    const QJsonObject bench = json({QStringLiteral("bench"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                                    QStringLiteral("json"), QStringLiteral("--runs"), QStringLiteral("1")});
    for (const char *key : {"projects", "load_ms", "filter_ms", "group_by_country_ms", "group_by_year_ms", "sort_ms",
                            "bytes_per_project", "pivot_ms", "export_csv_ms", "export_xlsx_ms"}) {
        BOOST_TEST_INFO(key);
        BOOST_TEST(bench.contains(QLatin1String(key)));
    }
    BOOST_TEST(bench.value(QStringLiteral("projects")).toInt() == 2000);
    BOOST_TEST(bench.value(QStringLiteral("bytes_per_project")).toDouble() > 0);
}

BOOST_FIXTURE_TEST_CASE(pivot_json_matches_the_summary, CliFixture)
{
    const QJsonObject summary = json({QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject p = json({QStringLiteral("pivot"), QStringLiteral("--rows"), QStringLiteral("actor"), QStringLiteral("--cols"),
                                QStringLiteral("year"), QStringLiteral("--format"), QStringLiteral("json")});
    BOOST_TEST(p.value(QStringLiteral("total")).toDouble() == 18540000.0);
    BOOST_TEST(p.value(QStringLiteral("measure")).toString() == QStringLiteral("total"));
    // Row totals are the summary's by_actor totals; each row's cells add up to its total (to the cent).
    const QJsonArray rows = p.value(QStringLiteral("rows")).toArray();
    BOOST_TEST(rows.size() == summary.value(QStringLiteral("by_actor")).toArray().size());
    for (const auto &r : rows) {
        const QJsonObject row = r.toObject();
        BOOST_TEST(row.value(QStringLiteral("total")).toDouble()
                   == group(summary, "by_actor", row.value(QStringLiteral("name_en")).toString()).value(QStringLiteral("total")).toDouble());
        qint64 cents = 0;
        for (const auto &cell : row.value(QStringLiteral("cells")).toArray())
            cents += qRound64(cell.toDouble() * 100);
        BOOST_TEST(cents == qRound64(row.value(QStringLiteral("total")).toDouble() * 100));
    }
    // Column totals are the summary's by_year totals.
    for (const auto &c : p.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject col = c.toObject();
        BOOST_TEST(col.value(QStringLiteral("total")).toDouble()
                   == group(summary, "by_year", col.value(QStringLiteral("name_en")).toString()).value(QStringLiteral("total")).toDouble());
    }
    const Run csv = run({QStringLiteral("pivot"), QStringLiteral("--rows"), QStringLiteral("country"), QStringLiteral("--cols"),
                         QStringLiteral("actor"), QStringLiteral("--measure"), QStringLiteral("projects"), QStringLiteral("--format"),
                         QStringLiteral("csv")});
    BOOST_REQUIRE(csv.exitCode == 0);
    BOOST_TEST(csv.out.contains(QStringLiteral("Vietnam,1,0,1,")));
    BOOST_TEST(run({QStringLiteral("pivot"), QStringLiteral("--rows"), QStringLiteral("galaxy"), QStringLiteral("--cols"),
                    QStringLiteral("year")}).exitCode == 2);
    BOOST_TEST(run({QStringLiteral("pivot"), QStringLiteral("--rows"), QStringLiteral("actor"), QStringLiteral("--cols"),
                    QStringLiteral("year"), QStringLiteral("--measure"), QStringLiteral("median")}).exitCode == 2);
}
