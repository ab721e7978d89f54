// A portfolio the user may read but not write (mode 444, run as a user who is not
// its owner and not root): the reading commands work, every write is refused with
// a message naming the file, the file is left exactly as it was; the window says
// "read-only" and refuses edits.
#include "AppFixture.h"
#include "CliRunner.h"
#include "OtherUser.h"

#include "portfolio/Portfolio.h"
#include "storage/Database.h"
#include "views/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>

using namespace c2c;

namespace {

QByteArray bytes(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

const auto kReadOnly = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;

// shared/: not writable by the other user, holding a portfolio in mode 444; home/: the other user's.
struct SharedPortfolio : CliRunner {
    QTemporaryDir root;
    QString shared, home, db;
    OtherUser user;
    SharedPortfolio()
    {
        openToAll(root.path(), false);
        QDir(root.path()).mkdir(QStringLiteral("shared"));
        QDir(root.path()).mkdir(QStringLiteral("home"));
        shared = root.filePath(QStringLiteral("shared"));
        home = root.filePath(QStringLiteral("home"));
        openToAll(shared, false);
        openToAll(home, true);
        db = shared + QStringLiteral("/portfolio.c2c");
        const Run gen = CliRunner::run({QStringLiteral("generate"), QStringLiteral("--projects"), QStringLiteral("40"),
                                        QStringLiteral("--db"), db});
        BOOST_REQUIRE_MESSAGE(gen.exitCode == 0, gen.err);
        BOOST_REQUIRE(QFile::setPermissions(db, kReadOnly));
    }
    Run as(const QStringList &args) { return user.run(args, home); }
};

} // namespace

BOOST_FIXTURE_TEST_CASE(reading_commands_work_and_writes_are_refused, SharedPortfolio)
{
    if (!user.available) {
        BOOST_TEST_MESSAGE("skipped: " << user.skipReason.toStdString());
        return;
    }
    const QByteArray before = bytes(db);

    const Run list = as({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--db"), db});
    BOOST_REQUIRE_MESSAGE(list.exitCode == 0, list.err);
    BOOST_TEST(QJsonDocument::fromJson(list.out.toUtf8()).array().size() == 40);
    const Run summary = as({QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--db"), db});
    BOOST_REQUIRE_MESSAGE(summary.exitCode == 0, summary.err);
    BOOST_TEST(QJsonDocument::fromJson(summary.out.toUtf8()).object().value(QStringLiteral("projects")).toInt() == 40);
    for (const QString &format : {QStringLiteral("xlsx"), QStringLiteral("csv")}) {
        const QString out = home + QStringLiteral("/report.") + format;
        const Run e = as({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"), format,
                          QStringLiteral("--out"), out});
        BOOST_TEST_INFO(format.toStdString());
        BOOST_TEST(e.exitCode == 0, e.err.toStdString());
        BOOST_TEST(QFileInfo(out).size() > 0);
    }
    const Run pivot = as({QStringLiteral("pivot"), QStringLiteral("--db"), db, QStringLiteral("--rows"), QStringLiteral("actor"),
                          QStringLiteral("--cols"), QStringLiteral("year"), QStringLiteral("--format"), QStringLiteral("json")});
    BOOST_TEST(pivot.exitCode == 0, pivot.err.toStdString());
    const Run chart = as({QStringLiteral("chart"), QStringLiteral("--db"), db, QStringLiteral("--kind"), QStringLiteral("country"),
                          QStringLiteral("--out"), home + QStringLiteral("/countries.svg")});
    BOOST_TEST(chart.exitCode == 0, chart.err.toStdString());
    BOOST_TEST(QFileInfo::exists(home + QStringLiteral("/countries.svg")));

    // Writes: refused, naming the file and saying why.
    QFile csv(home + QStringLiteral("/one.csv"));
    BOOST_REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("title,country,start year\nWater supply,VN,2020\n");
    csv.close();
    const QList<QStringList> writes = {
        {QStringLiteral("set"), QStringLiteral("GEN-1-0000001"), QStringLiteral("--title-en"), QStringLiteral("Changed")},
        {QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("csv"), csv.fileName()},
        {QStringLiteral("generate"), QStringLiteral("--append"), QStringLiteral("--projects"), QStringLiteral("1")},
    };
    for (QStringList args : writes) {
        args << QStringLiteral("--db") << db;
        const Run w = as(args);
        BOOST_TEST_INFO(args.first().toStdString());
        BOOST_TEST(w.exitCode == 1);
        BOOST_TEST(w.err.contains(db), w.err.toStdString());
        BOOST_TEST(w.err.contains(QStringLiteral("read-only")), w.err.toStdString());
        BOOST_TEST(!w.err.contains(QStringLiteral("attempt to write")), w.err.toStdString());
    }
    BOOST_TEST((bytes(db) == before));
    BOOST_TEST(QDir(shared).entryList(QDir::Files) == QStringList{QStringLiteral("portfolio.c2c")});

    // In a folder the user may write, the file stays read-only too.
    const QString copy = home + QStringLiteral("/copy.c2c");
    BOOST_REQUIRE(QFile::copy(db, copy));
    BOOST_REQUIRE(QFile::setPermissions(copy, kReadOnly));
    const Run inHome = as({QStringLiteral("summary"), QStringLiteral("--db"), copy});
    BOOST_TEST(inHome.exitCode == 0, inHome.err.toStdString());
    const Run setInHome = as({QStringLiteral("set"), QStringLiteral("GEN-1-0000001"), QStringLiteral("--status"),
                              QStringLiteral("closed"), QStringLiteral("--db"), copy});
    BOOST_TEST(setInHome.exitCode == 1);
    BOOST_TEST(setInHome.err.contains(QStringLiteral("read-only")), setInHome.err.toStdString());

    // The window opens it (and stays open) rather than failing.
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    gui.setProcessEnvironment(env);
    gui.start(user.prefix.first(), user.prefix.mid(1) + QStringList{QStringLiteral("--db"), db});
    BOOST_REQUIRE(gui.waitForStarted());
    BOOST_TEST(!gui.waitForFinished(2500), QString::fromUtf8(gui.readAllStandardError()).toStdString());
    gui.kill();
    gui.waitForFinished();
}

BOOST_FIXTURE_TEST_CASE(a_read_only_file_that_needs_an_upgrade_says_so, SharedPortfolio)
{
    if (!user.available) {
        BOOST_TEST_MESSAGE("skipped: " << user.skipReason.toStdString());
        return;
    }
    const QString old = shared + QStringLiteral("/old.c2c");
    {
        auto file = Database::open(old);
        BOOST_REQUIRE(file.ok());
        BOOST_REQUIRE(file.value()->exec(QStringLiteral("DROP TABLE saved_view")).ok());
        BOOST_REQUIRE(file.value()->exec(QStringLiteral("ALTER TABLE project DROP COLUMN modified_at")).ok());
        BOOST_REQUIRE(file.value()->exec(QStringLiteral("ALTER TABLE project DROP COLUMN modified_by")).ok());
        BOOST_REQUIRE(file.value()->exec(QStringLiteral("PRAGMA user_version = 1")).ok());
    }
    BOOST_REQUIRE(QFile::setPermissions(old, kReadOnly));
    const Run r = as({QStringLiteral("summary"), QStringLiteral("--db"), old});
    BOOST_TEST(r.exitCode == 1);
    BOOST_TEST(r.err.contains(old), r.err.toStdString());
    BOOST_TEST(r.err.contains(QStringLiteral("upgrade")));
    BOOST_TEST(r.err.contains(QStringLiteral("read-only")));
    BOOST_TEST(QDir(shared).entryList({QStringLiteral("*.bak")}, QDir::Files).isEmpty());

    // A file the user may not even read: permission denied, with its name.
    const QString secret = shared + QStringLiteral("/secret.c2c");
    BOOST_REQUIRE(QFile::copy(db, secret));
    BOOST_REQUIRE(QFile::setPermissions(secret, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    if (::geteuid() == 0) { // its owner could read it as long as it has a read bit
        const Run denied = as({QStringLiteral("list"), QStringLiteral("--db"), secret});
        BOOST_TEST(denied.exitCode == 1);
        BOOST_TEST(denied.err.contains(secret));
        BOOST_TEST(denied.err.contains(QStringLiteral("permission denied")), denied.err.toStdString());
    }

    // A new portfolio in a folder the user may not write: permission denied, nothing created.
    const QString fresh = shared + QStringLiteral("/new.c2c");
    const Run create = as({QStringLiteral("generate"), QStringLiteral("--projects"), QStringLiteral("1"), QStringLiteral("--db"), fresh});
    BOOST_TEST(create.exitCode == 1);
    BOOST_TEST(create.err.contains(fresh), create.err.toStdString());
    BOOST_TEST(create.err.contains(QStringLiteral("permission denied")), create.err.toStdString());
    BOOST_TEST(!QFileInfo::exists(fresh));
}

BOOST_AUTO_TEST_CASE(the_window_shows_read_only_and_refuses_edits)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.c2c"));
    {
        CliRunner cli;
        BOOST_REQUIRE(cli.run({QStringLiteral("generate"), QStringLiteral("--projects"), QStringLiteral("5"),
                               QStringLiteral("--db"), path}).exitCode == 0);
    }
    auto portfolio = Portfolio::open(path, {}, Database::Access::ReadOnly);
    BOOST_REQUIRE_MESSAGE(portfolio.ok(), portfolio.error());
    const QByteArray before = bytes(path);
    app::MainWindow window(std::move(portfolio).value());
    window.show();
    BOOST_TEST(window.windowTitle().contains(QStringLiteral("(read-only)")));
    auto *notice = window.statusBar()->findChild<QLabel *>(QStringLiteral("readOnlyNotice"));
    BOOST_REQUIRE(notice);
    BOOST_TEST(notice->isVisible());
    BOOST_TEST(notice->toolTip().contains(path));
    int editActions = 0;
    for (QAction *a : window.findChildren<QAction *>()) {
        const QString text = a->text().remove(QLatin1Char('&'));
        if (text.startsWith(QStringLiteral("Edit project")) || text.startsWith(QStringLiteral("Delete project"))
            || text.startsWith(QStringLiteral("New project")) || text.startsWith(QStringLiteral("Import"))) {
            ++editActions;
            BOOST_TEST_INFO(text.toStdString());
            BOOST_TEST(!a->isEnabled());
        }
    }
    BOOST_TEST(editActions >= 4);

    window.projectTable()->selectRow(0);
    window.deleteSelected();
    window.setStatusOfSelected(ActivityStatus::Closed);
    const QStringList errors = window.takeErrors();
    BOOST_REQUIRE_EQUAL(errors.size(), 2);
    BOOST_TEST(errors.first().contains(path));
    BOOST_TEST(errors.first().contains(QStringLiteral("read-only")));
    BOOST_TEST(window.portfolio().snapshot().rowCount() == 5u);
    BOOST_TEST((bytes(path) == before));
}
