#include "CoreFixture.h"

#include "storage/ActorRepository.h"
#include "storage/Database.h"
#include "storage/ExchangeRateRepository.h"
#include "storage/ProjectRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>

using namespace c2c;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

Project fullProject(std::int64_t actorId)
{
    Project p;
    p.key = QStringLiteral("KR-TEST-1");
    p.iatiIdentifier = QStringLiteral("KR-GOV-47-TEST-1");
    p.title = {QStringLiteral("라오스 새마을운동 사업"), QStringLiteral("Saemaul Undong for Laos"), {{QStringLiteral("fr"), QStringLiteral("Saemaul Undong au Laos")}}};
    p.description = {QStringLiteral("마을 개발"), QStringLiteral("Village development"), {}};
    p.leadActorId = actorId;
    p.organisations = {{actorId, {QStringLiteral("경상북도"), QStringLiteral("Gyeongsangbuk-do"), {}}, QStringLiteral("KR-47"), OrgRole::Funding},
                       {0, {QString(), QStringLiteral("Lao Ministry"), {}}, QString(), OrgRole::Implementing}};
    p.countries = {{QStringLiteral("LA"), {QStringLiteral("비엔티안"), QStringLiteral("Vientiane"), {}}, 6000},
                   {QStringLiteral("VN"), {}, std::nullopt}};
    p.regions = {QStringLiteral("789")};
    p.period.start = PartialDate::ofMonth(2016, 3);
    p.period.startActual = true;
    p.period.end = PartialDate::ofYear(2025);
    p.status = ActivityStatus::Implementation;
    p.modality = Modality::CityToCity;
    p.fundingChannel = FundingChannel::OwnBudget;
    p.sectors = {{QStringLiteral("43072"), QStringLiteral("1"), 7550}, {QStringLiteral("15110"), QStringLiteral("1"), 2450}};
    p.sdgs = {{1, QStringLiteral("1.4")}, {11, QString()}};
    p.cooperationForms = flag(CooperationForm::CommunityDevelopment) | flag(CooperationForm::CapacityBuilding);
    p.dimensions = flag(PartnershipDimension::Social);
    BudgetLine original;
    original.period.start = p.period.start; // budget periods have no planned/actual flag
    original.period.end = p.period.end;
    original.amount = Money(350000000, QStringLiteral("USD"));
    BudgetLine revised = original;
    revised.type = BudgetType::Revised;
    revised.status = BudgetStatus::Committed;
    revised.amount = Money(360000000, QStringLiteral("USD"));
    revised.valueDate = QDate(2020, 1, 1);
    p.budget = {original, revised};
    p.transactions = {{TransactionType::Disbursement, QDate(2017, 5, 2), Money(100000000, QStringLiteral("USD")), QDate(2017, 5, 1),
                       {QStringLiteral("1차 지급"), QStringLiteral("First disbursement"), {}}}};
    PlannedDisbursement planned;
    planned.period.start = PartialDate::ofDay(QDate(2018, 1, 1));
    planned.period.end = PartialDate::ofDay(QDate(2018, 6, 30));
    planned.value = Money(-1250, QStringLiteral("USD"));
    planned.valueDate = QDate(2018, 1, 1);
    planned.type = BudgetType::Revised;
    PlannedDisbursement open;
    open.period.start = PartialDate::ofDay(QDate(2019, 1, 1));
    open.value = Money(5000000, QStringLiteral("USD"));
    p.plannedDisbursements = {planned, open};
    p.milestones = {{{QStringLiteral("시범마을 선정"), QStringLiteral("Pilot villages chosen"), {}}, QDate(2017, 1, 31), Completion::Substantial}};
    p.sources = {{QStringLiteral("KIPA presentation"), QStringLiteral("https://example.org/kipa"), QStringLiteral("12")}};
    p.qualityNotes = {{QStringLiteral("amount"), {QStringLiteral("35,00,000 USD로 표기됨"), QStringLiteral("printed as 35,00,000 USD"), {}}, Severity::Warning}};
    p.amountAsPrinted = QStringLiteral("35,00,000 USD");
    p.collaborationType = QStringLiteral("1");
    p.aidType = QStringLiteral("C01");
    return p;
}

} // namespace

