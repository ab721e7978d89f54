// IATI files as other publishers write them (hand-written fixtures in
// tests/data/iati/publishers): titles only in French or Swedish are kept, shown
// with their language code, searched and exported; IATI 1.0 reads; countries and
// sectors stated on transactions only reach the project, shared by value;
// planned disbursements are kept apart from the budget; and what the reader
// rounds, ignores or finds against the schema is said, with file and line.
#include "CoreFixture.h"
#include "XlsxCells.h"

#include "io/CsvReader.h"
#include "io/ExportFormats.h"
#include "io/IatiFileNotes.h"
#include "io/IatiImport.h"
#include "io/ImportWriter.h"
#include "io/SeedImport.h"
#include "portfolio/Filter.h"
#include "portfolio/Portfolio.h"
#include "portfolio/RowText.h"
#include "report/PortfolioSummary.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>

using namespace c2c;

namespace {

const QString kPublishers = QStringLiteral(C2C_TEST_DATA "/iati/publishers/");

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Portfolio> portfolio;
    Fixture() { portfolio = std::move(Portfolio::open(dir.filePath(QStringLiteral("p.c2c")))).value(); }
    ImportReport import(const QString &file, bool dryRun = false)
    {
        ImportReport r = ImportWriter::run(
            *portfolio, [&](const ItemSink &sink, QList<ImportIssue> &issues) { IatiImport::read(kPublishers + file, sink, issues); },
            DuplicatePolicy::Update, dryRun);
        BOOST_REQUIRE(portfolio->reload().ok()); // the snapshot as read from the file
        return r;
    }
    Project project(const char *key) { return portfolio->projects().readByKey(QLatin1String(key)).value(); }
    Row row(const char *key)
    {
        const auto r = portfolio->snapshot().findRow(project(key).id);
        BOOST_REQUIRE(r >= 0);
        return Row(r);
    }
    PortfolioSummary summary(const Filter &f = {}, Language lang = Language::English)
    {
        return PortfolioSummary::build(*portfolio, f, select(portfolio->snapshot(), f), lang);
    }
};

QString allIssues(const QList<ImportIssue> &issues)
{
    QStringList out;
    for (const ImportIssue &i : issues)
        out.append(i.text());
    return out.join(QLatin1Char('\n'));
}

const ImportIssue *find(const QList<ImportIssue> &issues, const QString &what)
{
    for (const ImportIssue &i : issues)
        if (i.text().contains(what))
            return &i;
    return nullptr;
}

QString fileText(const QString &path)
{
    QFile f(path);
    BOOST_REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

} // namespace

