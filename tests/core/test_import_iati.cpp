// IATI activity import with the IATI Standard's own files: the schema's
// should-pass tests import, the should-fail tests are refused (or imported
// with a warning naming the problem) and leave the portfolio unchanged, and
// the annotated 2.03 example arrives field by field.
#include "CoreFixture.h"

#include "io/IatiImport.h"
#include "io/ImportWriter.h"
#include "portfolio/Portfolio.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

using namespace c2c;

namespace {

const QString kIati = QStringLiteral(C2C_TEST_DATA "/iati");

QStringList files(const QString &folder)
{
    QStringList out;
    for (const QString &f : QDir(kIati + QLatin1Char('/') + folder).entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name))
        out.append(kIati + QLatin1Char('/') + folder + QLatin1Char('/') + f);
    return out;
}

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Portfolio> portfolio;
    Fixture() { portfolio = std::move(Portfolio::open(dir.filePath(QStringLiteral("p.c2c")))).value(); }
    ImportReport import(const QStringList &paths, DuplicatePolicy policy = DuplicatePolicy::Update, bool dryRun = false)
    {
        return ImportWriter::run(
            *portfolio,
            [&](const ItemSink &sink, QList<ImportIssue> &issues) {
                for (const QString &p : paths)
                    IatiImport::read(p, sink, issues);
            },
            policy, dryRun);
    }
    qint64 projects() { return portfolio->projects().count(); }
    qint64 actors() { return qint64(portfolio->actors().readAll().value().size()); }
};

QString allIssues(const ImportReport &r)
{
    QStringList out;
    for (const ImportIssue &i : r.issues)
        out.append(i.text());
    return out.join(QLatin1Char('\n'));
}

bool mentions(const ImportReport &r, const QString &what)
{
    for (const ImportIssue &i : r.issues)
        if (i.text().contains(what))
            return true;
    return false;
}

} // namespace

BOOST_FIXTURE_TEST_CASE(every_should_pass_file_imports, Fixture)
{
    const QStringList pass = files(QStringLiteral("tests/should-pass"));
    BOOST_REQUIRE_EQUAL(pass.size(), 13);
    for (const QString &path : pass) {
        Fixture f;
        const ImportReport r = f.import({path});
        BOOST_TEST_INFO(path.toStdString() + "\n" + allIssues(r).toStdString());
        BOOST_TEST(!r.hasErrors());
        BOOST_TEST(r.imported == 1);
        BOOST_REQUIRE(f.projects() == 1);
        const Project p = f.portfolio->projects().readAll().value().first();
        BOOST_TEST(p.title.en == QStringLiteral("Xxxxxxx"));
        BOOST_TEST(p.period.start.has_value() == false); // type "xx" is no date type: left out, with a warning
        BOOST_TEST(mentions(r, QStringLiteral("activity date type")));
    }
}

BOOST_FIXTURE_TEST_CASE(should_pass_budgets_values_and_shares, Fixture)
{
    const ImportReport r = import({kIati + QStringLiteral("/tests/should-pass/19-budget.xml"),
                                   kIati + QStringLiteral("/tests/should-pass/26-decimal-percentage.xml"),
                                   kIati + QStringLiteral("/tests/should-pass/27-decimal-currency.xml"),
                                   kIati + QStringLiteral("/tests/should-pass/47-two-descriptions.xml")});
    BOOST_TEST(!r.hasErrors(), allIssues(r));
    BOOST_TEST(r.imported == 4); // empty identifiers: each file's activity gets its own key
    auto byKey = [&](const char *key) { return portfolio->projects().readByKey(QLatin1String(key)).value(); };
    const Project budget = byKey("19-budget-1");
    BOOST_REQUIRE_EQUAL(budget.budget.size(), 3);
    BOOST_TEST(budget.budget[0].amount == Money(100000099, QStringLiteral("GBP")));
    BOOST_TEST(budget.budget[1].amount == Money(100000000, QStringLiteral("GBP")));
    BOOST_TEST(budget.budget[0].valueDate == QDate(2011, 1, 1));
    BOOST_TEST(budget.budget[0].period.end->toIso() == QStringLiteral("2011-12-31"));
    BOOST_TEST(mentions(r, QStringLiteral("\"X\" is not a budget type")));
    const Project shares = byKey("26-decimal-percentage-1");
    BOOST_REQUIRE_EQUAL(shares.sectors.size(), 1);
    BOOST_TEST(shares.sectors[0].share.value() == 7100); // 70.9999 % in hundredths
    BOOST_TEST(shares.sectors[0].code == QStringLiteral("XX"));
    BOOST_TEST(shares.countries.isEmpty()); // "XX" is no country: left out with a warning
    BOOST_TEST(mentions(r, QStringLiteral("\"XX\" is not an ISO 3166-1 country code")));
    const Project currency = byKey("27-decimal-currency-1");
    BOOST_TEST(currency.budget.first().amount == Money(100000099, QStringLiteral("GBP")));
    BOOST_TEST(currency.transactions.isEmpty()); // transaction type "X": left out with a warning
    BOOST_TEST(mentions(r, QStringLiteral("\"X\" is not a transaction type")));
    BOOST_TEST(byKey("47-two-descriptions-1").description.en == QStringLiteral("Xxxxxxx\n\nXxxxxxx"));
}

