// The officer's workspace, offscreen: the table, the faceted filter, the
// status-bar totals, undo/redo of every kind of edit, and the language switch.
#include "AppFixture.h"

#include "Translations.h"
#include "Workspace.h"
#include "io/SeedImport.h"
#include "models/ProjectTableModel.h"
#include "portfolio/Aggregation.h"
#include "portfolio/Portfolio.h"
#include "views/FacetList.h"
#include "views/FilterPanel.h"
#include "views/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QTest>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QHeaderView>
#include <QSpinBox>
#include <QStatusBar>
#include <boost/test/unit_test.hpp>

using namespace c2c;
using app::ProjectTableModel;

namespace {

struct Seeded {
    QTemporaryDir dir;
    std::unique_ptr<app::MainWindow> window;
    Seeded()
    {
        app::installLanguage(Language::English);
        auto p = Portfolio::open(dir.filePath(QStringLiteral("seed.c2c")));
        BOOST_REQUIRE_MESSAGE(p.ok(), p.error());
        const Status st = SeedImport::run(*p.value(), SeedImport::embeddedPath());
        BOOST_REQUIRE_MESSAGE(st.ok(), st.error());
        window = std::make_unique<app::MainWindow>(std::move(p).value());
    }
    ProjectTableModel *model() { return window->projectModel(); }
    Portfolio &portfolio() { return window->portfolio(); }
    Project byKey(const char *key) { return portfolio().projects().readByKey(QLatin1String(key)).value(); }
    void selectKey(const char *key)
    {
        for (int r = 0; r < model()->rowCount(); ++r)
            if (model()->data(model()->index(r, ProjectTableModel::Key)).toString() == QLatin1String(key)) {
                window->projectTable()->selectRow(r);
                return;
            }
        BOOST_FAIL("no row for the key");
    }
    std::int64_t coreTotal() { return totals(portfolio().snapshot(), window->workspace().selection()).total; }
};

// Checks the facet value whose key is key, as a user ticking it would.
void tick(app::FacetList *facet, const QString &key)
{
    auto *list = facet->findChild<QListWidget *>();
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == key) {
            list->item(i)->setCheckState(Qt::Checked);
            return;
        }
    BOOST_FAIL("no facet value for the key");
}

} // namespace

BOOST_FIXTURE_TEST_CASE(the_table_shows_every_project_and_the_totals, Seeded)
{
    QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    BOOST_TEST(model()->rowCount() == 13);
    BOOST_TEST(model()->data(model()->index(0, ProjectTableModel::Key)).toString() == QStringLiteral("KR-GB-LAO-SMU"));
    BOOST_TEST(model()->data(model()->index(0, ProjectTableModel::Amount)).toString() == QStringLiteral("USD 3,500,000.00"));
    BOOST_TEST(model()->data(model()->index(0, ProjectTableModel::QualityNote)).toString() == QStringLiteral("⚠"));
    BOOST_TEST(model()->data(model()->index(9, ProjectTableModel::Amount)).toString() == QStringLiteral("Unknown"));
    BOOST_TEST(window->statusText().contains(QStringLiteral("13 projects")));
    BOOST_TEST(window->statusText().contains(QStringLiteral("USD 18,540,000.00")));
    BOOST_TEST(window->filterSentence() == QStringLiteral("All projects"));

    // Sorting by the reported budget: largest first, unknown amounts last.
    model()->sort(ProjectTableModel::Reported, Qt::DescendingOrder);
    BOOST_TEST(model()->data(model()->index(0, ProjectTableModel::Key)).toString() == QStringLiteral("KR-GB-VNM-SMU"));
    BOOST_TEST(model()->data(model()->index(12, ProjectTableModel::Reported)).toString() == QStringLiteral("Unknown"));
}

