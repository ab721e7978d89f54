// Which stored project a spreadsheet row is: rows without a key column get keys
// from their content, so a sheet re-imported after inserting a row updates the
// same projects as before; a row is recognised by its title in either language;
// a dry run lists what each update changes and warns of changed titles and actors.
#include "CoreFixture.h"
#include "EmptyPortfolio.h"

#include "io/CsvImport.h"
#include "io/ImportWriter.h"
#include "portfolio/Portfolio.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>

using namespace c2c;

namespace {

struct Fixture : EmptyPortfolio {

    // As the wizard and the command line do: keys of keyless rows start with the sheet's name.
    ImportReport import(const char *file, const char *prefix, bool dryRun = false,
                        DuplicatePolicy policy = DuplicatePolicy::Update)
    {
        auto doc = CsvImport::load(kCsv + QLatin1String(file));
        BOOST_REQUIRE_MESSAGE(doc.ok(), doc.error());
        const ImportReport r = ImportWriter::run(
            *portfolio,
            [&](const ItemSink &sink, QList<ImportIssue> &issues) {
                CsvImport::read(doc.value(), ColumnMapping::suggest(doc->header), {QString(), QLatin1String(prefix)}, sink,
                                issues);
            },
            policy, dryRun);
        BOOST_TEST_REQUIRE(!r.hasErrors(), issuesOf(r));
        return r;
    }
    static QString issuesOf(const ImportReport &r)
    {
        QStringList out;
        for (const ImportIssue &i : r.issues)
            out.append(i.text());
        return out.join(QLatin1Char('\n'));
    }
    // Every stored project as "title: budget, end year", by id.
    QMap<std::int64_t, QString> contents()
    {
        QMap<std::int64_t, QString> out;
        for (const Project &p : projects())
            out.insert(p.id, QStringLiteral("%1: %2, %3")
                               .arg(p.title.ko, p.budget.isEmpty() ? QString() : p.budget.first().amount.toDecimalString())
                               .arg(p.period.end ? p.period.end->year : 0));
        return out;
    }
    QStringList keys()
    {
        QStringList out;
        for (const Project &p : projects())
            out.append(p.key);
        return out;
    }
    QList<Project> projects() { return portfolio->projects().readAll().value(); }
};

QString changesOf(const ImportUpdate &u, Language lang = Language::English)
{
    QStringList out;
    for (const FieldChange &c : u.changes(lang))
        out.append(c.text());
    return out.join(QLatin1Char('\n'));
}

} // namespace

BOOST_FIXTURE_TEST_CASE(keys_of_keyless_rows_come_from_their_content, Fixture)
{
    import("keyless.csv", "SHEET");
    const QStringList first = keys();
    BOOST_TEST(first.size() == 5);
    for (const QString &key : first)
        BOOST_TEST(QRegularExpression(QStringLiteral("^SHEET-[0-9A-F]{12}(-2)?$")).match(key).hasMatch(), key);
    // The two rows alike in actor, title, country and start year: the second one's key has a suffix.
    BOOST_TEST(first.count(first[3] + QStringLiteral("-2")) == 1, first.join(QLatin1Char(' ')));
}

BOOST_FIXTURE_TEST_CASE(a_row_inserted_at_the_top_updates_exactly_the_projects_of_before, Fixture)
{
    import("keyless.csv", "SHEET");
    const QMap<std::int64_t, QString> before = contents();
    const QStringList keysBefore = keys();

    // The same sheet, saved again after a row was inserted above the others.
    const ImportReport dry = import("keyless-row-inserted.csv", "SHEET", true);
    BOOST_TEST(dry.imported == 1);
    BOOST_TEST(dry.updated == 5);
    BOOST_TEST(dry.updates.size() == 5);
    for (const ImportUpdate &u : dry.updates) {
        BOOST_TEST(u.changes(Language::English).isEmpty(), "line " << u.line << ": " << changesOf(u).toStdString());
        BOOST_TEST(!u.changesTitleOrActor);
        BOOST_TEST(int(u.match) == int(ImportUpdate::ByKey));
    }
    BOOST_TEST(dry.titleOrActorChanges == 0);
    BOOST_TEST(contents() == before); // a dry run changes nothing

    const ImportReport r = import("keyless-row-inserted.csv", "SHEET");
    BOOST_TEST(r.imported == 1);
    BOOST_TEST(r.updated == 5);
    QMap<std::int64_t, QString> after = contents();
    BOOST_TEST(after.size() == 6);
    // Each project keeps its own data (none took its neighbour's); the one new project is the inserted row.
    for (auto it = before.begin(); it != before.end(); ++it)
        BOOST_TEST(after.take(it.key()) == it.value());
    BOOST_REQUIRE(after.size() == 1);
    BOOST_TEST(after.first() == QStringLiteral("필리핀 재난 대응: 50000000, 2023"));
    for (const QString &key : keysBefore)
        BOOST_TEST(keys().contains(key));
}

