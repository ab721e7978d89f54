// Spreadsheet import, field by field: each fixture imported into a new portfolio
// gives exactly the projects, actors and problems of its golden file (written by
// the import as it was before it was made fast), and a bad row in the middle of
// a file fails the whole import with its file, line, field and value, leaving the
// portfolio as it was. Set C2C_UPDATE_GOLDEN=1 to rewrite the golden files.
#include "CoreFixture.h"
#include "EmptyPortfolio.h"

#include "io/CsvImport.h"
#include "io/ImportWriter.h"
#include "portfolio/Portfolio.h"
#include "storage/ActorRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <boost/test/unit_test.hpp>

using namespace c2c;

namespace {

QString escaped(QString text)
{
    return text.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('\r'), QLatin1String("\\r"))
        .replace(QLatin1Char('\n'), QLatin1String("\\n"));
}

QString date(const std::optional<PartialDate> &d)
{
    return d ? d->toIso() : QStringLiteral("-");
}

QString optionalInt(const std::optional<int> &v)
{
    return v ? QString::number(*v) : QStringLiteral("-");
}

// Everything an import stores, one project per paragraph, in key order.
QString dump(Portfolio &portfolio, const ImportReport &report)
{
    QStringList out;
    out << QStringLiteral("imported %1, updated %2, skipped %3").arg(report.imported).arg(report.updated).arg(report.skipped);
    for (const ImportIssue &i : report.issues)
        out << QStringLiteral("%1 %2").arg(i.kind == ImportIssue::Error ? QLatin1String("error") : QLatin1String("warning"),
                                         escaped(i.text()));
    auto projects = portfolio.projects().readAll();
    BOOST_REQUIRE_MESSAGE(projects.ok(), projects.error());
    QList<Project> list = projects.value();
    std::sort(list.begin(), list.end(), [](const Project &a, const Project &b) { return a.key < b.key; });
    for (const Project &p : list) {
        QString actor = QStringLiteral("-");
        if (p.leadActorId) {
            const Actor a = portfolio.actors().read(p.leadActorId).value();
            actor = QStringLiteral("%1/%2/%3/%4").arg(a.name.ko, a.name.en, toCode(a.kind), a.moisCode);
        }
        out << QString();
        out << QStringLiteral("key %1 iati %2 version %3").arg(p.key, p.iatiIdentifier).arg(p.version);
        out << QStringLiteral("title %1 | %2").arg(escaped(p.title.ko), escaped(p.title.en));
        out << QStringLiteral("description %1 | %2").arg(escaped(p.description.ko), escaped(p.description.en));
        out << QStringLiteral("actor %1").arg(actor);
        out << QStringLiteral("period %1 %2 - %3 %4")
                   .arg(date(p.period.start))
                   .arg(p.period.startActual)
                   .arg(date(p.period.end))
                   .arg(p.period.endActual);
        out << QStringLiteral("codes %1 %2 %3 printed %4")
                   .arg(toCode(p.status), toCode(p.modality), toCode(p.fundingChannel), escaped(p.amountAsPrinted));
        for (const PartnerCountry &c : p.countries)
            out << QStringLiteral("country %1 %2 | %3 share %4").arg(c.code, c.locality.ko, c.locality.en, optionalInt(c.share));
        for (const SectorShare &s : p.sectors)
            out << QStringLiteral("sector %1 %2 share %3").arg(s.vocabulary, s.code, optionalInt(s.share));
        for (const SdgTag &s : p.sdgs)
            out << QStringLiteral("sdg %1 %2").arg(s.goal).arg(s.target);
        for (const BudgetLine &b : p.budget)
            out << QStringLiteral("budget %1 - %2 %3 %4 %5 %6")
                       .arg(date(b.period.start), date(b.period.end))
                       .arg(b.amount.minor())
                       .arg(b.amount.currency(), toCode(b.type), toCode(b.status));
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

ImportReport importFile(Portfolio &portfolio, const QString &path)
{
    return ImportWriter::run(
        portfolio,
        [&](const ItemSink &sink, QList<ImportIssue> &issues) {
            auto doc = CsvImport::load(path);
            if (!doc) {
                issues.append({ImportIssue::Error, {}, 0, {}, doc.error()});
                return;
            }
            CsvImport::read(doc.value(), ColumnMapping::suggest(doc->header), {QString(), QStringLiteral("ROW")}, sink,
                            issues);
        },
        DuplicatePolicy::Update, false);
}

void compareWithGolden(const char *fixture)
{
    EmptyPortfolio empty;
    const ImportReport report = importFile(*empty.portfolio, kCsv + QLatin1String(fixture));
    const QString actual = dump(*empty.portfolio, report);
    // Every reference the import wrote points at a row that is there.
    QSqlQuery check(empty.portfolio->database().sql());
    BOOST_REQUIRE(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
    BOOST_TEST(!check.next(), fixture << ": a dangling reference in " << check.value(0).toString().toStdString());
    QFile golden(kCsv + QStringLiteral("golden/") + QLatin1String(fixture) + QStringLiteral(".txt"));
    if (qEnvironmentVariableIsSet("C2C_UPDATE_GOLDEN")) {
        BOOST_REQUIRE(golden.open(QIODevice::WriteOnly));
        golden.write(actual.toUtf8());
        return;
    }
    BOOST_REQUIRE_MESSAGE(golden.open(QIODevice::ReadOnly), golden.fileName());
    const QStringList want = QString::fromUtf8(golden.readAll()).split(QLatin1Char('\n'));
    const QStringList got = actual.split(QLatin1Char('\n'));
    // The first line that differs, for a readable failure.
    for (qsizetype i = 0; i < std::max(want.size(), got.size()); ++i)
        BOOST_REQUIRE_MESSAGE(want.value(i) == got.value(i), fixture << ", dump line " << i + 1 << ": expected\n  "
                                                                  << want.value(i).toStdString() << "\ngot\n  "
                                                                  << got.value(i).toStdString());
}

} // namespace

BOOST_AUTO_TEST_CASE(generated_portfolio_rows_import_as_before)
{
    compareWithGolden("generated-400.csv");
}

BOOST_AUTO_TEST_CASE(quotes_line_breaks_blank_lines_and_spaces_import_as_before)
{
    compareWithGolden("tricky-quoting.csv");
}

BOOST_AUTO_TEST_CASE(the_other_fixtures_import_as_before)
{
    for (const char *f : {"projects-utf8.csv", "projects-utf8-bom.csv", "projects-cp949.csv", "projects-malformed.csv",
                          "keyless.csv"})
        compareWithGolden(f);
}

BOOST_FIXTURE_TEST_CASE(a_bad_row_in_the_middle_fails_the_whole_import, EmptyPortfolio)
{
    // A first import, which the failed one must leave as it is.
    const ImportReport first = importFile(*portfolio, kCsv + QStringLiteral("tricky-quoting.csv"));
    BOOST_REQUIRE(!first.hasErrors());
    const QString before = dump(*portfolio, {});

    const ImportReport r = importFile(*portfolio, kCsv + QStringLiteral("generated-400-bad-amount.csv"));
    BOOST_TEST(r.errorCount() == 1);
    QString text;
    for (const ImportIssue &i : r.issues)
        if (i.kind == ImportIssue::Error)
            text = i.text();
    // Line 255, not 251: two titles above hold line breaks.
    BOOST_TEST(text.startsWith(QStringLiteral("generated-400-bad-amount.csv, line 255, amount: \"201O72.89\"")), text);
    BOOST_TEST(r.imported == 0);
    BOOST_TEST(dump(*portfolio, {}) == before);
    BOOST_TEST(portfolio->projects().count() == 5);
}