BOOST_FIXTURE_TEST_CASE(french_and_swedish_only_titles_are_shown_searched_and_exported, Fixture)
{
    const ImportReport r = import(QStringLiteral("other-languages.xml"));
    BOOST_TEST(!r.hasErrors(), allIssues(r.issues));
    BOOST_REQUIRE(r.imported == 2);
    const Project fr = project("FR-TEST-EAU-1");
    BOOST_TEST(fr.title.other.value(QStringLiteral("fr")) == QStringLiteral("Projet d'eau potable à Vientiane"));
    BOOST_TEST(fr.title.en.isEmpty());
    const Project sv = project("SE-TEST-SKOG-2");
    BOOST_TEST(sv.title.other.value(QStringLiteral("sv")) == QStringLiteral("Skogsplantering i Mongoliet"));
    BOOST_TEST(sv.description.other.value(QStringLiteral("sv")).startsWith(QStringLiteral("Vattenförsörjning")));
    // A participating organisation named only in French keeps its name.
    BOOST_REQUIRE(fr.organisations.size() == 1);
    BOOST_TEST(fr.organisations.first().name.en == QStringLiteral("Ministère de test"));

    // Shown in either interface language, marked with its language.
    const Snapshot &s = portfolio->snapshot();
    for (Language lang : {Language::English, Language::Korean}) {
        BOOST_TEST(rowtext::title(s, row("FR-TEST-EAU-1"), lang) == QStringLiteral("[fr] Projet d'eau potable à Vientiane"));
        BOOST_TEST(rowtext::title(s, row("SE-TEST-SKOG-2"), lang) == QStringLiteral("[sv] Skogsplantering i Mongoliet"));
        BOOST_TEST(fr.title.text(lang) == QStringLiteral("[fr] Projet d'eau potable à Vientiane"));
    }
    // The fallback order: the interface language, then the other of Korean and English, then any.
    LocalizedText t{QString(), QStringLiteral("Water"), {{QStringLiteral("fr"), QStringLiteral("Eau")}}};
    BOOST_TEST(t.text(Language::Korean) == QStringLiteral("Water"));
    t.ko = QStringLiteral("상수도");
    BOOST_TEST(t.text(Language::Korean) == QStringLiteral("상수도"));
    BOOST_TEST(t.text(Language::English) == QStringLiteral("Water"));

    // Found by the free-text search, in titles and descriptions.
    for (const auto &[needle, key] : {std::pair{"eau potable", "FR-TEST-EAU-1"}, std::pair{"adduction", "FR-TEST-EAU-1"},
                                      std::pair{"skogsplantering", "SE-TEST-SKOG-2"}, std::pair{"VATTENFÖRSÖRJNING", "SE-TEST-SKOG-2"}}) {
        Filter f;
        f.text = QString::fromUtf8(needle);
        const Selection sel = select(s, f);
        BOOST_TEST_INFO(needle);
        BOOST_REQUIRE(sel.size() == 1u);
        BOOST_TEST(sel.front() == row(key));
    }

    // A project added in the running portfolio (its row made in place, not read from the file) shows the same.
    Project added;
    added.key = QStringLiteral("ES-1");
    added.title.other.insert(QStringLiteral("es"), QStringLiteral("Agua potable en Vientián"));
    BOOST_REQUIRE(portfolio->addProject(added).ok());
    BOOST_TEST(rowtext::title(s, row("ES-1"), Language::Korean) == QStringLiteral("[es] Agua potable en Vientián"));
    Filter f;
    f.text = QStringLiteral("agua potable");
    BOOST_TEST(select(s, f).size() == 1u);

    // CSV and XLSX carry the title in its language, in a column of its own.
    const PortfolioSummary sum = summary();
    const QString csvPath = dir.filePath(QStringLiteral("out.csv"));
    BOOST_REQUIRE(Export::csv(*portfolio, sum, csvPath).ok());
    const QString csv = fileText(csvPath);
    BOOST_TEST(csv.contains(QStringLiteral("Title (other language)")));
    BOOST_TEST(csv.contains(QStringLiteral("[fr] Projet d'eau potable à Vientiane")));
    BOOST_TEST(csv.contains(QStringLiteral("[sv] Skogsplantering i Mongoliet")));
    const QString xlsxPath = dir.filePath(QStringLiteral("out.xlsx"));
    BOOST_REQUIRE(Export::xlsx(*portfolio, sum, xlsxPath).ok());
    const xlsx::Sheet projects = xlsx::sheet(xlsxPath, QStringLiteral("Projects"));
    QStringList titles;
    for (auto it = projects.begin(); it != projects.end(); ++it)
        titles.append(it.value());
    BOOST_TEST(titles.contains(QStringLiteral("[fr] Projet d'eau potable à Vientiane")));
    BOOST_TEST(titles.contains(QStringLiteral("[sv] Skogsplantering i Mongoliet")));

    // The IATI export writes them back with their xml:lang, and they read back the same.
    const QString iatiPath = dir.filePath(QStringLiteral("out.xml"));
    BOOST_REQUIRE(Export::iati(*portfolio, sum, iatiPath).ok());
    BOOST_TEST(fileText(iatiPath).contains(QStringLiteral("<narrative xml:lang=\"sv\">Skogsplantering i Mongoliet</narrative>")));
}