BOOST_FIXTURE_TEST_CASE(facets_and_text_filter_the_rows_and_the_totals, Seeded)
{
    app::FilterPanel *panel = window->filterPanel();
    const auto gb = portfolio().actors().findByName(QStringLiteral("경상북도"));
    tick(panel->facetList(Facet::Actor), QString::number(gb));
    BOOST_TEST(model()->rowCount() == 4);
    BOOST_TEST(coreTotal() == 1536000000);
    BOOST_TEST(window->statusText().contains(QStringLiteral("USD 15,360,000.00")));
    tick(panel->facetList(Facet::Country), QStringLiteral("VN"));
    BOOST_TEST(model()->rowCount() == 1);
    BOOST_TEST(window->filterSentence() == QStringLiteral("Gyeongsangbuk-do · Vietnam"));
    // Facet counts are within the other filters: Viet Nam has 2 projects, 1 of them Gyeongsangbuk-do's.
    panel->updateCounts();
    auto *actors = panel->facetList(Facet::Actor)->findChild<QListWidget *>();
    bool found = false;
    for (int i = 0; i < actors->count(); ++i)
        if (actors->item(i)->data(Qt::UserRole).toString() == QString::number(gb)) {
            BOOST_TEST(actors->item(i)->text() == QStringLiteral("Gyeongsangbuk-do (1)"));
            found = true;
        }
    BOOST_TEST(found);

    window->workspace().back();
    BOOST_TEST(model()->rowCount() == 4);
    panel->clearAll();
    BOOST_TEST(model()->rowCount() == 13);

    panel->searchBox()->setText(QStringLiteral("새마을"));
    BOOST_TEST(model()->rowCount() == 4);
    panel->searchBox()->setText(QStringLiteral("새마을운동 사업"));
    BOOST_TEST(model()->rowCount() == 4);
    panel->searchBox()->setText(QStringLiteral("mongolia"));
    BOOST_TEST(model()->rowCount() == 2);
    BOOST_TEST(coreTotal() == 15000000 + 245000000);
}

BOOST_FIXTURE_TEST_CASE(an_edit_is_undone_and_redone_exactly, Seeded)
{
    const Project before = byKey("KR-GB-LAO-SMU");
    Project after = before;
    after.title.en = QStringLiteral("Saemaul Undong in Laos (verified)");
    after.budget.first().amount = Money(300000000, QStringLiteral("USD"));
    window->applyEdit(before, after);
    BOOST_TEST(window->takeErrors().isEmpty());
    BOOST_TEST(byKey("KR-GB-LAO-SMU").title.en == after.title.en);
    BOOST_TEST(coreTotal() == 1804000000);
    BOOST_TEST(window->undoStack()->undoText().contains(QStringLiteral("Edit")));
    window->undoStack()->undo();
    Project undone = byKey("KR-GB-LAO-SMU");
    undone.version = before.version;
    BOOST_TEST((undone == before));
    BOOST_TEST(coreTotal() == 1854000000);
    window->undoStack()->redo();
    Project redone = byKey("KR-GB-LAO-SMU");
    redone.version = after.version;
    BOOST_TEST((redone == after));
}

BOOST_FIXTURE_TEST_CASE(a_delete_is_undone_and_redone_exactly, Seeded)
{
    const Project before = byKey("KR-SEL-KHM-FIRE");
    selectKey("KR-SEL-KHM-FIRE");
    window->deleteSelected();
    BOOST_TEST(model()->rowCount() == 12);
    BOOST_TEST(portfolio().projects().idForKey(QStringLiteral("KR-SEL-KHM-FIRE")) == 0);
    window->undoStack()->undo();
    BOOST_TEST(model()->rowCount() == 13);
    Project restored = byKey("KR-SEL-KHM-FIRE");
    BOOST_TEST(restored.id == before.id);
    // Put back newer than it was: versions only grow, so no old copy can overwrite it.
    BOOST_TEST(restored.version == before.version + 1);
    restored.version = before.version;
    BOOST_TEST((restored == before));
    BOOST_TEST(coreTotal() == 1854000000);
    window->undoStack()->redo();
    BOOST_TEST(model()->rowCount() == 12);
    BOOST_TEST(coreTotal() == 1834000000);
}

BOOST_FIXTURE_TEST_CASE(a_bulk_change_is_undone_and_redone_exactly, Seeded)
{
    window->projectTable()->selectAll();
    window->setStatusOfSelected(ActivityStatus::Closed);
    BOOST_TEST(window->takeErrors().isEmpty());
    for (const Project &p : portfolio().projects().readAll().value())
        BOOST_TEST((p.status == ActivityStatus::Closed));
    BOOST_TEST(window->undoStack()->undoText().contains(QStringLiteral("13 projects")));
    window->undoStack()->undo();
    for (const Project &p : portfolio().projects().readAll().value())
        BOOST_TEST((p.status == ActivityStatus::Unknown));
    window->undoStack()->redo();
    Filter closed;
    closed.statuses = {ActivityStatus::Closed};
    BOOST_TEST(select(portfolio().snapshot(), closed).size() == 13u);

    const auto seoul = portfolio().actors().findByName(QStringLiteral("서울특별시"));
    selectKey("KR-GW-SCHOLAR");
    window->setActorOfSelected(seoul);
    BOOST_TEST(byKey("KR-GW-SCHOLAR").leadActorId == seoul);
    window->undoStack()->undo();
    BOOST_TEST(byKey("KR-GW-SCHOLAR").leadActorId == portfolio().actors().findByName(QStringLiteral("강원특별자치도")));
}