BOOST_AUTO_TEST_CASE(a_new_file_gets_the_current_schema)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.c2c"));
    auto db = Database::open(path);
    BOOST_REQUIRE_MESSAGE(db.ok(), db.error());
    BOOST_TEST(db.value()->schemaVersion() == Database::SchemaVersion);
    BOOST_TEST(db.value()->backupPath().isEmpty());
    QSqlQuery q(db.value()->sql());
    BOOST_REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    BOOST_TEST(q.value(0).toInt() == 1);
    BOOST_REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    BOOST_TEST(q.value(0).toString() == QStringLiteral("wal"));
    BOOST_REQUIRE(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
    BOOST_TEST(q.value(0).toInt() == 16384);
}

// Turns the current quality_note table back into its shape before schema 5 (one note column).
// The lead actor of the projects the upgrade tests write.
static std::int64_t addProvince(Database &db)
{
    Actor a;
    a.kind = ActorKind::Province;
    a.name = {QStringLiteral("경상북도"), QStringLiteral("Gyeongsangbuk-do"), {}};
    BOOST_REQUIRE(ActorRepository(db).create(a).ok());
    return a.id;
}

static void toVersion4Notes(Database &db)
{
    BOOST_REQUIRE(db.exec(QStringLiteral("UPDATE quality_note SET note_ko = CASE WHEN note_ko <> '' THEN note_ko ELSE note_en END")).ok());
    BOOST_REQUIRE(db.exec(QStringLiteral("ALTER TABLE quality_note DROP COLUMN note_en")).ok());
    BOOST_REQUIRE(db.exec(QStringLiteral("ALTER TABLE quality_note RENAME COLUMN note_ko TO note")).ok());
}

BOOST_AUTO_TEST_CASE(migration_from_version_4_keeps_each_note_in_its_language)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.c2c"));
    Project before;
    {
        auto db = Database::open(path);
        BOOST_REQUIRE(db.ok());
        const std::int64_t actorId = addProvince(*db.value());
        before = fullProject(actorId);
        before.qualityNotes = {{QStringLiteral("amount"), {QStringLiteral("금액 확인 필요 (USD 기준)"), {}, {}}, Severity::Warning},
                               {QStringLiteral("period"), {{}, QStringLiteral("period not stated"), {}}, Severity::Info}};
        BOOST_REQUIRE(ProjectRepository(*db.value()).create(before).ok());
        toVersion4Notes(*db.value());
        BOOST_REQUIRE(db.value()->exec(QStringLiteral("PRAGMA user_version = 4")).ok());
    }
    auto db = Database::open(path);
    BOOST_REQUIRE_MESSAGE(db.ok(), db.error());
    BOOST_TEST(db.value()->schemaVersion() == Database::SchemaVersion);
    ProjectRepository repo(*db.value());
    auto after = repo.read(before.id);
    BOOST_REQUIRE_MESSAGE(after.ok(), after.error());
    BOOST_TEST((after.value().qualityNotes == before.qualityNotes));
    BOOST_TEST((after.value() == before));
}

// Files made before new portfolios got 16 KB pages keep their 4 KB pages, and everything in them.
BOOST_AUTO_TEST_CASE(a_file_with_small_pages_opens_as_it_is)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("small-pages.c2c"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("small-pages"));
        raw.setDatabaseName(path);
        BOOST_REQUIRE(raw.open());
        QSqlQuery q(raw);
        BOOST_REQUIRE(q.exec(QStringLiteral("PRAGMA page_size = 4096")));
        BOOST_REQUIRE(q.exec(QStringLiteral("CREATE TABLE placeholder(x)")));
        BOOST_REQUIRE(q.exec(QStringLiteral("DROP TABLE placeholder")));
        q.finish();
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("small-pages"));
    }
    {
        auto db = Database::open(path);
        BOOST_REQUIRE_MESSAGE(db.ok(), db.error());
        Project p = fullProject(addProvince(*db.value()));
        BOOST_REQUIRE(ProjectRepository(*db.value()).create(p).ok());
    }
    auto db = Database::open(path);
    BOOST_REQUIRE_MESSAGE(db.ok(), db.error());
    QSqlQuery q(db.value()->sql());
    BOOST_REQUIRE(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
    BOOST_TEST(q.value(0).toInt() == 4096);
    BOOST_TEST(ProjectRepository(*db.value()).count() == 1);
}