BOOST_FIXTURE_TEST_CASE(a_sheet_under_another_name_is_matched_by_content, Fixture)
{
    import("keyless.csv", "KEYLESS");
    const QMap<std::int64_t, QString> before = contents();
    const QStringList keysBefore = keys();
    // Another file name gives other keys: the rows are recognised by actor, title, country and year.
    const ImportReport r = import("keyless-row-inserted.csv", "KEYLESS-ROW-INSERTED");
    BOOST_TEST(r.imported == 1);
    BOOST_TEST(r.updated == 5);
    for (const ImportUpdate &u : r.updates) {
        BOOST_TEST(int(u.match) == int(ImportUpdate::ByContent));
        BOOST_TEST(u.changes(Language::English).isEmpty(), "line " << u.line << ": " << changesOf(u).toStdString());
    }
    QMap<std::int64_t, QString> after = contents();
    for (auto it = before.begin(); it != before.end(); ++it)
        BOOST_TEST(after.take(it.key()) == it.value());
    BOOST_TEST(after.size() == 1);
    for (const QString &key : keysBefore)
        BOOST_TEST(keys().contains(key)); // an update keeps the stored key
}

BOOST_FIXTURE_TEST_CASE(a_row_is_recognised_by_its_title_in_the_other_language, Fixture)
{
    import("keyless.csv", "SHEET");
    const std::int64_t vietnam = projects().first().id;
    BOOST_TEST(portfolio->projects().read(vietnam).value().title.en == QStringLiteral("Water supply in Vietnam"));

    // The Korean title was changed in the sheet; the English one still names the project.
    const ImportReport r = import("keyless-retitled.csv", "SHEET");
    BOOST_TEST(r.imported == 0);
    BOOST_TEST(r.updated == 2);
    BOOST_TEST(portfolio->projects().count() == 5);
    const Project p = portfolio->projects().read(vietnam).value();
    BOOST_TEST(p.title.ko == QStringLiteral("베트남 상수도 협력 (2단계)"));
    BOOST_TEST(p.budget.first().amount == Money(400000000, QStringLiteral("KRW")));
    BOOST_REQUIRE(r.updates.size() == 2);
    BOOST_TEST(r.updates[0].before.id == vietnam);
    BOOST_TEST(int(r.updates[0].match) == int(ImportUpdate::ByContent));
    // The English title differs in case and spaces only: the row is still the Laos project.
    BOOST_TEST(r.updates[1].before.title.ko == QStringLiteral("라오스 직업훈련"));
}

BOOST_FIXTURE_TEST_CASE(a_dry_run_lists_what_each_update_changes, Fixture)
{
    import("keyless.csv", "SHEET");
    const ImportReport dry = import("keyless-retitled.csv", "SHEET", true);
    BOOST_REQUIRE(dry.updates.size() == 2);
    const ImportUpdate &vn = dry.updates[0];
    BOOST_TEST(vn.line == 2);
    BOOST_TEST(vn.file.endsWith(QStringLiteral("keyless-retitled.csv")));
    BOOST_TEST(!vn.skipped);
    BOOST_TEST(vn.changesTitleOrActor);
    const QString text = changesOf(vn);
    BOOST_TEST(text.contains(QStringLiteral("Title (Korean): 베트남 상수도 협력 → 베트남 상수도 협력 (2단계)")), text);
    BOOST_TEST(text.contains(QStringLiteral("Period: 2019 (planned) – 2021 (planned) → 2019 (planned) – 2022 (planned)")),
               text);
    BOOST_TEST(text.contains(QStringLiteral("Budget: ")), text);
    BOOST_TEST((text.contains(QStringLiteral("350,000,000")) && text.contains(QStringLiteral("400,000,000"))), text);
    BOOST_TEST(!text.contains(QStringLiteral("Status")), text); // unchanged fields are not listed
    BOOST_TEST(!text.contains(QStringLiteral("Lead actor")), text);
    BOOST_TEST(text.contains(QStringLiteral("Amount as printed: 3.5억원 → 4억원")), text);
    BOOST_TEST(vn.changes(Language::English).size() == 4, text);

    const ImportUpdate &la = dry.updates[1];
    BOOST_TEST(la.changesTitleOrActor); // its English title is written differently
    BOOST_TEST(changesOf(la) == QStringLiteral("Title (English): Vocational training in Laos → vocational training in LAOS"));
    BOOST_TEST(dry.titleOrActorChanges == 2);

    // Skipping lists the matches too, without changes.
    const ImportReport skip = import("keyless-retitled.csv", "SHEET", true, DuplicatePolicy::Skip);
    BOOST_TEST(skip.skipped == 2);
    BOOST_REQUIRE(skip.updates.size() == 2);
    BOOST_TEST(skip.updates[0].skipped);
    BOOST_TEST(skip.updates[0].changes(Language::English).isEmpty());
    BOOST_TEST(skip.titleOrActorChanges == 0);
}