BOOST_FIXTURE_TEST_CASE(a_stale_edit_is_refused_with_the_message_shown, Seeded)
{
    Project before = byKey("KR-GG-MNG-DESERT");
    Project elsewhere = before;
    elsewhere.title.en = QStringLiteral("Changed in another window");
    BOOST_REQUIRE(portfolio().saveProject(elsewhere).ok());
    Project mine = before;
    mine.title.en = QStringLiteral("My change");
    window->applyEdit(before, mine);
    const QStringList errors = window->takeErrors();
    BOOST_REQUIRE(errors.size() == 1);
    BOOST_TEST(errors.first().contains(QStringLiteral("changed by someone else")));
    BOOST_TEST(byKey("KR-GG-MNG-DESERT").title.en == QStringLiteral("Changed in another window"));
    BOOST_TEST(!window->undoStack()->canUndo());
}

BOOST_FIXTURE_TEST_CASE(new_and_duplicate_projects_are_undoable, Seeded)
{
    Project p;
    p.key = QStringLiteral("NEW-0001");
    p.title.ko = QStringLiteral("새 사업");
    window->addProject(p);
    BOOST_TEST(model()->rowCount() == 14);
    window->undoStack()->undo();
    BOOST_TEST(model()->rowCount() == 13);
    window->undoStack()->redo();
    BOOST_TEST(portfolio().projects().idForKey(QStringLiteral("NEW-0001")) != 0);
    selectKey("KR-GB-LAO-SMU");
    window->duplicateSelected();
    const Project copy = byKey("KR-GB-LAO-SMU-copy");
    BOOST_TEST((copy.title == byKey("KR-GB-LAO-SMU").title));
    BOOST_TEST(coreTotal() == std::int64_t(1854000000) + 350000000);
}

BOOST_FIXTURE_TEST_CASE(the_status_bar_filters_to_what_is_not_counted, Seeded)
{
    QList<QPushButton *> buttons = window->findChildren<QPushButton *>();
    QPushButton *notCounted = nullptr;
    for (QPushButton *b : buttons)
        if (b->text().contains(QStringLiteral("not counted")))
            notCounted = b;
    BOOST_REQUIRE(notCounted);
    notCounted->click();
    BOOST_TEST(model()->rowCount() == 4);
    BOOST_TEST(window->filterSentence() == QStringLiteral("not counted in totals"));
    // The total is unknown, and the status bar says why.
    BOOST_TEST(window->statusText().contains(QStringLiteral("Total –")));
    BOOST_TEST(window->statusText().contains(QStringLiteral("0 of 4 projects counted; not counted: 4 budget unknown")));
}

BOOST_FIXTURE_TEST_CASE(the_language_switch_retranslates_the_window_and_the_panel, Seeded)
{
    const QString fileMenuEn = window->menuBar()->actions().first()->text();
    app::installLanguage(Language::Korean);
    QCoreApplication::processEvents();
    BOOST_TEST(window->menuBar()->actions().first()->text() != fileMenuEn);
    BOOST_TEST(window->filterPanel()->searchBox()->placeholderText().contains(QStringLiteral("검색")));
    BOOST_TEST(model()->headerData(ProjectTableModel::Title, Qt::Horizontal).toString() == QStringLiteral("사업명"));
    BOOST_TEST(model()->data(model()->index(0, ProjectTableModel::Title)).toString() == QStringLiteral("라오스 새마을운동 사업"));
    BOOST_TEST(window->statusText().contains(QStringLiteral("사업 13건")));
    BOOST_TEST(window->filterSentence() == QStringLiteral("전체 사업"));
    app::installLanguage(Language::English);
    QCoreApplication::processEvents();
    BOOST_TEST(window->menuBar()->actions().first()->text() == fileMenuEn);
}

BOOST_FIXTURE_TEST_CASE(a_reversed_year_range_is_read_in_order_and_shown_swapped, Seeded)
{
    QSpinBox *from = nullptr, *to = nullptr;
    for (QSpinBox *box : window->findChildren<QSpinBox *>()) {
        if (box->accessibleName() == QStringLiteral("From year"))
            from = box;
        if (box->accessibleName() == QStringLiteral("To year"))
            to = box;
    }
    BOOST_REQUIRE(from && to);
    to->setValue(2019);
    from->setValue(2022);
    // While the boxes still read 2022 – 2019, the selection is already 2019 – 2022.
    BOOST_TEST(*window->workspace().filter().fromYear == 2019);
    BOOST_TEST(*window->workspace().filter().toYear == 2022);
    const auto rows = model()->rowCount();
    BOOST_TEST(rows > 0);
    emit from->editingFinished();
    BOOST_TEST(from->value() == 2019);
    BOOST_TEST(to->value() == 2022);
    BOOST_TEST(model()->rowCount() == rows);
    BOOST_TEST(window->statusBar()->currentMessage().contains(QStringLiteral("2019–2022")));
}