BOOST_FIXTURE_TEST_CASE(iati_1_0_is_read_as_far_as_possible, Fixture)
{
    const ImportReport r = import(QStringLiteral("version-1.0.xml"));
    BOOST_TEST(!r.hasErrors(), allIssues(r.issues));
    BOOST_TEST(find(r.issues, QStringLiteral("IATI 1.0 is read")));
    BOOST_REQUIRE(r.imported == 1);
    const Project p = project("GB-1-OLD-7");
    BOOST_TEST(p.title.en == QStringLiteral("Rural water supply"));
    BOOST_TEST(p.title.other.value(QStringLiteral("fr")) == QStringLiteral("Approvisionnement en eau rurale"));
    BOOST_TEST(p.description.en == QStringLiteral("Boreholes and hand pumps in two districts."));
    BOOST_REQUIRE(p.countries.size() == 2);
    BOOST_TEST(p.countries[0].code == QStringLiteral("KE"));
    BOOST_TEST(p.countries[0].share.value() == 6000);
    BOOST_TEST(p.countries[1].code == QStringLiteral("UG")); // named, not coded
    BOOST_TEST(p.countries[1].share.value() == 4000);
    BOOST_REQUIRE(p.sectors.size() == 1);
    BOOST_TEST(p.sectors[0].code == QStringLiteral("14030"));
    BOOST_TEST(int(p.status) == int(ActivityStatus::Implementation)); // given by name
    BOOST_TEST(p.period.start->toIso() == QStringLiteral("2010-04-01"));
    BOOST_TEST(p.period.startActual);
    BOOST_TEST(p.period.end->toIso() == QStringLiteral("2012-03-31")); // the date as text
    BOOST_REQUIRE(p.budget.size() == 1);
    BOOST_TEST(p.budget[0].amount == Money(15000000, QStringLiteral("USD")));
    BOOST_REQUIRE(p.transactions.size() == 2);
    BOOST_TEST(int(p.transactions[0].type) == int(TransactionType::OutgoingCommitment));
    BOOST_TEST(p.transactions[1].value == Money(7500050, QStringLiteral("USD")));
    BOOST_REQUIRE(p.organisations.size() == 2);
    BOOST_TEST(int(p.organisations[0].role) == int(OrgRole::Funding));
    BOOST_TEST(p.organisations[1].name.en == QStringLiteral("Water Charity"));

    // 1.01 to 1.05 too; other numbers are refused with a message that does not contradict itself.
    auto read = [](const QByteArray &version) {
        QByteArray bytes = "<iati-activities version=\"" + version + "\"><iati-activity><iati-identifier>X-1</iati-identifier>"
                           "<reporting-org ref=\"X\" type=\"10\">X</reporting-org><title>T</title></iati-activity></iati-activities>";
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QList<ImportIssue> issues;
        int items = 0;
        IatiImport::read(buffer, QStringLiteral("v.xml"), [&](ImportItem &&) { ++items; }, issues);
        return std::pair{items, issues};
    };
    for (const char *v : {"1.0", "1.01", "1.02", "1.03", "1.04", "1.05"}) {
        const auto [items, issues] = read(v);
        BOOST_TEST_INFO(v << "\n" << allIssues(issues).toStdString());
        BOOST_TEST(items == 1);
    }
    for (const char *v : {"1.1", "1.06", "3.01"}) {
        const auto [items, issues] = read(v);
        BOOST_TEST(items == 0);
        const ImportIssue *refused = find(issues, QStringLiteral("is not supported"));
        BOOST_REQUIRE(refused);
        BOOST_TEST(refused->message.contains(QStringLiteral("1.0 to 1.05")));
        BOOST_TEST(!refused->message.contains(QStringLiteral("1.0x")));
    }
}

BOOST_FIXTURE_TEST_CASE(countries_and_sectors_of_transactions_are_shared_by_value, Fixture)
{
    const ImportReport r = import(QStringLiteral("transaction-places.xml"));
    BOOST_TEST(!r.hasErrors(), allIssues(r.issues));
    BOOST_REQUIRE(r.imported == 3);
    // 300 + 1000 to Kenya, 700 to Uganda; the incoming funds (from Tanzania) do not count.
    const Project health = project("XM-TEST-TX-1");
    BOOST_REQUIRE(health.countries.size() == 2);
    BOOST_TEST(health.countries[0].code == QStringLiteral("KE"));
    BOOST_TEST(health.countries[0].share.value() == 6500);
    BOOST_TEST(health.countries[1].code == QStringLiteral("UG"));
    BOOST_TEST(health.countries[1].share.value() == 3500);
    BOOST_REQUIRE(health.sectors.size() == 2);
    BOOST_TEST(health.sectors[0].code == QStringLiteral("12220"));
    BOOST_TEST(health.sectors[0].share.value() == 6500);
    BOOST_TEST(health.sectors[1].code == QStringLiteral("12240"));
    BOOST_TEST(health.sectors[1].share.value() == 3500);
    const ImportIssue *said = find(r.issues, QStringLiteral("KE 65%, UG 35%"));
    BOOST_REQUIRE(said);
    BOOST_TEST(said->kind == ImportIssue::Warning);
    BOOST_TEST(said->line > 0);
    // Three equal parts: the shares still add up to 100% exactly (largest remainder).
    const Project thirds = project("XM-TEST-TX-2");
    BOOST_REQUIRE(thirds.countries.size() == 2);
    BOOST_TEST(thirds.countries[0].share.value() == 3334);
    BOOST_TEST(thirds.countries[1].share.value() == 3333);
    BOOST_TEST(thirds.regions == QStringList{QStringLiteral("789")});
    // The activity states a country: its own is kept (and that is said); the sector comes from the transaction.
    const Project both = project("XM-TEST-TX-3");
    BOOST_REQUIRE(both.countries.size() == 1);
    BOOST_TEST(both.countries[0].code == QStringLiteral("KH"));
    BOOST_TEST(find(r.issues, QStringLiteral("both activity XM-TEST-TX-3 and its transactions")));
    BOOST_REQUIRE(both.sectors.size() == 1);
    BOOST_TEST(both.sectors[0].share.value() == FullShare);
}