BOOST_AUTO_TEST_CASE(migration_from_version_1_backs_up_and_keeps_data)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.c2c"));
    {
        // A version-1 file: the current schema without what version 2 added.
        auto db = Database::open(path);
        BOOST_REQUIRE(db.ok());
        const std::int64_t actorId = addProvince(*db.value());
        Project p = fullProject(actorId);
        BOOST_REQUIRE(ProjectRepository(*db.value()).create(p).ok());
        BOOST_REQUIRE(db.value()->exec(QStringLiteral("DROP TABLE saved_view")).ok());
        BOOST_REQUIRE(db.value()->exec(QStringLiteral("DROP TABLE planned_disbursement")).ok());
        BOOST_REQUIRE(db.value()->exec(QStringLiteral("ALTER TABLE project DROP COLUMN modified_at")).ok());
        BOOST_REQUIRE(db.value()->exec(QStringLiteral("ALTER TABLE project DROP COLUMN modified_by")).ok());
        toVersion4Notes(*db.value());
        BOOST_REQUIRE(db.value()->exec(QStringLiteral("PRAGMA user_version = 1")).ok());
    }
    auto db = Database::open(path);
    BOOST_REQUIRE_MESSAGE(db.ok(), db.error());
    BOOST_TEST(db.value()->schemaVersion() == Database::SchemaVersion);
    QSqlQuery q(db.value()->sql());
    BOOST_TEST(q.exec(QStringLiteral("SELECT count(*) FROM saved_view")));
    BOOST_TEST(ProjectRepository(*db.value()).count() == 1);
    const QString backup = db.value()->backupPath();
    BOOST_REQUIRE(!backup.isEmpty());
    BOOST_TEST(QFile::exists(backup));
    // The backup is the version-1 file as it was.
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup-check"));
    raw.setDatabaseName(backup);
    BOOST_REQUIRE(raw.open());
    {
        QSqlQuery b(raw);
        BOOST_REQUIRE(b.exec(QStringLiteral("PRAGMA user_version")) && b.next());
        BOOST_TEST(b.value(0).toInt() == 1);
        BOOST_REQUIRE(b.exec(QStringLiteral("SELECT count(*) FROM project")) && b.next());
        BOOST_TEST(b.value(0).toInt() == 1);
    }
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("backup-check"));
}

BOOST_AUTO_TEST_CASE(migration_from_version_3_adds_planned_disbursements_and_keeps_every_project)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.c2c"));
    Project before;
    {
        // A version-3 file: the current schema without the planned_disbursement table.
        auto db = Database::open(path);
        BOOST_REQUIRE(db.ok());
        const std::int64_t actorId = addProvince(*db.value());
        before = fullProject(actorId);
        before.plannedDisbursements.clear();
        before.qualityNotes.first().note.ko.clear(); // one language, as notes were before schema 5
        BOOST_REQUIRE(ProjectRepository(*db.value()).create(before).ok());
        BOOST_REQUIRE(db.value()->exec(QStringLiteral("DROP TABLE planned_disbursement")).ok());
        toVersion4Notes(*db.value());
        BOOST_REQUIRE(db.value()->exec(QStringLiteral("PRAGMA user_version = 3")).ok());
    }
    auto db = Database::open(path);
    BOOST_REQUIRE_MESSAGE(db.ok(), db.error());
    BOOST_TEST(db.value()->schemaVersion() == Database::SchemaVersion);
    BOOST_TEST(QFile::exists(db.value()->backupPath()));
    ProjectRepository repo(*db.value());
    auto after = repo.read(before.id);
    BOOST_REQUIRE_MESSAGE(after.ok(), after.error());
    BOOST_TEST((after.value() == before)); // every field as it was, and no planned disbursement
    // The new table takes them, and an update replaces them like every other detail.
    Project edited = after.value();
    edited.plannedDisbursements = fullProject(before.leadActorId).plannedDisbursements;
    BOOST_REQUIRE(repo.update(edited).ok());
    BOOST_TEST((repo.read(before.id).value().plannedDisbursements == edited.plannedDisbursements));
    edited.plannedDisbursements.removeFirst();
    BOOST_REQUIRE(repo.update(edited).ok());
    BOOST_TEST(repo.read(before.id).value().plannedDisbursements.size() == 1);
    // Deleting the project deletes them.
    BOOST_REQUIRE(repo.remove(before.id, edited.version).ok());
    QSqlQuery q(db.value()->sql());
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM planned_disbursement")) && q.next());
    BOOST_TEST(q.value(0).toInt() == 0);
}

