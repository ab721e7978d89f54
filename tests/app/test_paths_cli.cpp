// Paths and commands as a user mistypes them, and files left by interrupted
// work: --db that does not exist, an empty --db, an unknown command, generate
// into a real portfolio or killed half-way, a portfolio another program holds
// locked, an export killed half-way.
#include "AppFixture.h"
#include "CliRunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <boost/test/unit_test.hpp>

namespace {

QString arg(const char *s)
{
    return QString::fromUtf8(s);
}

struct Paths : CliRunner {
    QString db = home.filePath(QStringLiteral("real.c2c"));
    int projects(const QString &path)
    {
        const Run r = run({arg("summary"), arg("--format"), arg("json"), arg("--db"), path});
        BOOST_REQUIRE_MESSAGE(r.exitCode == 0, r.err);
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("projects")).toInt();
    }
    void generate(const QString &path, int n)
    {
        const Run r = run({arg("generate"), arg("--projects"), QString::number(n), arg("--db"), path});
        BOOST_REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    }
    // The executable started in the background, for the tests that kill it.
    void start(QProcess &p, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("HOME"), home.path());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(C2C_APP_EXE), args);
        BOOST_REQUIRE(p.waitForStarted());
    }
};

} // namespace

BOOST_FIXTURE_TEST_CASE(reading_commands_refuse_a_missing_portfolio_and_create_nothing, Paths)
{
    const QString typo = home.filePath(QStringLiteral("typo/sub/portfolo.c2c"));
    const QString missing = home.filePath(QStringLiteral("missing.c2c"));
    const QString out = home.filePath(QStringLiteral("out"));
    const QList<QStringList> reading = {
        {arg("list")},
        {arg("summary"), arg("--format"), arg("json")},
        {arg("export"), arg("--format"), arg("csv"), arg("--out"), out + QStringLiteral(".csv")},
        {arg("pivot"), arg("--rows"), arg("actor"), arg("--cols"), arg("year")},
        {arg("chart"), arg("--kind"), arg("country"), arg("--out"), out + QStringLiteral(".svg")},
        {arg("bench"), arg("--runs"), arg("1")},
    };
    for (const QString &path : {typo, missing}) {
        for (QStringList args : reading) {
            args << arg("--db") << path;
            const Run r = run(args);
            BOOST_TEST_INFO(args.join(QLatin1Char(' ')).toStdString());
            BOOST_TEST(r.exitCode == 1);
            BOOST_TEST(r.err.contains(path), r.err.toStdString());
            BOOST_TEST(r.out.isEmpty());
        }
    }
    BOOST_TEST(!QFileInfo::exists(home.filePath(QStringLiteral("typo"))));
    BOOST_TEST(!QFileInfo::exists(missing));
    BOOST_TEST(QDir(home.path()).entryList({QStringLiteral("out*")}).isEmpty());

    // Writing commands create a new file, but only in a folder that exists.
    QFile csv(home.filePath(QStringLiteral("one.csv")));
    BOOST_REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("title,country,start year\nWater supply,VN,2020\n");
    csv.close();
    const Run noFolder = run({arg("import"), arg("--format"), arg("csv"), arg("--db"), typo, csv.fileName()});
    BOOST_TEST(noFolder.exitCode == 1);
    BOOST_TEST(noFolder.err.contains(typo));
    BOOST_TEST(noFolder.err.contains(QStringLiteral("does not exist")), noFolder.err.toStdString());
    BOOST_TEST(!QFileInfo::exists(home.filePath(QStringLiteral("typo"))));
    const Run created = run({arg("import"), arg("--format"), arg("csv"), arg("--db"), missing, csv.fileName()});
    BOOST_TEST(created.exitCode == 0, created.err.toStdString());
    BOOST_TEST(projects(missing) == 1);

    // An empty --db is a usage error, with a command or for the window.
    for (const QStringList &args : {QStringList{arg("summary"), arg("--db"), QString()}, QStringList{arg("--db"), QString()},
                                    QStringList{arg("--db=")}}) {
        const Run r = run(args);
        BOOST_TEST(r.exitCode == 2);
        BOOST_TEST(r.err.contains(QStringLiteral("--db")), r.err.toStdString());
    }
    BOOST_TEST(!QFileInfo::exists(home.filePath(QStringLiteral("data/c2c-portfolio/portfolio.c2c"))));
}