BOOST_FIXTURE_TEST_CASE(planned_disbursements_are_kept_apart_from_the_budget, Fixture)
{
    const ImportReport r = import(QStringLiteral("planned-disbursements.xml"));
    BOOST_TEST(!r.hasErrors(), allIssues(r.issues));
    const Project p = project("DE-TEST-PD-1");
    BOOST_REQUIRE(p.plannedDisbursements.size() == 3);
    const PlannedDisbursement &q1 = p.plannedDisbursements[0];
    BOOST_TEST(q1.period.start->toIso() == QStringLiteral("2024-01-01"));
    BOOST_TEST(q1.period.end->toIso() == QStringLiteral("2024-03-31"));
    BOOST_TEST(q1.value == Money(4000000, QStringLiteral("EUR")));
    BOOST_TEST(q1.valueDate == QDate(2024, 1, 1));
    BOOST_TEST(int(q1.type.value()) == int(BudgetType::Original));
    BOOST_TEST(int(p.plannedDisbursements[1].type.value()) == int(BudgetType::Revised));
    BOOST_TEST(p.plannedDisbursements[1].value == Money(6000000, QStringLiteral("EUR"))); // the default currency
    const PlannedDisbursement &repayment = p.plannedDisbursements[2];
    BOOST_TEST(repayment.value == Money(-250050, QStringLiteral("EUR")));
    BOOST_TEST(!repayment.type.has_value());
    BOOST_TEST(!repayment.period.end.has_value());
    // Not added to the budget: the total is the budget's 100,000.00 EUR.
    BOOST_TEST(portfolio->snapshot().amount[row("DE-TEST-PD-1")] == 10000000);

    // Written back by the IATI export (valid against the 2.03 schema) and read back the same.
    const QString path = dir.filePath(QStringLiteral("pd.xml"));
    BOOST_REQUIRE(Export::iati(*portfolio, summary(), path).ok());
    const QString xml = fileText(path);
    BOOST_TEST(xml.contains(QStringLiteral("<planned-disbursement type=\"2\">")));
    BOOST_TEST(xml.contains(QStringLiteral(">-2500.50</value>")));
    QProcess xmllint;
    xmllint.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"),
                                              QStringLiteral(C2C_TEST_DATA "/iati/schema/iati-activities-schema.xsd"), path});
    BOOST_REQUIRE(xmllint.waitForFinished(60000));
    BOOST_TEST(xmllint.exitCode() == 0, QString::fromUtf8(xmllint.readAllStandardError()).toStdString());
    Fixture other;
    const ImportReport back = ImportWriter::run(
        *other.portfolio, [&](const ItemSink &sink, QList<ImportIssue> &issues) { IatiImport::read(path, sink, issues); },
        DuplicatePolicy::Update, false);
    BOOST_TEST(!back.hasErrors(), allIssues(back.issues));
    BOOST_TEST((other.project("DE-TEST-PD-1").plannedDisbursements == p.plannedDisbursements));
}