BOOST_AUTO_TEST_CASE(a_newer_file_is_refused_and_left_unchanged)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.c2c"));
    {
        auto db = Database::open(path);
        BOOST_REQUIRE(db.ok());
        BOOST_REQUIRE(db.value()->exec(QStringLiteral("PRAGMA user_version = 99")).ok());
        BOOST_REQUIRE(db.value()->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
        BOOST_REQUIRE(db.value()->exec(QStringLiteral("PRAGMA journal_mode = DELETE")).ok());
    }
    const QByteArray before = readAll(path);
    auto db = Database::open(path);
    BOOST_REQUIRE(!db.ok());
    BOOST_TEST(db.error().contains(QStringLiteral("newer version")));
    BOOST_TEST(db.error().contains(QStringLiteral("99")));
    BOOST_TEST(readAll(path) == before);
}

BOOST_AUTO_TEST_CASE(damaged_and_foreign_files_give_clear_errors)
{
    QTemporaryDir dir;
    const QString garbage = dir.filePath(QStringLiteral("garbage.c2c"));
    {
        QFile f(garbage);
        BOOST_REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, '\x7f'));
    }
    auto a = Database::open(garbage);
    BOOST_REQUIRE(!a.ok());
    BOOST_TEST(a.error().contains(garbage));
    BOOST_TEST(a.error().contains(QStringLiteral("not an SQLite file")));

    // A truncated portfolio: the header survives, the pages do not.
    const QString truncated = dir.filePath(QStringLiteral("truncated.c2c"));
    {
        auto db = Database::open(truncated);
        BOOST_REQUIRE(db.ok());
        BOOST_REQUIRE(db.value()->exec(QStringLiteral("PRAGMA journal_mode = DELETE")).ok());
    }
    {
        QFile f(truncated);
        BOOST_REQUIRE(f.open(QIODevice::ReadWrite));
        QByteArray head = f.read(100);
        f.resize(0);
        f.seek(0);
        f.write(head + QByteArray(5000, '\x01'));
    }
    auto b = Database::open(truncated);
    BOOST_TEST(!b.ok());
    BOOST_TEST(!b.error().isEmpty());

    const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        raw.setDatabaseName(foreign);
        BOOST_REQUIRE(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE notes(x)"));
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    }
    auto c = Database::open(foreign);
    BOOST_REQUIRE(!c.ok());
    BOOST_TEST(c.error().contains(QStringLiteral("another program")));
}

BOOST_AUTO_TEST_CASE(repository_round_trip_keeps_every_field)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("p.c2c")));
    BOOST_REQUIRE(db.ok());
    ActorRepository actors(*db.value());
    Actor a;
    a.kind = ActorKind::Province;
    a.name = {QStringLiteral("경상북도"), QStringLiteral("Gyeongsangbuk-do"), {}};
    BOOST_REQUIRE(actors.create(a).ok());
    ProjectRepository repo(*db.value());
    Project p = fullProject(a.id);
    BOOST_REQUIRE(repo.create(p).ok());
    BOOST_TEST(p.id > 0);
    BOOST_TEST(p.version == 1);
    auto back = repo.read(p.id);
    BOOST_REQUIRE_MESSAGE(back.ok(), back.error());
    const Project &b = back.value();
    BOOST_TEST((b.title == p.title));
    BOOST_TEST((b.description == p.description));
    BOOST_TEST((b.organisations == p.organisations));
    BOOST_TEST((b.countries == p.countries));
    BOOST_TEST((b.regions == p.regions));
    BOOST_TEST((b.period == p.period));
    BOOST_TEST((b.sectors == p.sectors));
    BOOST_TEST((b.sdgs == p.sdgs));
    BOOST_TEST((b.budget == p.budget));
    BOOST_TEST((b.transactions == p.transactions));
    BOOST_TEST((b.plannedDisbursements == p.plannedDisbursements));
    BOOST_TEST((b.milestones == p.milestones));
    BOOST_TEST((b.sources == p.sources));
    BOOST_TEST((b.qualityNotes == p.qualityNotes));
    BOOST_TEST((b == p));
    BOOST_TEST(repo.readByKey(QStringLiteral("KR-TEST-1"))->id == p.id);
    BOOST_TEST(repo.idForIatiIdentifier(QStringLiteral("KR-GOV-47-TEST-1")) == p.id);

    Project duplicate = fullProject(a.id);
    const Status dup = repo.create(duplicate);
    BOOST_TEST(!dup.ok());
    BOOST_TEST(dup.error().contains(QStringLiteral("KR-TEST-1")));
    BOOST_TEST(duplicate.id == 0);
}

