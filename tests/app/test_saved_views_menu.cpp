// View > Saved views, offscreen: the pivot with its filter, and a comparison
// of actors, saved in the portfolio and reopened as they were.
#include "AppFixture.h"
#include "SeededWindow.h"

#include "Translations.h"
#include "Workspace.h"
#include "io/SeedImport.h"
#include "portfolio/Portfolio.h"
#include "views/ComparisonWindow.h"
#include "views/MainWindow.h"
#include "views/PivotWindow.h"
#include "views/SavedViewsMenu.h"

#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>

using namespace c2c;

namespace {

using Seeded = SeededWindow;

} // namespace

BOOST_FIXTURE_TEST_CASE(a_pivot_view_is_saved_and_reopened, Seeded)
{
    app::SavedViewsMenu *menu = window->savedViews();
    Filter vn;
    vn.countries = {QStringLiteral("VN")};
    vn.fromYear = 2015;
    window->workspace().setFilter(vn);
    window->showPivot()->setDimensions(GroupBy::Country, GroupBy::Status, PivotMeasure::Projects);
    BOOST_REQUIRE(menu->save(QStringLiteral("Vietnam by status")).ok());

    // Elsewhere now: another filter, another pivot, the window closed.
    window->workspace().setFilter(Filter{});
    window->showPivot()->setDimensions(GroupBy::Actor, GroupBy::Year, PivotMeasure::Total);
    window->findChild<app::PivotWindow *>()->hide();

    const auto views = menu->views();
    BOOST_REQUIRE(views.ok());
    BOOST_REQUIRE(views.value().size() == 1);
    BOOST_TEST(views.value().first().kind == QStringLiteral("pivot"));
    menu->apply(views.value().first());
    BOOST_TEST(bool(window->workspace().filter() == vn));
    app::PivotWindow *pivot = window->findChild<app::PivotWindow *>();
    BOOST_TEST(pivot->isVisible());
    BOOST_TEST(int(pivot->rows()) == int(GroupBy::Country));
    BOOST_TEST(int(pivot->cols()) == int(GroupBy::Status));
    BOOST_TEST(int(pivot->measure()) == int(PivotMeasure::Projects));
}

BOOST_FIXTURE_TEST_CASE(a_comparison_of_actors_is_saved_and_reopened, Seeded)
{
    app::SavedViewsMenu *menu = window->savedViews();
    const std::int64_t gb = actorOf("KR-GB-LAO-SMU"), seoul = actorOf("KR-SEL-KHM-FIRE");
    window->showComparison()->compareActors({gb, seoul});
    BOOST_REQUIRE(menu->save(QStringLiteral("Gyeongbuk and Seoul")).ok());
    window->findChild<app::ComparisonWindow *>()->compareActors({});
    window->findChild<app::ComparisonWindow *>()->hide();

    // A plain filter view is saved when neither window is open.
    BOOST_REQUIRE(menu->save(QStringLiteral("Everything")).ok());
    const auto views = menu->views().value();
    BOOST_REQUIRE(views.size() == 2);
    BOOST_TEST(views[0].kind == QStringLiteral("filter"));
    BOOST_TEST(views[1].kind == QStringLiteral("compare"));
    menu->apply(views[1]);
    BOOST_TEST(window->findChild<app::ComparisonWindow *>()->checkedActors() == QList<std::int64_t>({gb, seoul}));
    BOOST_TEST(!menu->save(QStringLiteral(" ")).ok()); // a view needs a name
}
