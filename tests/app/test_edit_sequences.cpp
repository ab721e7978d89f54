// Random sequences of every kind of edit and of undo/redo, against a plain
// reference model: after every step the portfolio file holds exactly the
// reference's projects, the snapshot kept in place equals one loaded afresh,
// and undoing everything gives back the starting portfolio.
#include "AppFixture.h"
#include "SnapshotCompare.h"

#include "Translations.h"
#include "commands/ImportCommand.h"
#include "commands/ProjectCommands.h"
#include "portfolio/Portfolio.h"
#include "portfolio/SnapshotLoader.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QUndoStack>
#include <boost/test/unit_test.hpp>
#include <random>

using namespace c2c;
using namespace c2c::app;

namespace {

using State = QMap<std::int64_t, Project>; // by id, versions left out

Project withoutVersion(Project p)
{
    p.version = 0;
    return p;
}

State fileState(Portfolio &portfolio)
{
    auto all = portfolio.projects().readAll();
    BOOST_REQUIRE_MESSAGE(all.ok(), all.error());
    State s;
    for (const Project &p : all.value())
        s.insert(p.id, withoutVersion(p));
    return s;
}

QList<std::int64_t> actorIds(Portfolio &portfolio)
{
    QList<std::int64_t> ids;
    for (const Actor &a : portfolio.actors().readAll().value())
        ids.append(a.id);
    return ids;
}

Project makeProject(std::mt19937 &rng, int n)
{
    static const char *const countries[] = {"VN", "LA", "KH", "MN", "LK", "UZ"};
    Project p;
    p.key = QStringLiteral("SEQ-%1").arg(n);
    p.title.ko = QStringLiteral("사업 %1").arg(n);
    p.title.en = QStringLiteral("Project %1").arg(n);
    p.status = static_cast<ActivityStatus>(1 + rng() % 4);
    p.period.start = PartialDate::ofYear(2010 + int(rng() % 10));
    p.period.end = PartialDate::ofYear(2020 + int(rng() % 5));
    p.countries.append({QString::fromLatin1(countries[rng() % 6]), {}, {}});
    if (rng() % 4) {
        BudgetLine line;
        line.amount = Money(std::int64_t(1 + rng() % 1000) * 1000000, QStringLiteral("KRW"));
        p.budget.append(line);
    }
    if (rng() % 3 == 0) { // forecasts, some negative: carried by every edit, undo and redo
        PlannedDisbursement d;
        d.period.start = PartialDate::ofDay(QDate(2021, 1, 1));
        d.period.end = PartialDate::ofDay(QDate(2021, 3, 31));
        d.value = Money(std::int64_t(rng() % 2000) - 500, QStringLiteral("USD"));
        d.valueDate = QDate(2021, 1, 1);
        if (rng() % 2)
            d.type = BudgetType::Revised;
        p.plannedDisbursements.append(d);
    }
    if (rng() % 5 == 0) // a title in another language too: the rows made in place must equal those read from the file
        p.title.other.insert(QStringLiteral("fr"), QStringLiteral("Projet %1").arg(n));
    return p;
}

struct Sequences {
    QTemporaryDir dir;
    std::unique_ptr<Portfolio> portfolio;
    QUndoStack stack;
    QStringList errors;
    std::vector<State> history{State{}}; // the reference: one state per stack index
    int index = 0;
    int serial = 0;

    Sequences()
    {
        installLanguage(Language::English);
        auto p = Portfolio::open(dir.filePath(QStringLiteral("seq.c2c")));
        BOOST_REQUIRE_MESSAGE(p.ok(), p.error());
        portfolio = std::move(p).value();
    }
    ErrorSink sink()
    {
        return [this](const QString &e) { errors.append(e); };
    }
    const State &now() const { return history[std::size_t(index)]; }
    // The reference after a new command: the redo branch is gone.
    void did(State next)
    {
        history.resize(std::size_t(index) + 1);
        history.push_back(std::move(next));
        ++index;
    }
    QList<Project> pick(std::mt19937 &rng, int most)
    {
        QList<Project> out;
        const QList<std::int64_t> ids = now().keys();
        if (ids.isEmpty())
            return out;
        const int n = 1 + int(rng() % unsigned(most));
        for (int i = 0; i < n; ++i) {
            const std::int64_t id = ids[int(rng() % unsigned(ids.size()))];
            if (std::none_of(out.begin(), out.end(), [id](const Project &p) { return p.id == id; })) {
                auto p = portfolio->projects().read(id);
                BOOST_REQUIRE_MESSAGE(p.ok(), p.error());
                out.append(p.value());
            }
        }
        return out;
    }
    void check(const char *step, int i)
    {
        BOOST_TEST_CONTEXT("step " << i << " (" << step << ")")
        {
            BOOST_REQUIRE_MESSAGE(errors.isEmpty(), errors.join(QLatin1Char('\n')).toStdString());
            BOOST_REQUIRE_EQUAL(stack.index(), index);
            const State file = fileState(*portfolio);
            BOOST_REQUIRE_EQUAL(file.size(), now().size());
            for (auto it = now().begin(); it != now().end(); ++it) {
                BOOST_REQUIRE_MESSAGE(file.contains(it.key()), "project " << it.key() << " is missing");
                BOOST_REQUIRE_MESSAGE(file.value(it.key()) == it.value(), "project " << it.key() << " differs");
            }
            auto loaded = SnapshotLoader::load(portfolio->database(), portfolio->snapshot().reportingCurrency);
            BOOST_REQUIRE(loaded.ok());
            requireSameRows(portfolio->snapshot(), loaded.value());
        }
    }