BOOST_FIXTURE_TEST_CASE(an_unknown_command_is_a_usage_error_listing_the_commands, Paths)
{
    const Run server = run({arg("server"), arg("init")});
    BOOST_TEST(server.exitCode == 2);
    BOOST_TEST(server.err.contains(QStringLiteral("\"server\"")), server.err.toStdString());
    for (const char *command : {"list", "summary", "export", "import", "pivot", "chart", "set", "generate", "bench"})
        BOOST_TEST(server.err.contains(QStringLiteral("  %1 ").arg(arg(command))), command);
    BOOST_TEST(server.out.isEmpty());

    const Run typo = run({arg("sumary"), arg("--format"), arg("json")});
    BOOST_TEST(typo.exitCode == 2);
    BOOST_TEST(typo.err.contains(QStringLiteral("Did you mean \"summary\"?")), typo.err.toStdString());
    const Run path = run({arg("--db"), db, home.filePath(QStringLiteral("other.c2c"))});
    BOOST_TEST(path.exitCode == 2);

    // The window still opens without a command: with no arguments, with --db, with Qt's own options.
    for (const QStringList &args : {QStringList{}, QStringList{arg("--db"), db},
                                    QStringList{arg("-platform"), arg("offscreen"), arg("--lang"), arg("en")}}) {
        QProcess gui;
        start(gui, args);
        BOOST_TEST_INFO(args.join(QLatin1Char(' ')).toStdString());
        BOOST_TEST(!gui.waitForFinished(2000), QString::fromUtf8(gui.readAllStandardError()).toStdString());
        gui.kill();
        gui.waitForFinished();
    }
}

BOOST_FIXTURE_TEST_CASE(generate_writes_only_into_an_empty_portfolio_unless_appending, Paths)
{
    generate(db, 20);
    const Run again = run({arg("generate"), arg("--projects"), arg("5"), arg("--db"), db});
    BOOST_TEST(again.exitCode == 1);
    BOOST_TEST(again.err.contains(QStringLiteral("--append")), again.err.toStdString());
    BOOST_TEST(again.err.contains(db));
    BOOST_TEST(projects(db) == 20);
    const Run append = run({arg("generate"), arg("--projects"), arg("5"), arg("--append"), arg("--db"), db});
    BOOST_TEST(append.exitCode == 0, append.err.toStdString());
    BOOST_TEST(projects(db) == 25);
}

BOOST_FIXTURE_TEST_CASE(a_killed_generate_leaves_the_portfolio_as_it_was, Paths)
{
    generate(db, 30);
    QProcess gen;
    start(gen, {arg("generate"), arg("--append"), arg("--projects"), arg("2000000"), arg("--db"), db});
    // Killed once it has written its first 50,000 projects (it reports them on stderr).
    QElapsedTimer timer;
    timer.start();
    QByteArray progress;
    while (!progress.contains(" of 2000000") && timer.elapsed() < 60000 && gen.state() == QProcess::Running) {
        gen.waitForReadyRead(200);
        progress += gen.readAllStandardError();
    }
    BOOST_REQUIRE_MESSAGE(progress.contains(" of 2000000"), progress.constData());
    gen.kill();
    BOOST_REQUIRE(gen.waitForFinished());
    BOOST_TEST(gen.exitStatus() == QProcess::CrashExit);
    BOOST_TEST(projects(db) == 30);
}