BOOST_FIXTURE_TEST_CASE(headings_remembered_narrow_are_widened_to_fit, Seeded)
{
    QHeaderView *header = window->projectTable()->horizontalHeader();
    // A width remembered from the other language, too narrow for this heading.
    header->resizeSection(ProjectTableModel::Reported, 20);
    model()->retranslate();
    const QString heading = model()->headerData(ProjectTableModel::Reported, Qt::Horizontal).toString();
    BOOST_TEST(header->sectionSize(ProjectTableModel::Reported) >= QFontMetrics(header->font()).horizontalAdvance(heading));
}

BOOST_FIXTURE_TEST_CASE(ctrl_c_copies_the_selected_rows_in_table_order_with_a_header, Seeded)
{
    model()->sort(ProjectTableModel::Key, Qt::DescendingOrder);
    QTableView *table = window->projectTable();
    table->clearSelection();
    // Two rows picked out of order, one of them with an unknown budget.
    for (const char *key : {"KR-GB-LAO-SMU", "KR-SEL-KHM-PNH-PLAN"})
        for (int r = 0; r < model()->rowCount(); ++r)
            if (model()->data(model()->index(r, ProjectTableModel::Key)).toString() == QLatin1String(key))
                table->selectionModel()->select(model()->index(r, 0),
                                                QItemSelectionModel::Select | QItemSelectionModel::Rows);
    window->show();
    window->activateWindow();
    BOOST_REQUIRE(QTest::qWaitForWindowActive(window.get()));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    BOOST_REQUIRE(data);
    const QStringList lines = data->text().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    BOOST_REQUIRE(lines.size() == 3);
    const QStringList header = lines[0].split(QLatin1Char('\t'));
    BOOST_TEST(header.first() == QStringLiteral("Key"));
    const int budget = int(header.indexOf(QStringLiteral("Budget")));
    BOOST_REQUIRE(budget > 0);
    // Descending keys: KR-SEL-… before KR-GB-….
    const QStringList first = lines[1].split(QLatin1Char('\t')), second = lines[2].split(QLatin1Char('\t'));
    BOOST_TEST(first.first() == QStringLiteral("KR-SEL-KHM-PNH-PLAN"));
    BOOST_TEST(second.first() == QStringLiteral("KR-GB-LAO-SMU"));
    BOOST_TEST(first[budget].isEmpty()); // unknown, not 0
    BOOST_TEST(second[budget] == QStringLiteral("3500000.00"));
    BOOST_TEST(data->html().contains(QStringLiteral("<th>Key</th>")));
    BOOST_TEST(data->html().contains(QStringLiteral("<td align=\"right\">3500000.00</td>")));
    BOOST_TEST(data->html().count(QStringLiteral("<tr>")) == 3);
    BOOST_TEST(window->statusBar()->currentMessage().contains(QStringLiteral("2 projects")));

    // In Korean, the header and the names follow the language.
    app::installLanguage(Language::Korean);
    QCoreApplication::processEvents();
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    const QString korean = QGuiApplication::clipboard()->mimeData()->text();
    BOOST_TEST(korean.startsWith(QStringLiteral("키\t")));
    BOOST_TEST(korean.contains(QStringLiteral("라오스 새마을운동 사업")));
    app::installLanguage(Language::English);
}

BOOST_FIXTURE_TEST_CASE(ctrl_c_in_the_search_box_copies_its_text_not_the_rows, Seeded)
{
    QGuiApplication::clipboard()->clear();
    window->projectTable()->selectRow(0);
    QLineEdit *search = window->filterPanel()->searchBox();
    window->show();
    window->activateWindow();
    BOOST_REQUIRE(QTest::qWaitForWindowActive(window.get()));
    search->setText(QStringLiteral("Saemaul"));
    search->selectAll();
    search->setFocus();
    QTest::keyClick(search, Qt::Key_C, Qt::ControlModifier);
    BOOST_TEST(QGuiApplication::clipboard()->text() == QStringLiteral("Saemaul"));
}