BOOST_FIXTURE_TEST_CASE(the_annotated_example_field_by_field, Fixture)
{
    const ImportReport r = import({kIati + QStringLiteral("/examples/activity-standard-example-annotated.xml")});
    BOOST_TEST(!r.hasErrors(), allIssues(r));
    BOOST_TEST(r.imported == 1);
    const Project p = portfolio->projects().readByKey(QStringLiteral("AA-AAA-123456789-ABC123")).value();
    BOOST_TEST(p.iatiIdentifier == QStringLiteral("AA-AAA-123456789-ABC123"));
    BOOST_TEST(p.title.en == QStringLiteral("Activity title"));
    BOOST_TEST(p.title.other.value(QStringLiteral("fr")) == QStringLiteral("Titre de l'activité"));
    BOOST_TEST(p.title.other.value(QStringLiteral("es")) == QStringLiteral("Título de la actividad"));
    BOOST_TEST(p.description.en.startsWith(QStringLiteral("General activity description text.")));
    BOOST_TEST(p.description.en.contains(QStringLiteral("Objectives for the activity")));
    BOOST_TEST(p.description.en.contains(QStringLiteral("Statement of groups targeted")));
    BOOST_TEST(p.description.other.value(QStringLiteral("fr")).startsWith(QStringLiteral("Activité générale")));
    // Lead actor: the reporting organisation (type 40, multilateral).
    const Actor lead = portfolio->actors().read(p.leadActorId).value();
    BOOST_TEST(lead.name.en == QStringLiteral("Organisation name"));
    BOOST_TEST(int(lead.kind) == int(ActorKind::InternationalOrganisation));
    BOOST_REQUIRE_EQUAL(p.organisations.size(), 3);
    BOOST_TEST(p.organisations[0].ref == QStringLiteral("BB-BBB-123456789"));
    BOOST_TEST(int(p.organisations[0].role) == int(OrgRole::Funding));
    BOOST_TEST(p.organisations[1].name.en == QStringLiteral("Name of Agency C"));
    BOOST_TEST(int(p.organisations[1].role) == int(OrgRole::Accountable));
    BOOST_TEST(int(p.organisations[2].role) == int(OrgRole::Extending));
    BOOST_TEST(p.organisations[2].name.en == QStringLiteral("Name of Agency A"));
    BOOST_TEST(int(p.status) == int(ActivityStatus::Implementation));
    // The actual start wins over the planned one; the end is planned.
    BOOST_TEST(p.period.start->toIso() == QStringLiteral("2012-04-28"));
    BOOST_TEST(p.period.startActual);
    BOOST_TEST(p.period.end->toIso() == QStringLiteral("2015-12-31"));
    BOOST_TEST(!p.period.endActual);
    BOOST_REQUIRE_EQUAL(p.countries.size(), 2);
    BOOST_TEST(p.countries[0].code == QStringLiteral("AF"));
    BOOST_TEST(p.countries[0].share.value() == 2500);
    BOOST_TEST(p.countries[1].code == QStringLiteral("AG"));
    BOOST_TEST(p.regions == QStringList{QStringLiteral("489")}); // vocabulary 99 "A1" left out, with a warning
    BOOST_REQUIRE_EQUAL(p.sectors.size(), 3);
    BOOST_TEST(p.sectors[0].vocabulary == QStringLiteral("2"));
    BOOST_TEST(p.sectors[0].code == QStringLiteral("111"));
    BOOST_TEST(p.sectors[0].share.value() == 5000);
    BOOST_TEST(p.sectors[2].vocabulary == QStringLiteral("99"));
    BOOST_TEST(p.sectors[2].code == QStringLiteral("A1"));
    BOOST_TEST(p.sdgs.isEmpty()); // tags of vocabularies 1 and 99 are not SDGs
    BOOST_TEST(p.collaborationType == QStringLiteral("1"));
    BOOST_TEST(p.aidType == QStringLiteral("A01"));
    BOOST_REQUIRE_EQUAL(p.budget.size(), 1);
    BOOST_TEST(p.budget[0].amount == Money(300000, QStringLiteral("EUR")));
    BOOST_TEST(int(p.budget[0].type) == int(BudgetType::Original));
    BOOST_TEST(int(p.budget[0].status) == int(BudgetStatus::Indicative));
    BOOST_TEST(p.budget[0].period.start->toIso() == QStringLiteral("2014-01-01"));
    BOOST_TEST(p.budget[0].period.end->toIso() == QStringLiteral("2014-12-31"));
    BOOST_TEST(p.budget[0].valueDate == QDate(2014, 1, 1));
    BOOST_REQUIRE_EQUAL(p.transactions.size(), 1);
    BOOST_TEST(int(p.transactions[0].type) == int(TransactionType::IncomingFunds));
    BOOST_TEST(p.transactions[0].date == QDate(2012, 1, 1));
    BOOST_TEST(p.transactions[0].value == Money(100000, QStringLiteral("EUR")));
    BOOST_TEST(p.transactions[0].description.en == QStringLiteral("Transaction description text"));
}