BOOST_FIXTURE_TEST_CASE(a_portfolio_locked_by_another_program_is_named_as_locked, Paths)
{
    generate(db, 3);
    QFile csv(home.filePath(QStringLiteral("one.csv")));
    BOOST_REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write("title,country,start year\nWater supply,VN,2020\n");
    csv.close();
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-program"));
        other.setDatabaseName(db);
        BOOST_REQUIRE(other.open());
        QSqlQuery q(other);
        BOOST_REQUIRE(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        const Run r = run({arg("import"), arg("--format"), arg("csv"), arg("--db"), db, csv.fileName()});
        BOOST_TEST(r.exitCode == 1);
        BOOST_TEST(r.err.contains(db), r.err.toStdString());
        BOOST_TEST(r.err.contains(QStringLiteral("locked")));
        BOOST_TEST(r.err.contains(QStringLiteral("try again")));
        BOOST_TEST(!r.err.contains(QStringLiteral("line 2")), r.err.toStdString());
        BOOST_REQUIRE(q.exec(QStringLiteral("ROLLBACK")));
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
    BOOST_TEST(projects(db) == 3);
    BOOST_TEST(run({arg("import"), arg("--format"), arg("csv"), arg("--db"), db, csv.fileName()}).exitCode == 0);
}

BOOST_FIXTURE_TEST_CASE(an_export_killed_half_way_leaves_nothing_after_the_next_one, Paths)
{
    generate(db, 40000);
    const QDir out(home.filePath(QStringLiteral("out")));
    BOOST_REQUIRE(QDir(home.path()).mkdir(QStringLiteral("out")));
    const QStringList partials = {QStringLiteral("*.partial")};
    // Started, then stopped as soon as its temporary file is there: interrupted (SIGTERM, as
    // Ctrl+C or a logout would), it removes the file itself; killed, it cannot.
    const auto interrupted = [&](bool kill) {
        QProcess exporting;
        start(exporting, {arg("export"), arg("--db"), db, arg("--format"), arg("xlsx"), arg("--out"), out.filePath(QStringLiteral("all.xlsx"))});
        QElapsedTimer timer;
        timer.start();
        while (out.entryList(partials, QDir::Files).isEmpty() && timer.elapsed() < 60000 && exporting.state() == QProcess::Running)
            QThread::msleep(10);
        BOOST_REQUIRE_MESSAGE(out.entryList(partials, QDir::Files).size() == 1, "the export did not get as far as its temporary file");
        QThread::msleep(20); // past the microseconds between the file's creation and its registration
        if (kill)
            exporting.kill();
        else
            exporting.terminate();
        BOOST_REQUIRE(exporting.waitForFinished());
    };
    interrupted(false);
    BOOST_TEST(out.entryList(partials, QDir::Files).isEmpty());
    interrupted(true);
    BOOST_TEST(out.entryList(partials, QDir::Files).size() == 1);
    BOOST_TEST(!out.exists(QStringLiteral("all.xlsx")));
    QFile other(out.filePath(QStringLiteral("notes.partial"))); // not ours: stays
    BOOST_REQUIRE(other.open(QIODevice::WriteOnly));
    other.close();

    const Run next = run({arg("export"), arg("--db"), db, arg("--format"), arg("csv"), arg("--text"), arg("Laos"),
                          arg("--out"), out.filePath(QStringLiteral("laos.csv"))});
    BOOST_REQUIRE_MESSAGE(next.exitCode == 0, next.err);
    BOOST_TEST(out.entryList(partials, QDir::Files) == QStringList{QStringLiteral("notes.partial")});

    // A failed export removes its own temporary file: a folder stands where the workbook should go.
    BOOST_REQUIRE(out.mkdir(QStringLiteral("taken.xlsx")));
    const Run failed = run({arg("export"), arg("--db"), db, arg("--format"), arg("xlsx"), arg("--text"), arg("Laos"),
                            arg("--out"), out.filePath(QStringLiteral("taken.xlsx"))});
    BOOST_TEST(failed.exitCode == 1);
    BOOST_TEST(failed.err.contains(QStringLiteral("taken.xlsx")), failed.err.toStdString());
    BOOST_TEST(out.entryList(partials, QDir::Files) == QStringList{QStringLiteral("notes.partial")});
}
