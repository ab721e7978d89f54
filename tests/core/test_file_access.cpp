// Files and paths at the core: where a new portfolio may be created, one backup per
// upgrade attempt, a locked file named as locked, and the temporary files of exports.
#include "CoreFixture.h"

#include "io/PartialFile.h"
#include "portfolio/Portfolio.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>

using namespace c2c;

namespace {

// A portfolio at schema version 2 whose upgrade to 3 fails: the column version 3 adds is already there.
QString failingUpgrade(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("stuck.c2c"));
    auto db = Database::open(path);
    BOOST_REQUIRE_MESSAGE(db.ok(), db.error());
    BOOST_REQUIRE(db.value()->exec(QStringLiteral("ALTER TABLE project DROP COLUMN modified_by")).ok());
    BOOST_REQUIRE(db.value()->exec(QStringLiteral("PRAGMA user_version = 2")).ok());
    return path;
}

QStringList backupsOf(const QString &path, int version)
{
    const QFileInfo info(path);
    return info.absoluteDir().entryList({QStringLiteral("%1.v%2-*.bak").arg(info.fileName()).arg(version)}, QDir::Files);
}

} // namespace

BOOST_AUTO_TEST_CASE(a_new_file_needs_an_existing_folder)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("typo/sub/portfolio.c2c"));
    auto db = Database::open(path);
    BOOST_REQUIRE(!db.ok());
    BOOST_TEST(db.error().contains(path));
    BOOST_TEST(db.error().contains(QStringLiteral("does not exist")));
    BOOST_TEST(!QFileInfo::exists(dir.filePath(QStringLiteral("typo"))));

    auto ok = Database::open(dir.filePath(QStringLiteral("portfolio.c2c")));
    BOOST_TEST(ok.ok());
    BOOST_TEST(!ok.value()->isReadOnly());
}

BOOST_AUTO_TEST_CASE(a_failed_upgrade_keeps_one_backup_and_names_it)
{
    QTemporaryDir dir;
    const QString path = failingUpgrade(dir);
    auto first = Database::open(path);
    BOOST_REQUIRE(!first.ok());
    const QStringList made = backupsOf(path, 2);
    BOOST_REQUIRE_EQUAL(made.size(), 1);
    BOOST_TEST(first.error().contains(QStringLiteral("modified_at")));
    BOOST_TEST(first.error().contains(made.first()));

    // Tried again (every command opens the file): the same copy, no second one.
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto again = Database::open(path);
        BOOST_REQUIRE(!again.ok());
        BOOST_TEST(again.error().contains(made.first()));
    }
    BOOST_TEST(backupsOf(path, 2) == made);

    // Once the file changed after that copy (an older version wrote to it), a new copy is made.
    const QString copy = QFileInfo(path).absoluteDir().filePath(made.first());
    QFile backup(copy);
    BOOST_REQUIRE(backup.open(QIODevice::ReadWrite));
    BOOST_REQUIRE(backup.setFileTime(QFileInfo(path).lastModified().addSecs(-60), QFileDevice::FileModificationTime));
    backup.close();
    BOOST_REQUIRE(!Database::open(path).ok());
    BOOST_TEST(backupsOf(path, 2).size() == 2);
}

BOOST_AUTO_TEST_CASE(a_locked_file_is_reported_as_locked_with_its_name)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.c2c"));
    auto portfolio = Portfolio::open(path);
    BOOST_REQUIRE_MESSAGE(portfolio.ok(), portfolio.error());
    {
        // Another program in the middle of writing.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-writer"));
        other.setDatabaseName(path);
        BOOST_REQUIRE(other.open());
        QSqlQuery q(other);
        BOOST_REQUIRE(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        BOOST_REQUIRE(q.exec(QStringLiteral("INSERT INTO setting(key, value) VALUES('held', 'yes')")));

        Project p;
        p.key = QStringLiteral("LOCKED-1");
        p.title.en = QStringLiteral("Written while locked");
        const Status st = portfolio.value()->addProject(p);
        BOOST_REQUIRE(!st.ok());
        BOOST_TEST(st.error().contains(QFileInfo(path).absoluteFilePath()));
        BOOST_TEST(st.error().contains(QStringLiteral("locked")));
        BOOST_TEST(st.error().contains(QStringLiteral("try again")));
        BOOST_TEST(portfolio.value()->snapshot().rowCount() == 0u);
        BOOST_REQUIRE(q.exec(QStringLiteral("ROLLBACK")));
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-writer"));
}

BOOST_AUTO_TEST_CASE(only_abandoned_temporary_files_of_ours_are_removed)
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("report.xlsx"));
    const auto touch = [&](const QString &name) {
        QFile f(dir.filePath(name));
        BOOST_REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("x");
    };
    touch(QStringLiteral("report.xlsx.a1B2c3.partial")); // a killed export's
    touch(QStringLiteral("notes.partial"));              // someone else's: not our pattern
    touch(QStringLiteral("report.xlsx.a1B2c3"));         // not ours either
    BOOST_TEST(PartialFile::isPartialName(QStringLiteral("report.xlsx.a1B2c3.partial")));
    BOOST_TEST(!PartialFile::isPartialName(QStringLiteral("notes.partial")));
    {
        PartialFile running(target); // an export still writing
        BOOST_REQUIRE(running.isOpen());
        BOOST_TEST(PartialFile::isPartialName(QFileInfo(running.fileName()).fileName()));
        BOOST_TEST(PartialFile::removeStale(dir.path()) == 1);
        BOOST_TEST(QFileInfo::exists(running.fileName()));
        BOOST_TEST(!QFileInfo::exists(dir.filePath(QStringLiteral("report.xlsx.a1B2c3.partial"))));
        BOOST_TEST(QFileInfo::exists(dir.filePath(QStringLiteral("notes.partial"))));
        BOOST_TEST(QFileInfo::exists(dir.filePath(QStringLiteral("report.xlsx.a1B2c3"))));
    }
    // Not committed: gone with its object.
    BOOST_TEST(QDir(dir.path()).entryList({QStringLiteral("report.xlsx.??????.partial")}, QDir::Files).isEmpty());

    // A commit that cannot move the file into place (a folder has the name) leaves nothing.
    QDir(dir.path()).mkdir(QStringLiteral("taken.xlsx"));
    {
        PartialFile blocked(dir.filePath(QStringLiteral("taken.xlsx")));
        BOOST_REQUIRE(blocked.isOpen());
        BOOST_TEST(!blocked.commit());
    }
    BOOST_TEST(QDir(dir.path()).entryList({QStringLiteral("*.partial")}, QDir::Files)
               == QStringList{QStringLiteral("notes.partial")});
}