BOOST_AUTO_TEST_CASE(every_should_fail_file_is_refused_and_changes_nothing)
{
    const std::pair<const char *, const char *> expected[] = {
        {"20-two-reporting-orgs.xml", "a second <reporting-org>"},
        {"22-missing-title-narrative.xml", "the title has no <narrative> text"},
        {"24-two-titles.xml", "a second <title>"},
        {"26-two-activity-status.xml", "a second <activity-status>"},
        {"budget_01-missing-period-end.xml", "no <period-end>"},
        {"budget_03-missing-value.xml", "no <value>"},
        {"budget_06-missing-attribute-value-date.xml", "value-date attribute is missing"},
        {"budget_12-non-decimal-value.xml", "\"eryr\" is not a number"},
        {"sector_21-sector-missing-code.xml", "the sector has no code"},
        {"tag_err-not-iati-xml-missing-attribute.xml", "needs both a vocabulary and a code"},
        {"transaction_01-missing-transaction-type.xml", "no <transaction-type>"},
        {"transaction_02-missing-transaction-date.xml", "no <transaction-date>"},
        {"transaction_22-incorrect-date-value-date.xml", "\"2010-07-\" is not a date"},
    };
    BOOST_REQUIRE_EQUAL(files(QStringLiteral("tests/should-fail")).size(), int(std::size(expected)));
    for (const auto &[file, message] : expected) {
        Fixture f;
        const qint64 actorsBefore = f.actors();
        const ImportReport r = f.import({kIati + QStringLiteral("/tests/should-fail/") + QLatin1String(file)});
        BOOST_TEST_INFO(file << "\n" << allIssues(r).toStdString());
        BOOST_TEST(r.hasErrors());
        BOOST_TEST(mentions(r, QString::fromUtf8(message)));
        BOOST_TEST(mentions(r, QLatin1String(file) + QStringLiteral(", line ")));
        BOOST_TEST(f.projects() == 0);
        BOOST_TEST(f.actors() == actorsBefore);
        BOOST_TEST(r.imported == 0);
    }
}

BOOST_FIXTURE_TEST_CASE(one_bad_file_among_good_ones_imports_nothing, Fixture)
{
    const ImportReport r = import({kIati + QStringLiteral("/examples/activity-standard-example-annotated.xml"),
                                   kIati + QStringLiteral("/tests/should-fail/24-two-titles.xml")});
    BOOST_TEST(r.hasErrors());
    BOOST_TEST(projects() == 0);
}

BOOST_FIXTURE_TEST_CASE(duplicates_by_iati_identifier_update_or_skip, Fixture)
{
    const QString example = kIati + QStringLiteral("/examples/activity-standard-example-annotated.xml");
    BOOST_TEST(import({example}).imported == 1);
    const ImportReport skipped = import({example}, DuplicatePolicy::Skip);
    BOOST_TEST(skipped.skipped == 1);
    BOOST_TEST(skipped.imported == 0);
    const ImportReport updated = import({example}, DuplicatePolicy::Update);
    BOOST_TEST(updated.updated == 1);
    BOOST_TEST(projects() == 1);
    BOOST_TEST(portfolio->projects().readAll().value().first().version == 2);
    const ImportReport dry = import({example}, DuplicatePolicy::Update, true);
    BOOST_TEST(dry.updated == 1);
    BOOST_TEST(portfolio->projects().readAll().value().first().version == 2); // a dry run changes nothing
}

