// A large import's settings: a portfolio with few projects is written through the
// rollback journal and gets its write-ahead log back afterwards, also when the
// import fails; another connection to the file keeps the log; every reference is
// checked before the import is committed, and one dangling reference fails it whole.
#include "CoreFixture.h"
#include "EmptyPortfolio.h"

#include "io/CsvImport.h"
#include "io/ImportWriter.h"
#include "io/KeyIndex.h"
#include "portfolio/Portfolio.h"
#include "storage/BulkImportSettings.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>
#include <boost/test/unit_test.hpp>
#include <random>

using namespace c2c;

namespace {

QString journalMode(Portfolio &portfolio)
{
    QSqlQuery q(portfolio.database().sql());
    BOOST_REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    return q.value(0).toString();
}

bool foreignKeysOn(Portfolio &portfolio)
{
    QSqlQuery q(portfolio.database().sql());
    BOOST_REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    return q.value(0).toInt() == 1;
}

void addProjects(Portfolio &portfolio, int n)
{
    for (int i = 0; i < n; ++i) {
        Project p;
        p.key = QStringLiteral("STORED-%1").arg(i);
        p.title.en = QStringLiteral("Stored project %1").arg(i);
        BOOST_REQUIRE(portfolio.projects().create(p).ok());
    }
}

ImportReport importItems(Portfolio &portfolio, QList<ImportItem> items)
{
    return ImportWriter::run(
        portfolio,
        [&](const ItemSink &sink, QList<ImportIssue> &) {
            for (ImportItem &item : items)
                sink(std::move(item));
        },
        DuplicatePolicy::Update, false);
}

ImportReport importFile(Portfolio &portfolio, const QString &path)
{
    return ImportWriter::run(
        portfolio,
        [&](const ItemSink &sink, QList<ImportIssue> &issues) {
            auto doc = CsvImport::load(path);
            BOOST_REQUIRE_MESSAGE(doc.ok(), doc.error());
            CsvImport::read(doc.value(), ColumnMapping::suggest(doc->header), {QString(), QStringLiteral("ROW")}, sink,
                            issues);
        },
        DuplicatePolicy::Update, false);
}

ImportItem item(const QString &key)
{
    ImportItem i;
    i.file = QStringLiteral("items");
    i.line = 2;
    i.project.key = key;
    i.project.title.en = QStringLiteral("Project ") + key;
    return i;
}

} // namespace

BOOST_FIXTURE_TEST_CASE(a_small_portfolio_is_written_through_the_rollback_journal, EmptyPortfolio)
{
    addProjects(*portfolio, 3);
    {
        BulkImportSettings settings(portfolio->database(), 4);
        BOOST_TEST(settings.usesRollbackJournal());
        BOOST_TEST(journalMode(*portfolio) == QStringLiteral("delete"));
        BOOST_TEST(!foreignKeysOn(*portfolio));
    }
    BOOST_TEST(journalMode(*portfolio) == QStringLiteral("wal"));
    BOOST_TEST(foreignKeysOn(*portfolio));
}

BOOST_FIXTURE_TEST_CASE(a_larger_portfolio_keeps_its_log, EmptyPortfolio)
{
    addProjects(*portfolio, 3);
    BulkImportSettings settings(portfolio->database(), 3);
    BOOST_TEST(!settings.usesRollbackJournal());
    BOOST_TEST(journalMode(*portfolio) == QStringLiteral("wal"));
}

BOOST_FIXTURE_TEST_CASE(a_file_open_elsewhere_keeps_its_log_and_still_imports, EmptyPortfolio)
{
    auto other = Portfolio::open(portfolio->database().path());
    BOOST_REQUIRE_MESSAGE(other.ok(), other.error());
    BOOST_TEST(other.value()->projects().count() == 0);
    {
        BulkImportSettings settings(portfolio->database());
        BOOST_TEST(!settings.usesRollbackJournal());
    }
    const ImportReport r = importItems(*portfolio, {item(QStringLiteral("A-1")), item(QStringLiteral("A-2"))});
    BOOST_TEST(!r.hasErrors());
    BOOST_TEST(other.value()->projects().count() == 2);
    BOOST_TEST(journalMode(*portfolio) == QStringLiteral("wal"));
}