    void step(std::mt19937 &rng, int i)
    {
        const unsigned kind = rng() % 9;
        if (kind == 0 || now().size() < 3) { // add
            const Project p = makeProject(rng, ++serial);
            auto *c = new AddProjectCommand(*portfolio, p, sink());
            stack.push(c);
            State next = now();
            Project stored = p;
            stored.id = c->projectId();
            next.insert(stored.id, withoutVersion(stored));
            did(next);
            return check("add", i);
        }
        if (kind == 1) { // edit
            const QList<Project> one = pick(rng, 1);
            Project after = one.first();
            after.title.en = QStringLiteral("Edited %1").arg(i);
            after.status = static_cast<ActivityStatus>(1 + rng() % 4);
            if (rng() % 2)
                after.budget.clear();
            stack.push(new EditProjectCommand(*portfolio, one.first(), after, sink()));
            State next = now();
            next.insert(after.id, withoutVersion(after));
            did(next);
            return check("edit", i);
        }
        if (kind == 2) { // duplicate
            Project copy = pick(rng, 1).first();
            copy.id = 0;
            copy.version = 0;
            copy.key = QStringLiteral("SEQ-D%1").arg(++serial);
            auto *c = new AddProjectCommand(*portfolio, copy, sink(), true);
            stack.push(c);
            State next = now();
            copy.id = c->projectId();
            next.insert(copy.id, copy);
            did(next);
            return check("duplicate", i);
        }
        if (kind == 3) { // delete
            const QList<Project> gone = pick(rng, 3);
            stack.push(new DeleteProjectsCommand(*portfolio, gone, sink()));
            State next = now();
            for (const Project &p : gone)
                next.remove(p.id);
            did(next);
            return check("delete", i);
        }
        if (kind == 4) { // bulk status
            const QList<Project> some = pick(rng, 4);
            const auto status = static_cast<ActivityStatus>(1 + rng() % 4);
            stack.push(new BulkChangeCommand(*portfolio, some, [status](Project &p) { p.status = status; },
                                             [] { return QStringLiteral("bulk"); }, sink()));
            State next = now();
            for (Project p : some) {
                p.status = status;
                next.insert(p.id, withoutVersion(p));
            }
            did(next);
            return check("bulk", i);
        }
        if (kind == 5) { // import: one new project and one update of a stored one
            QList<ImportItem> items;
            ImportItem fresh;
            fresh.project = makeProject(rng, ++serial);
            if (rng() % 2) // a lead actor the portfolio does not know yet: the import creates it
                fresh.actorName = {QStringLiteral("시험시%1").arg(serial), QString(), {}};
            items.append(fresh);
            ImportItem update;
            update.project = pick(rng, 1).first();
            const std::int64_t updatedId = update.project.id;
            update.project.id = 0;
            update.project.version = 0;
            update.project.title.ko = QStringLiteral("가져온 %1").arg(i);
            update.project.leadActorId = 0;
            items.append(update);
            ImportReport report;
            auto c = ImportCommand::run(*portfolio, items, DuplicatePolicy::Update, sink(), report);
            BOOST_REQUIRE_MESSAGE(c, "the import failed");
            stack.push(c.release());
            State next = now();
            Project updated = next.value(updatedId);
            updated.title.ko = update.project.title.ko;
            next.insert(updatedId, updated);
            auto added = portfolio->projects().readByKey(fresh.project.key);
            BOOST_REQUIRE(added.ok());
            next.insert(added.value().id, withoutVersion(added.value()));
            did(next);
            return check("import", i);
        }
        if (kind <= 7) { // undo
            if (index == 0)
                return;
            stack.undo();
            --index;
            return check("undo", i);
        }
        if (index + 1 < int(history.size())) { // redo
            stack.redo();
            ++index;
            check("redo", i);
        }
    }
};

} // namespace