namespace {

// Writes text to a file in dir and imports it; the report of a refused import.
ImportReport importText(Fixture &f, const QByteArray &bytes, const char *name)
{
    const QString path = f.dir.filePath(QLatin1String(name));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    file.close();
    return f.import({path});
}

const QByteArray kActivity = "<iati-activity default-currency=\"KRW\"><iati-identifier>KR-1</iati-identifier>"
                             "<reporting-org ref=\"KR-MOIS-47\" type=\"11\"><narrative xml:lang=\"ko\">경상북도</narrative>"
                             "</reporting-org><title><narrative xml:lang=\"ko\">라오스 새마을운동</narrative></title>"
                             "<budget><period-start iso-date=\"2016-01-01\"/><period-end iso-date=\"2016-12-31\"/>"
                             "<value value-date=\"2016-01-01\">350000000</value></budget></iati-activity>";

} // namespace

BOOST_FIXTURE_TEST_CASE(default_currency_and_korean_narratives, Fixture)
{
    const ImportReport r = importText(*this, "<iati-activities version=\"2.02\">" + kActivity + "</iati-activities>", "ok.xml");
    BOOST_TEST(!r.hasErrors(), allIssues(r));
    const Project p = portfolio->projects().readByKey(QStringLiteral("KR-1")).value();
    BOOST_TEST(p.title.ko == QStringLiteral("라오스 새마을운동"));
    BOOST_TEST(p.budget.first().amount == Money(350000000, QStringLiteral("KRW")));
    // The reporting organisation is the first-tier local government with MOIS code 47.
    BOOST_TEST(portfolio->actors().read(p.leadActorId).value().moisCode == QStringLiteral("47"));
}

// A basic local government as IATI names it: by its MOIS code, the old one (Chuncheon was
// 42110 before Gangwon State) as well as the new; one actor with both official names.
BOOST_FIXTURE_TEST_CASE(a_basic_local_government_by_its_mois_code_old_or_new, Fixture)
{
    auto activity = [](const char *id, const char *code, const char *name) {
        return QByteArray("<iati-activity default-currency=\"KRW\"><iati-identifier>") + id
               + "</iati-identifier><reporting-org ref=\"KR-MOIS-" + code + "\" type=\"11\"><narrative xml:lang=\"en\">" + name
               + "</narrative></reporting-org><title><narrative xml:lang=\"ko\">몽골 숲</narrative></title></iati-activity>";
    };
    const ImportReport r = importText(*this,
                                      "<iati-activities version=\"2.03\">" + activity("KR-C-1", "42110", "Chuncheon City")
                                          + activity("KR-C-2", "51110", "Chuncheon") + "</iati-activities>",
                                      "chuncheon.xml");
    BOOST_TEST_REQUIRE(!r.hasErrors(), allIssues(r));
    const Project first = portfolio->projects().readByKey(QStringLiteral("KR-C-1")).value();
    const Project second = portfolio->projects().readByKey(QStringLiteral("KR-C-2")).value();
    BOOST_TEST(first.leadActorId == second.leadActorId);
    const Actor a = portfolio->actors().read(first.leadActorId).value();
    BOOST_TEST(a.moisCode == QStringLiteral("51110"));
    BOOST_TEST(a.name.ko == QStringLiteral("춘천시"));
    BOOST_TEST(a.name.en == QStringLiteral("Chuncheon-si"));
    BOOST_TEST((a.kind == ActorKind::City));
}

