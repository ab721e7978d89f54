// The table after edits and sorts, offscreen: an edit is announced as one
// changed row (never a reset), and the highlighted project — the one the
// details show and Edit, Duplicate and Delete act on — stays the same project
// across sort, edit, undo and redo; a new project becomes the highlighted one.
#include "AppFixture.h"
#include "SeededWindow.h"

#include "Workspace.h"
#include "models/ProjectTableModel.h"
#include "portfolio/Portfolio.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>
#include <boost/test/unit_test.hpp>

using namespace c2c;
using app::ProjectTableModel;

namespace {

std::int64_t highlighted(app::MainWindow &w)
{
    const QModelIndex current = w.projectTable()->selectionModel()->currentIndex();
    return current.isValid() ? w.projectModel()->projectId(current.row()) : 0;
}

QString details(app::MainWindow &w)
{
    return w.findChild<QTextBrowser *>(QStringLiteral("details"))->toPlainText();
}

} // namespace

BOOST_FIXTURE_TEST_CASE(an_edit_is_one_changed_row_and_no_reset, SeededWindow)
{
    ProjectTableModel *model = window->projectModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    const int rows = model->rowCount();
    window->projectTable()->selectRow(3);
    const std::int64_t id = model->projectId(3);
    Project before = window->portfolio().projects().read(id).value();
    Project after = before;
    after.title.en = QStringLiteral("Renamed in place");
    window->applyEdit(before, after);
    BOOST_TEST(window->takeErrors().isEmpty());
    BOOST_TEST(resets.count() == 0);
    BOOST_REQUIRE(changes.count() == 1);
    BOOST_TEST(changes.first().at(0).toModelIndex().row() == 3);
    BOOST_TEST(changes.first().at(1).toModelIndex().row() == 3);
    BOOST_TEST(model->rowCount() == rows);
    BOOST_TEST(highlighted(*window) == id);
    BOOST_TEST(details(*window).contains(QStringLiteral("Renamed in place")));
    // Its undo too.
    window->undoStack()->undo();
    BOOST_TEST(resets.count() == 0);
    BOOST_TEST(changes.count() == 2);
    BOOST_TEST(highlighted(*window) == id);
    // A delete removes one row and its undo puts it back at its place.
    window->deleteSelected();
    BOOST_TEST(removed.count() == 1);
    BOOST_TEST(model->rowCount() == rows - 1);
    window->undoStack()->undo();
    BOOST_TEST(model->rowCount() == rows);
    BOOST_TEST(model->projectId(3) == id);
    BOOST_TEST(resets.count() == 0);
}

BOOST_FIXTURE_TEST_CASE(the_highlight_follows_its_project_through_sort_and_edit, SeededWindow)
{
    ProjectTableModel *model = window->projectModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTableView *table = window->projectTable();
    // The last project of the portfolio's order, which a title sort moves elsewhere.
    const int last = model->rowCount() - 1;
    table->selectRow(last);
    const std::int64_t id = model->projectId(last);
    const QString title = window->portfolio().projects().read(id).value().title.en;
    table->sortByColumn(ProjectTableModel::Title, Qt::AscendingOrder);
    BOOST_TEST(highlighted(*window) == id);
    BOOST_TEST(model->projectId(table->selectionModel()->selectedRows().first().row()) == id);
    BOOST_TEST(details(*window).contains(title));
    // Edit acts on the highlighted project, and it stays highlighted after saving.
    const QList<Project> selected = window->selectedProjects();
    BOOST_REQUIRE(selected.size() == 1);
    BOOST_TEST(selected.first().id == id);
    Project after = selected.first();
    after.status = ActivityStatus::Closed;
    window->applyEdit(selected.first(), after);
    BOOST_TEST(highlighted(*window) == id);
    table->sortByColumn(ProjectTableModel::Amount, Qt::DescendingOrder);
    BOOST_TEST(highlighted(*window) == id);
    window->undoStack()->undo();
    window->undoStack()->redo();
    BOOST_TEST(highlighted(*window) == id);
    BOOST_TEST(window->selectedProjects().first().id == id);
}