BOOST_AUTO_TEST_CASE(random_edit_sequences_match_the_reference_and_undo_to_the_start)
{
    for (unsigned seed : {1u, 2u, 3u}) {
        BOOST_TEST_CONTEXT("seed " << seed)
        {
            Sequences s;
            const QList<std::int64_t> startActors = actorIds(*s.portfolio);
            // A starting portfolio of a few projects, written before the undo history begins.
            std::mt19937 rng(seed);
            for (int n = 0; n < 5; ++n) {
                Project p = makeProject(rng, ++s.serial);
                BOOST_REQUIRE(s.portfolio->addProject(p).ok());
                s.history[0].insert(p.id, withoutVersion(p));
            }
            for (int i = 0; i < 500; ++i)
                s.step(rng, i);
            s.stack.setIndex(0);
            s.index = 0;
            s.check("undo everything", 500);
            // The actors imports created are gone again.
            BOOST_TEST(actorIds(*s.portfolio) == startActors, actorIds(*s.portfolio).size() << " actors, " << startActors.size() << " at the start");
        }
    }
}

BOOST_AUTO_TEST_CASE(undo_twice_after_edit_then_delete_and_other_pairs)
{
    // Each pair as an officer did it: do, do, undo, undo — never refused with one user.
    for (int scenario = 0; scenario < 3; ++scenario) {
        Sequences s;
        std::mt19937 rng(7);
        Project p = makeProject(rng, 1);
        BOOST_REQUIRE(s.portfolio->addProject(p).ok());
        const State start = fileState(*s.portfolio);
        Project edited = p;
        edited.title.en = QStringLiteral("Edited once");
        if (scenario == 0) { // edit, delete
            s.stack.push(new EditProjectCommand(*s.portfolio, p, edited, s.sink()));
            auto stored = s.portfolio->projects().read(p.id);
            s.stack.push(new DeleteProjectsCommand(*s.portfolio, {stored.value()}, s.sink()));
        } else if (scenario == 1) { // edit, edit
            s.stack.push(new EditProjectCommand(*s.portfolio, p, edited, s.sink()));
            Project twice = s.portfolio->projects().read(p.id).value();
            Project again = twice;
            again.title.en = QStringLiteral("Edited twice");
            s.stack.push(new EditProjectCommand(*s.portfolio, twice, again, s.sink()));
        } else { // add, edit
            Project q = makeProject(rng, 2);
            auto *add = new AddProjectCommand(*s.portfolio, q, s.sink());
            s.stack.push(add);
            Project stored = s.portfolio->projects().read(add->projectId()).value();
            Project changed = stored;
            changed.title.en = QStringLiteral("Changed after adding");
            s.stack.push(new EditProjectCommand(*s.portfolio, stored, changed, s.sink()));
        }
        s.stack.undo();
        s.stack.undo();
        BOOST_TEST(s.errors.isEmpty(), s.errors.join(QLatin1Char('\n')).toStdString());
        BOOST_TEST(s.stack.count() == 2);
        BOOST_TEST((fileState(*s.portfolio) == start));
        // Versions only grow: the project put back or restored is newer than any copy before it.
        auto again = s.portfolio->projects().read(p.id);
        BOOST_REQUIRE(again.ok());
        if (scenario < 2)
            BOOST_TEST(again.value().version > 2);
        s.stack.redo();
        s.stack.redo();
        s.stack.undo();
        s.stack.undo();
        BOOST_TEST(s.errors.isEmpty(), s.errors.join(QLatin1Char('\n')).toStdString());
        BOOST_TEST((fileState(*s.portfolio) == start));
    }
}

BOOST_AUTO_TEST_CASE(an_undo_over_someone_elses_change_is_refused_and_names_the_project)
{
    Sequences s;
    std::mt19937 rng(11);
    Project p = makeProject(rng, 1);
    BOOST_REQUIRE(s.portfolio->addProject(p).ok());
    Project edited = p;
    edited.title.en = QStringLiteral("Mine");
    s.stack.push(new EditProjectCommand(*s.portfolio, p, edited, s.sink()));
    BOOST_REQUIRE(s.errors.isEmpty());
    // Another window on the same file saves the project meanwhile.
    auto other = Portfolio::open(s.portfolio->path());
    BOOST_REQUIRE(other.ok());
    Project theirs = other.value()->projects().read(p.id).value();
    theirs.title.en = QStringLiteral("Theirs");
    BOOST_REQUIRE(other.value()->saveProject(theirs).ok());
    s.stack.undo();
    BOOST_REQUIRE_EQUAL(s.errors.size(), 1);
    BOOST_TEST(s.errors.first().contains(QStringLiteral("SEQ-1")));
    BOOST_TEST(s.errors.first().contains(QStringLiteral("someone else")));
    BOOST_TEST(s.errors.first().contains(ProjectRepository::writerName()), s.errors.first().toStdString()); // who
    BOOST_TEST(s.portfolio->projects().read(p.id).value().title.en == QStringLiteral("Theirs"));
}