BOOST_AUTO_TEST_CASE(a_stale_update_or_delete_is_refused)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("p.c2c")));
    BOOST_REQUIRE(db.ok());
    ProjectRepository repo(*db.value());
    Project p;
    p.key = QStringLiteral("K1");
    p.title.en = QStringLiteral("First");
    BOOST_REQUIRE(repo.create(p).ok());

    Project windowA = repo.read(p.id).value();
    Project windowB = repo.read(p.id).value();
    windowA.title.en = QStringLiteral("Edited in window A");
    BOOST_REQUIRE(repo.update(windowA).ok());
    BOOST_TEST(windowA.version == 2);
    windowB.title.en = QStringLiteral("Edited in window B");
    const Status stale = repo.update(windowB);
    BOOST_REQUIRE(!stale.ok());
    BOOST_TEST(stale.error().contains(QStringLiteral("changed by someone else")));
    BOOST_TEST(windowB.version == 1);
    BOOST_TEST(repo.read(p.id)->title.en == QStringLiteral("Edited in window A"));

    BOOST_TEST(!repo.remove(p.id, 1).ok());
    BOOST_TEST(repo.remove(p.id, 2).ok());
    BOOST_TEST(repo.count() == 0);
    BOOST_TEST(!repo.update(windowA).ok());
}

BOOST_AUTO_TEST_CASE(a_failed_batch_writes_nothing)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("p.c2c")));
    BOOST_REQUIRE(db.ok());
    ProjectRepository repo(*db.value());
    QList<Project> batch(3);
    batch[0].key = QStringLiteral("A");
    batch[1].key = QStringLiteral("B");
    batch[2].key = QStringLiteral("A"); // duplicate key: the whole batch must fail
    const Status st = repo.createMany(batch);
    BOOST_TEST(!st.ok());
    BOOST_TEST(repo.count() == 0);
    BOOST_TEST(batch[0].id == 0);
}

BOOST_AUTO_TEST_CASE(actors_keep_their_names_and_merge_into_successors)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("p.c2c")));
    BOOST_REQUIRE(db.ok());
    ActorRepository actors(*db.value());
    BOOST_REQUIRE(actors.ensureLocalGovernments().ok());
    BOOST_REQUIRE(actors.ensureLocalGovernments().ok()); // idempotent
    BOOST_TEST(actors.readAll()->size() == 17);
    const auto gangwon = actors.findByName(QStringLiteral("Gangwon-do"));
    BOOST_REQUIRE(gangwon != 0);
    BOOST_TEST(gangwon == actors.findByName(QStringLiteral("강원특별자치도")));
    const Actor g = actors.read(gangwon).value();
    BOOST_TEST(g.nameOn(QDate(2018, 1, 1)).en == QStringLiteral("Gangwon-do"));
    BOOST_TEST(g.nameOn(QDate(2024, 1, 1)).en == QStringLiteral("Gangwon State"));

    ProjectRepository repo(*db.value());
    Project p;
    p.key = QStringLiteral("K1");
    p.leadActorId = actors.findByName(QStringLiteral("광주광역시"));
    BOOST_REQUIRE(repo.create(p).ok());
    const auto jeonnam = actors.findByName(QStringLiteral("전라남도"));
    BOOST_REQUIRE(actors.merge(p.leadActorId, jeonnam).ok());
    BOOST_TEST(repo.read(p.id)->leadActorId == jeonnam);
    BOOST_TEST(actors.read(p.leadActorId)->successorId == jeonnam);
    BOOST_TEST(!actors.merge(jeonnam, jeonnam).ok());
}

BOOST_AUTO_TEST_CASE(exchange_rates_need_a_source_and_a_positive_rate)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("p.c2c")));
    BOOST_REQUIRE(db.ok());
    ExchangeRateRepository rates(*db.value());
    BOOST_TEST(rates.readAll()->isEmpty()); // none shipped
    BOOST_TEST(!rates.set({QStringLiteral("KRW"), 2024, 1363980000, QString()}).ok());
    BOOST_TEST(!rates.set({QStringLiteral("KRW"), 2024, 0, QStringLiteral("x")}).ok());
    BOOST_REQUIRE(rates.set({QStringLiteral("KRW"), 2024, 1363980000, QStringLiteral("Bank of Korea, yearly average")}).ok());
    BOOST_REQUIRE(rates.set({QStringLiteral("KRW"), 2024, 1364000000, QStringLiteral("Office rate")}).ok());
    const auto all = rates.readAll().value();
    BOOST_REQUIRE(all.size() == 1);
    BOOST_TEST(all.first().perUsdMicro == 1364000000);
    BOOST_TEST(all.first().source == QStringLiteral("Office rate"));
}