BOOST_FIXTURE_TEST_CASE(rounding_extensions_and_schema_problems_are_warned_about, Fixture)
{
    const ImportReport r = import(QStringLiteral("warnings.xml"), true);
    BOOST_TEST(!r.hasErrors(), allIssues(r.issues));
    BOOST_TEST(r.imported == 1);
    // Rounding: file, line, activity and value.
    const ImportIssue *usd = find(r.issues, QStringLiteral("1000.555"));
    BOOST_REQUIRE(usd);
    BOOST_TEST(usd->text().contains(QStringLiteral("warnings.xml, line 16")), usd->text().toStdString());
    BOOST_TEST(usd->message.contains(QStringLiteral("US-TEST-W-1")));
    BOOST_TEST(usd->message.contains(QStringLiteral("rounded to 1000.56")));
    const ImportIssue *krw = find(r.issues, QStringLiteral("1500.5"));
    BOOST_REQUIRE(krw);
    BOOST_TEST(krw->message.contains(QStringLiteral("rounded to 1501")));
    // Extension namespaces: counted, once per namespace, with their number.
    const ImportIssue *usg = find(r.issues, QStringLiteral("http://example.org/test-publisher/usg"));
    BOOST_REQUIRE(usg);
    BOOST_TEST(usg->message.contains(QStringLiteral("ignored 3 element")), usg->message.toStdString());
    const ImportIssue *dfid = find(r.issues, QStringLiteral("http://example.org/test-publisher/dfid"));
    BOOST_REQUIRE(dfid);
    BOOST_TEST(dfid->message.contains(QStringLiteral("ignored 1 element")), dfid->message.toStdString());
    int namespaceNotes = 0;
    for (const ImportIssue &i : r.issues)
        namespaceNotes += i.message.contains(QStringLiteral("of the namespace"));
    BOOST_TEST(namespaceNotes == 2);
    // Schema-level problems, each with its line.
    const std::pair<const char *, int> schema[] = {
        {"\"5\" is not a code of the IATI CollaborationType code list", 11},
        {"<default-flow-type> has no code attribute", 12},
        {"<policy-marker> has no code attribute", 13},
        {"\"9\" is not a code of the IATI PolicySignificance code list", 13},
        {"<transaction-type> has no code attribute", 24},
    };
    for (const auto &[message, line] : schema) {
        const ImportIssue *i = find(r.issues, QString::fromUtf8(message));
        BOOST_TEST_INFO(message << "\n" << allIssues(r.issues).toStdString());
        BOOST_REQUIRE(i);
        BOOST_TEST(i->kind == ImportIssue::Warning);
        BOOST_TEST(i->line == line);
    }
}

BOOST_AUTO_TEST_CASE(a_schema_problem_deep_in_a_big_file_is_reported_and_repeats_are_counted)
{
    // 20,000 activities streamed from memory; each lacks a required code, the last one also
    // has a transaction type without a code.
    constexpr int activities = 20000;
    QByteArray bytes = "<iati-activities version=\"2.03\">\n";
    for (int i = 1; i <= activities; ++i) {
        bytes += "<iati-activity default-currency=\"USD\"><iati-identifier>BIG-" + QByteArray::number(i)
                 + "</iati-identifier><reporting-org ref=\"X\" type=\"10\"><narrative>X</narrative></reporting-org>"
                   "<title><narrative>T</narrative></title><default-flow-type/>\n";
        if (i == activities)
            bytes += "<transaction><transaction-type/><transaction-date iso-date=\"2020-01-01\"/>"
                     "<value value-date=\"2020-01-01\">1</value></transaction>\n";
        bytes += "</iati-activity>\n";
    }
    bytes += "</iati-activities>\n";
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QList<ImportIssue> issues;
    int items = 0;
    IatiImport::read(buffer, QStringLiteral("big.xml"), [&](ImportItem &&) { ++items; }, issues);
    BOOST_TEST(items == activities);
    const ImportIssue *deep = find(issues, QStringLiteral("<transaction-type> has no code attribute"));
    BOOST_REQUIRE(deep);
    BOOST_TEST(deep->line == 2 * activities + 1); // each activity takes two lines, plus the root's
    // The same problem in every activity: the first ones listed with their line, the rest counted.
    int listed = 0;
    for (const ImportIssue &i : issues)
        listed += i.message.contains(QStringLiteral("<default-flow-type> has no code attribute"));
    BOOST_TEST(listed == IatiFileNotes::ListedPerField);
    const ImportIssue *more = find(issues, QStringLiteral("%1 more warning").arg(activities - IatiFileNotes::ListedPerField));
    BOOST_TEST(more, allIssues(issues).right(2000).toStdString());
}

BOOST_FIXTURE_TEST_CASE(data_quality_notes_travel_in_both_languages, Fixture)
{
    BOOST_REQUIRE(SeedImport::run(*portfolio, SeedImport::embeddedPath()).ok());
    const Project laos = project("KR-GB-LAO-SMU");
    BOOST_REQUIRE(laos.qualityNotes.size() == 1);
    BOOST_TEST(!laos.qualityNotes.first().note.ko.isEmpty());
    BOOST_TEST(!laos.qualityNotes.first().note.en.isEmpty());
    const QString path = dir.filePath(QStringLiteral("seed.xml"));
    BOOST_REQUIRE(Export::iati(*portfolio, summary(), path).ok());
    Fixture other;
    const ImportReport back = ImportWriter::run(
        *other.portfolio, [&](const ItemSink &sink, QList<ImportIssue> &issues) { IatiImport::read(path, sink, issues); },
        DuplicatePolicy::Update, false);
    BOOST_TEST(!back.hasErrors(), allIssues(back.issues));
    BOOST_TEST((other.project("KR-GB-LAO-SMU").qualityNotes == laos.qualityNotes));
}