BOOST_FIXTURE_TEST_CASE(a_new_project_becomes_the_highlighted_one, SeededWindow)
{
    QAbstractItemModelTester tester(window->projectModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    window->projectTable()->sortByColumn(ProjectTableModel::Title, Qt::AscendingOrder);
    Project p;
    p.key = QStringLiteral("NEW-1");
    p.title.en = QStringLiteral("Aaa first by title");
    p.title.ko = QStringLiteral("새 사업");
    window->addProject(p);
    BOOST_TEST(window->takeErrors().isEmpty());
    const auto id = window->portfolio().projects().idForKey(QStringLiteral("NEW-1"));
    BOOST_REQUIRE(id != 0);
    BOOST_TEST(highlighted(*window) == id);
    BOOST_TEST(details(*window).contains(QStringLiteral("Aaa first by title")));
    window->duplicateSelected();
    const auto copy = window->portfolio().projects().idForKey(QStringLiteral("NEW-1-copy"));
    BOOST_REQUIRE(copy != 0);
    BOOST_TEST(highlighted(*window) == copy);
}

BOOST_FIXTURE_TEST_CASE(a_filter_change_keeps_the_highlighted_project_when_it_still_matches, SeededWindow)
{
    ProjectTableModel *model = window->projectModel();
    window->projectTable()->selectRow(2);
    const std::int64_t id = model->projectId(2);
    const Snapshot &s = window->portfolio().snapshot();
    const Row r = Row(s.findRow(id));
    Filter f;
    f.statuses = {static_cast<ActivityStatus>(s.status[r])};
    window->workspace().setFilter(f);
    BOOST_TEST(highlighted(*window) == id);
    window->workspace().back();
    BOOST_TEST(highlighted(*window) == id);
}

BOOST_FIXTURE_TEST_CASE(an_edited_or_new_row_goes_to_its_sorted_place_with_the_highlight, SeededWindow)
{
    ProjectTableModel *model = window->projectModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTableView *table = window->projectTable();
    table->sortByColumn(ProjectTableModel::Title, Qt::AscendingOrder);
    auto titles = [&] {
        QStringList t;
        for (int r = 0; r < model->rowCount(); ++r)
            t.append(model->index(r, ProjectTableModel::Title).data().toString());
        return t;
    };
    auto sorted = [&] {
        QStringList t = titles();
        QStringList s = t;
        QCollator collator{QLocale(QLocale::English)};
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::stable_sort(s.begin(), s.end(), [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
        return t == s;
    };
    BOOST_REQUIRE(sorted());
    table->selectRow(2);
    const std::int64_t id = model->projectId(2);
    Project before = window->portfolio().projects().read(id).value();
    Project after = before;
    after.title.en = QStringLiteral("Zzz last by title");
    window->applyEdit(before, after);
    BOOST_TEST(sorted(), titles().join(QStringLiteral(" | ")).toStdString());
    BOOST_TEST(model->projectId(model->rowCount() - 1) == id);
    BOOST_TEST(highlighted(*window) == id);
    window->undoStack()->undo();
    BOOST_TEST(sorted(), titles().join(QStringLiteral(" | ")).toStdString());
    BOOST_TEST(highlighted(*window) == id);
    // Deleted: the project taking its place is highlighted; put back by undo: at its sorted place, highlighted again.
    const int at = table->selectionModel()->currentIndex().row();
    BOOST_REQUIRE(at + 1 < model->rowCount());
    const std::int64_t next = model->projectId(at + 1);
    window->deleteSelected();
    BOOST_TEST(highlighted(*window) == next);
    BOOST_REQUIRE(window->selectedProjects().size() == 1);
    BOOST_TEST(window->selectedProjects().first().id == next);
    window->undoStack()->undo();
    BOOST_TEST(sorted(), titles().join(QStringLiteral(" | ")).toStdString());
    BOOST_TEST(highlighted(*window) == id);
    BOOST_TEST(window->selectedProjects().size() == 1);
    BOOST_TEST(window->selectedProjects().first().id == id);
}

BOOST_FIXTURE_TEST_CASE(a_language_switch_sorts_titles_in_the_new_language, SeededWindow)
{
    ProjectTableModel *model = window->projectModel();
    window->projectTable()->sortByColumn(ProjectTableModel::Title, Qt::AscendingOrder);
    app::installLanguage(Language::Korean);
    QCoreApplication::processEvents();
    QStringList titles;
    for (int r = 0; r < model->rowCount(); ++r)
        titles.append(model->index(r, ProjectTableModel::Title).data().toString());
    QStringList sorted = titles;
    QCollator collator{QLocale(QLocale::Korean)};
    collator.setNumericMode(true);
    std::stable_sort(sorted.begin(), sorted.end(), [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    BOOST_TEST(titles == sorted, titles.join(QStringLiteral(" | ")).toStdString());
    const char16_t first = titles.first().at(0).unicode();
    BOOST_TEST((first >= 0xAC00 && first <= 0xD7A3)); // the Korean titles are the ones shown and sorted
    app::installLanguage(Language::English);
    QCoreApplication::processEvents();
}