BOOST_AUTO_TEST_CASE(a_delete_over_someone_elses_change_is_refused_and_names_the_project)
{
    Sequences s;
    std::mt19937 rng(13);
    Project p = makeProject(rng, 1);
    BOOST_REQUIRE(s.portfolio->addProject(p).ok());
    auto other = Portfolio::open(s.portfolio->path());
    BOOST_REQUIRE(other.ok());
    Project theirs = other.value()->projects().read(p.id).value();
    theirs.status = ActivityStatus::Closed;
    BOOST_REQUIRE(other.value()->saveProject(theirs).ok());
    // This window still shows version 1 and deletes what it shows.
    s.stack.push(new DeleteProjectsCommand(*s.portfolio, {p}, s.sink()));
    BOOST_REQUIRE_EQUAL(s.errors.size(), 1);
    BOOST_TEST(s.errors.first().contains(QStringLiteral("SEQ-1")), s.errors.first().toStdString());
    BOOST_TEST(s.stack.count() == 0);
    BOOST_TEST(s.portfolio->projects().read(p.id).value().status == ActivityStatus::Closed);
    BOOST_TEST(s.portfolio->snapshot().rowCount() == 1);
}

BOOST_AUTO_TEST_CASE(planned_disbursements_survive_edit_undo_redo_delete_and_import)
{
    Sequences s;
    Project p;
    p.key = QStringLiteral("PD-1");
    p.title.en = QStringLiteral("Forecasts");
    PlannedDisbursement first, second;
    first.period.start = PartialDate::ofDay(QDate(2024, 1, 1));
    first.period.end = PartialDate::ofDay(QDate(2024, 3, 31));
    first.value = Money(4000000, QStringLiteral("EUR"));
    first.valueDate = QDate(2024, 1, 1);
    first.type = BudgetType::Original;
    second.period.start = PartialDate::ofDay(QDate(2024, 7, 1));
    second.value = Money(-250050, QStringLiteral("EUR"));
    p.plannedDisbursements = {first, second};
    BOOST_REQUIRE(s.portfolio->addProject(p).ok());
    const QList<PlannedDisbursement> planned = p.plannedDisbursements;
    auto stored = [&] { return s.portfolio->projects().read(p.id).value(); };
    BOOST_REQUIRE(stored().plannedDisbursements == planned);

    // An edit of another field (the editor keeps what it does not show) and its undo and redo.
    Project edited = stored();
    edited.title.en = QStringLiteral("Forecasts, edited");
    s.stack.push(new EditProjectCommand(*s.portfolio, stored(), edited, s.sink()));
    BOOST_TEST(stored().title.en == QStringLiteral("Forecasts, edited"));
    BOOST_TEST((stored().plannedDisbursements == planned));
    s.stack.undo();
    BOOST_TEST(stored().title.en == QStringLiteral("Forecasts"));
    BOOST_TEST((stored().plannedDisbursements == planned));
    s.stack.redo();
    BOOST_TEST((stored().plannedDisbursements == planned));

    // An edit that removes one, undone: it comes back.
    Project fewer = stored();
    fewer.plannedDisbursements.removeLast();
    s.stack.push(new EditProjectCommand(*s.portfolio, stored(), fewer, s.sink()));
    BOOST_TEST(stored().plannedDisbursements.size() == 1);
    s.stack.undo();
    BOOST_TEST((stored().plannedDisbursements == planned));

    // A delete, undone: the project is put back with its forecasts.
    s.stack.push(new DeleteProjectsCommand(*s.portfolio, {stored()}, s.sink()));
    BOOST_TEST(!s.portfolio->projects().read(p.id).ok());
    s.stack.undo();
    BOOST_TEST((stored().plannedDisbursements == planned));

    // An import update whose source has none keeps them; its undo too.
    ImportItem update;
    update.project.key = p.key;
    update.project.title.en = QStringLiteral("Forecasts, imported");
    QList<ImportItem> items{update};
    ImportReport report;
    auto c = ImportCommand::run(*s.portfolio, items, DuplicatePolicy::Update, s.sink(), report);
    BOOST_REQUIRE(c);
    s.stack.push(c.release());
    BOOST_TEST(report.updated == 1);
    BOOST_TEST(stored().title.en == QStringLiteral("Forecasts, imported"));
    BOOST_TEST((stored().plannedDisbursements == planned));
    s.stack.undo();
    BOOST_TEST((stored().plannedDisbursements == planned));
    BOOST_TEST(s.errors.isEmpty(), s.errors.join(QLatin1Char('\n')).toStdString());
    // The budget is untouched by forecasts: the project's amount stays unknown.
    const auto row = s.portfolio->snapshot().findRow(p.id);
    BOOST_REQUIRE(row >= 0);
    BOOST_TEST(s.portfolio->snapshot().amount[std::size_t(row)] == UnknownAmount);
}