BOOST_FIXTURE_TEST_CASE(a_dangling_reference_is_found_before_commit, EmptyPortfolio)
{
    BulkImportSettings settings(portfolio->database());
    Status st = portfolio->database().transaction([&]() -> Status {
        Status w = portfolio->database().exec(
            QStringLiteral("INSERT INTO budget_line(project_id, seq, amount_minor, currency) VALUES(999, 0, 100, 'USD')"));
        if (!w)
            return w;
        return settings.checkReferences();
    });
    BOOST_REQUIRE(!st.ok());
    BOOST_TEST(st.error().contains(QStringLiteral("budget_line")), st.error());
    BOOST_TEST(st.error().contains(QStringLiteral("project")), st.error());
    QSqlQuery q(portfolio->database().sql());
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM budget_line")) && q.next());
    BOOST_TEST(q.value(0).toInt() == 0);
}

BOOST_FIXTURE_TEST_CASE(an_import_with_a_reference_to_a_missing_actor_changes_nothing, EmptyPortfolio)
{
    addProjects(*portfolio, 2);
    ImportItem bad = item(QStringLiteral("B-2"));
    ParticipatingOrg o;
    o.actorId = 424242; // no such actor
    o.name.en = QStringLiteral("Nobody");
    bad.project.organisations.append(o);
    const ImportReport r = importItems(*portfolio, {item(QStringLiteral("B-1")), bad, item(QStringLiteral("B-3"))});
    BOOST_TEST(r.errorCount() == 1);
    BOOST_TEST(r.imported == 0);
    QString text;
    for (const ImportIssue &i : r.issues)
        text += i.text();
    BOOST_TEST(text.contains(QStringLiteral("project_org")), text);
    BOOST_TEST(text.contains(QStringLiteral("actor")), text);
    BOOST_TEST(portfolio->projects().count() == 2);
    BOOST_TEST(journalMode(*portfolio) == QStringLiteral("wal"));
    BOOST_TEST(foreignKeysOn(*portfolio));
}

BOOST_FIXTURE_TEST_CASE(a_bad_row_late_in_a_big_file_leaves_the_portfolio_as_it_was, EmptyPortfolio)
{
    addProjects(*portfolio, 5);
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QFile csv(path);
    BOOST_REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("id,title_en,partner_country,start_year,amount,currency\n");
    const int rows = 5000;
    for (int i = 1; i <= rows; ++i)
        csv.write(QStringLiteral("BIG-%1,Water supply %1,VN,2020,%2,USD\n")
                      .arg(i)
                      .arg(i == rows ? QStringLiteral("12O00") : QString::number(1000 + i))
                      .toUtf8());
    csv.close();
    const ImportReport r = importFile(*portfolio, path);
    BOOST_REQUIRE(r.errorCount() == 1);
    QString text;
    for (const ImportIssue &i : r.issues)
        text += i.text();
    BOOST_TEST(text.contains(QStringLiteral("line %1").arg(rows + 1)), text);
    BOOST_TEST(portfolio->projects().count() == 5);
    QSqlQuery q(portfolio->database().sql());
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM project_country")) && q.next());
    BOOST_TEST(q.value(0).toInt() == 0);
    BOOST_TEST(journalMode(*portfolio) == QStringLiteral("wal"));
    BOOST_TEST(!QFileInfo::exists(portfolio->database().path() + QStringLiteral("-journal")));
}

// The import's key index against a plain hash table: random keys (many alike, some empty, some
// long), added, replaced and looked up in any order, through many growths.
BOOST_AUTO_TEST_CASE(the_key_index_agrees_with_a_hash_table)
{
    std::mt19937 random(1129);
    KeyIndex index;
    QHash<QString, std::int64_t> model;
    auto randomKey = [&] {
        const int kind = int(random() % 10);
        if (kind == 0)
            return QString();
        if (kind == 1)
            return QStringLiteral("사업-%1").arg(random() % 50); // Korean, few distinct
        QString k = QStringLiteral("KR-LG%1-").arg(random() % 300, 3, 10, QLatin1Char('0'));
        const int length = kind == 2 ? 200 : 1 + int(random() % 8);
        for (int i = 0; i < length; ++i)
            k.append(QChar(u'0' + char16_t(random() % 10)));
        return k;
    };
    for (int step = 0; step < 60000; ++step) {
        const QString key = randomKey();
        if (random() % 3 == 0) {
            const std::int64_t id = 1 + std::int64_t(random() % 1000000);
            index.insert(key, id);
            model.insert(key, id);
        } else {
            BOOST_TEST_REQUIRE(index.value(key) == model.value(key), key.toStdString());
            BOOST_TEST_REQUIRE(index.contains(key) == model.contains(key));
        }
    }
    BOOST_TEST(index.size() == std::size_t(model.size()));
    for (auto it = model.cbegin(); it != model.cend(); ++it)
        BOOST_TEST_REQUIRE(index.value(it.key()) == it.value());
    BOOST_TEST(model.size() > 10000); // the index did grow many times
}