BOOST_FIXTURE_TEST_CASE(bad_input_is_refused_with_file_and_line, Fixture)
{
    const std::pair<QByteArray, const char *> cases[] = {
        {"<iati-activities version=\"2.03\">" + kActivity.left(200), "the file ends too early"},
        {"<?xml version=\"1.0\"?>\n<iati-organisations version=\"2.03\"/>", "organisation file"},
        {"<?xml version=\"1.0\"?>\n<html><body/></html>", "the root element is <html>"},
        {"<iati-activities version=\"3.01\">" + kActivity + "</iati-activities>", "version 3.01 is not supported"},
        {"<iati-activities version=\"2.03\"></iati-activities>", "no <iati-activity>"},
        {QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + QByteArray(5000, '\x01'), "binary data"},
        {"<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>\n"
         "<iati-activities version=\"2.03\">&lol2;</iati-activities>",
         "DTD"},
        {"<iati-activities version=\"2.03\">" + QByteArray(kActivity).replace("350000000", "삼억") + "</iati-activities>",
         "is not a number"},
        {"<iati-activities version=\"2.03\">" + QByteArray(kActivity).replace("<title><narrative xml:lang=\"ko\">라오스 새마을운동</narrative></title>", "")
             + "</iati-activities>",
         "no <title>"},
    };
    int n = 0;
    for (const auto &[bytes, message] : cases) {
        const QString name = QStringLiteral("bad%1.xml").arg(++n);
        const ImportReport r = importText(*this, bytes, name.toLatin1().constData());
        BOOST_TEST_INFO(message << "\n" << allIssues(r).toStdString());
        BOOST_TEST(r.hasErrors());
        BOOST_TEST(mentions(r, QString::fromUtf8(message)));
        BOOST_TEST(mentions(r, name));
        BOOST_TEST(projects() == 0);
    }
}

BOOST_FIXTURE_TEST_CASE(a_100_mb_file_is_refused_quickly, Fixture)
{
    // A well-formed start and then 100 MB of an unclosed comment: the reader streams it and stops at the end.
    const QString path = dir.filePath(QStringLiteral("huge.xml"));
    QFile file(path);
    BOOST_REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("<iati-activities version=\"2.03\">" + kActivity + "<!-- ");
    const QByteArray chunk(1024 * 1024, 'x');
    for (int i = 0; i < 100; ++i)
        file.write(chunk);
    file.close();
    const ImportReport r = import({path});
    BOOST_TEST(r.hasErrors());
    BOOST_TEST(mentions(r, QStringLiteral("huge.xml, line 1")), allIssues(r));
    BOOST_TEST(projects() == 0);
}

BOOST_FIXTURE_TEST_CASE(iati_1_0x_is_read_best_effort, Fixture)
{
    const QByteArray v1 = "<iati-activities version=\"1.03\"><iati-activity default-currency=\"USD\" xml:lang=\"en\">"
                          "<iati-identifier>OLD-1</iati-identifier><reporting-org ref=\"GB-1\" type=\"10\">Old agency</reporting-org>"
                          "<title>Old title</title><activity-date type=\"start-planned\" iso-date=\"2010-01-01\"/>"
                          "<participating-org role=\"Funding\">Funder</participating-org>"
                          "<transaction><transaction-type code=\"D\"/><transaction-date iso-date=\"2010-02-01\"/>"
                          "<value>5000</value></transaction></iati-activity></iati-activities>";
    const ImportReport r = importText(*this, v1, "old.xml");
    BOOST_TEST(!r.hasErrors(), allIssues(r));
    BOOST_TEST(mentions(r, QStringLiteral("IATI 1.03 is read")));
    const Project p = portfolio->projects().readByKey(QStringLiteral("OLD-1")).value();
    BOOST_TEST(p.title.en == QStringLiteral("Old title"));
    BOOST_TEST(p.period.start->toIso() == QStringLiteral("2010-01-01"));
    BOOST_REQUIRE_EQUAL(p.transactions.size(), 1);
    BOOST_TEST(int(p.transactions[0].type) == int(TransactionType::Disbursement));
    BOOST_TEST(p.transactions[0].value == Money(500000, QStringLiteral("USD")));
    BOOST_TEST(p.organisations.first().name.en == QStringLiteral("Funder"));
}

BOOST_FIXTURE_TEST_CASE(budget_lines_whose_sum_no_amount_holds_are_refused_by_activity, Fixture)
{
    // Ten valid 18-digit amounts: their sum would wrap to a negative number in 64 bits.
    const ImportReport r = import({kIati + QStringLiteral("/publishers/overflowing-budget.xml")});
    BOOST_TEST(r.imported == 0);
    BOOST_TEST(projects() == 0);
    BOOST_TEST_MESSAGE(allIssues(r));
    BOOST_TEST(mentions(r, QStringLiteral("KR-TEST-HUGE-1")));
    BOOST_TEST(mentions(r, QStringLiteral("9,999,999,999,999,999,990")));
}
