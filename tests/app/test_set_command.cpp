// c2c-portfolio set: the editor's path for scripts, one transaction, the new
// version printed; --if-version refuses a stale write. Run as a second process
// beside a window that has the same portfolio open: the window's stale write is
// refused with a message, and nothing is lost.
#include "AppFixture.h"
#include "CliRunner.h"
#include "SeededPortfolio.h"

#include "Translations.h"
#include "commands/ProjectCommands.h"
#include "portfolio/Portfolio.h"

#include <QJsonArray>
#include <QUndoStack>
#include <boost/test/unit_test.hpp>

using namespace c2c;

namespace {

QString arg(const char *s)
{
    return QString::fromUtf8(s);
}

struct SetFixture : CliRunner {
    QString db = home.filePath(QStringLiteral("shared.c2c"));
    std::unique_ptr<Portfolio> window; // the first process: a window with the portfolio open
    SetFixture()
    {
        app::installLanguage(Language::English);
        auto p = Portfolio::open(db);
        BOOST_REQUIRE(p.ok());
        BOOST_REQUIRE(SeedImport::run(*p.value(), SeedImport::embeddedPath()).ok());
        window = std::move(p).value();
    }
    QString firstKey() { return window->snapshot().text(0, TextField::Key); }
};

} // namespace

BOOST_FIXTURE_TEST_CASE(set_changes_fields_in_one_write_and_prints_the_version, SetFixture)
{
    const QString key = firstKey();
    const Run r = run({arg("set"), key, arg("--title-en"), arg("Firetrucks, phase 2"), arg("--status"), arg("3"),
                       arg("--from"), arg("2019"), arg("--to"), arg("2022"), arg("--amount"), arg("3.5억원"),
                       arg("--if-version"), arg("1"), arg("--db"), db});
    BOOST_REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    BOOST_TEST(r.out.trimmed() == QStringLiteral("2"));
    auto stored = window->projects().readByKey(key);
    BOOST_REQUIRE(stored.ok());
    BOOST_TEST(stored.value().title.en == QStringLiteral("Firetrucks, phase 2"));
    BOOST_TEST(stored.value().period.start->year == 2019);
    BOOST_REQUIRE(stored.value().budget.size() == 1);
    BOOST_TEST(stored.value().budget.first().amount.minor() == 350000000);
    BOOST_TEST(stored.value().budget.first().amount.currency() == QStringLiteral("KRW"));
    // list --format json shows the version.
    const Run list = run({arg("list"), arg("--format"), arg("json"), arg("--text"), arg("phase 2"), arg("--db"), db});
    BOOST_REQUIRE_MESSAGE(list.exitCode == 0, list.err);
    const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
    BOOST_REQUIRE(rows.size() == 1);
    BOOST_TEST(rows.first().toObject().value(QStringLiteral("version")).toInt() == 2);
}

BOOST_FIXTURE_TEST_CASE(a_stale_if_version_is_refused_naming_the_current_one, SetFixture)
{
    const QString key = firstKey();
    BOOST_REQUIRE(run({arg("set"), key, arg("--title-en"), arg("One"), arg("--db"), db}).exitCode == 0);
    const Run stale = run({arg("set"), key, arg("--title-en"), arg("Two"), arg("--if-version"), arg("1"), arg("--db"), db});
    BOOST_TEST(stale.exitCode == 1);
    BOOST_TEST(stale.err.contains(QStringLiteral("version 2")));
    BOOST_TEST(window->projects().readByKey(key).value().title.en == QStringLiteral("One"));
    const Run bad = run({arg("set"), key, arg("--status"), arg("nonsense"), arg("--db"), db});
    BOOST_TEST(bad.exitCode == 1);
    BOOST_TEST(bad.err.contains(QStringLiteral("nonsense")));
}

BOOST_FIXTURE_TEST_CASE(a_second_process_makes_the_first_ones_stale_write_fail, SetFixture)
{
    const QString key = firstKey();
    // The officer opens the editor on the project (version 1)...
    Project seen = window->projects().readByKey(key).value();
    // ...a script changes it meanwhile...
    const Run script = run({arg("set"), key, arg("--title-en"), arg("Changed by the script"), arg("--if-version"),
                            arg("1"), arg("--db"), db});
    BOOST_REQUIRE_MESSAGE(script.exitCode == 0, script.err);
    // ...and the officer saves: refused, with a message naming the project and the versions.
    QStringList errors;
    QUndoStack stack;
    Project mine = seen;
    mine.title.en = QStringLiteral("Changed in the window");
    stack.push(new app::EditProjectCommand(*window, seen, mine, [&errors](const QString &e) { errors.append(e); }));
    BOOST_REQUIRE_EQUAL(errors.size(), 1);
    BOOST_TEST(errors.first().contains(key));
    BOOST_TEST(errors.first().contains(QStringLiteral("version 2")));
    BOOST_TEST(stack.count() == 0);
    // Nothing lost: the script's change is stored, the window's snapshot still shows what it read.
    BOOST_TEST(window->projects().readByKey(key).value().title.en == QStringLiteral("Changed by the script"));
}