BOOST_FIXTURE_TEST_CASE(a_changed_lead_actor_is_named_in_the_changes, Fixture)
{
    import("projects-utf8.csv", "UTF8");
    // The same key with another lead actor: matched by key, and the change is shown.
    auto doc = CsvImport::fromText(QStringLiteral("사업코드,사업명,지자체,국가,시작연도\n"
                                                  "KR-SW-LA-02,\"라오스 직업훈련\n(2단계)\",경기도,LA,2020\n"),
                                   QStringLiteral("actor.csv"));
    BOOST_REQUIRE(doc.ok());
    const ImportReport r = ImportWriter::run(
        *portfolio,
        [&](const ItemSink &sink, QList<ImportIssue> &issues) {
            CsvImport::read(doc.value(), ColumnMapping::suggest(doc->header), {}, sink, issues);
        },
        DuplicatePolicy::Update, true);
    BOOST_REQUIRE(r.updates.size() == 1);
    BOOST_TEST(r.updates[0].changesTitleOrActor);
    const QString ko = changesOf(r.updates[0], Language::Korean);
    BOOST_TEST(ko.contains(QStringLiteral("Lead actor: 수원시 → 경기도")), ko);
    BOOST_TEST(changesOf(r.updates[0]).contains(QStringLiteral("Lead actor: Suwon-si → Gyeonggi-do")), changesOf(r.updates[0]));
    BOOST_TEST(portfolio->actors().read(portfolio->projects().readByKey(QStringLiteral("KR-SW-LA-02")).value().leadActorId)
                   .value()
                   .name.ko
               == QStringLiteral("수원시")); // a dry run
}

BOOST_FIXTURE_TEST_CASE(an_unknown_lead_actor_matches_nothing_and_a_dry_run_creates_none, Fixture)
{
    import("keyless.csv", "SHEET");
    const qsizetype actors = portfolio->actors().readAll().value().size();
    auto doc = CsvImport::fromText(QStringLiteral("사업명,지자체,국가,시작연도\n베트남 상수도 협력,새로운시,VN,2019\n"),
                                   QStringLiteral("other.csv"));
    BOOST_REQUIRE(doc.ok());
    const ImportReport r = ImportWriter::run(
        *portfolio,
        [&](const ItemSink &sink, QList<ImportIssue> &issues) {
            CsvImport::read(doc.value(), ColumnMapping::suggest(doc->header), {QString(), QStringLiteral("OTHER")}, sink,
                            issues);
        },
        DuplicatePolicy::Update, true);
    BOOST_TEST(r.imported == 1);
    BOOST_TEST(r.updated == 0);
    BOOST_TEST(portfolio->actors().readAll().value().size() == actors);
}

BOOST_FIXTURE_TEST_CASE(a_row_whose_key_a_matched_project_holds_gets_another, Fixture)
{
    import("keyless.csv", "SHEET");
    // Line 2 is the Vietnam project by its English title; line 3 is the row that project was first
    // imported from, so its content key is that project's key: it becomes a new project under another key.
    auto doc = CsvImport::fromText(QStringLiteral("국문사업명,영문사업명,지자체,국가,시작연도\n"
                                                  "베트남 상수도 2단계,Water supply in Vietnam,수원시,VN,2019\n"
                                                  "베트남 상수도 협력,Water supply in Vietnam,수원시,VN,2019\n"),
                                   QStringLiteral("sheet.csv"));
    BOOST_REQUIRE(doc.ok());
    const ImportReport r = ImportWriter::run(
        *portfolio,
        [&](const ItemSink &sink, QList<ImportIssue> &issues) {
            CsvImport::read(doc.value(), ColumnMapping::suggest(doc->header), {QString(), QStringLiteral("SHEET")}, sink,
                            issues);
        },
        DuplicatePolicy::Update, false);
    BOOST_TEST(!r.hasErrors(), issuesOf(r));
    BOOST_TEST(r.updated == 1);
    BOOST_TEST(r.imported == 1);
    const QList<Project> all = projects();
    BOOST_TEST(all.size() == 6);
    BOOST_TEST(all.first().title.ko == QStringLiteral("베트남 상수도 2단계"));
    BOOST_TEST(all.last().title.ko == QStringLiteral("베트남 상수도 협력"));
    BOOST_TEST(all.last().key == all.first().key + QStringLiteral("+2"));
}
