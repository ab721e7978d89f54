// View > Pivot table, offscreen: the model shows what core computed, follows
// the workspace's filter, sorts, drills down (and Back returns), exports and
// retranslates.
#include "AppFixture.h"
#include "SeededWindow.h"

#include "Translations.h"
#include "Workspace.h"
#include "io/SeedImport.h"
#include "models/PivotModel.h"
#include "portfolio/Aggregation.h"
#include "portfolio/Portfolio.h"
#include "views/MainWindow.h"
#include "views/PivotWindow.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>

using namespace c2c;

namespace {

struct Seeded : SeededWindow {
    app::PivotWindow *pivot = nullptr;
    Seeded()
    {
        pivot = window->showPivot();
        pivot->setDimensions(GroupBy::Actor, GroupBy::Year, PivotMeasure::Total);
    }
    app::PivotModel *model() { return pivot->model(); }
    int rowOf(const QString &name)
    {
        for (int r = 0; r < model()->rowCount(); ++r)
            if (model()->index(r, 0).data().toString() == name)
                return r;
        return -1;
    }
    int columnOf(const QString &name)
    {
        for (int c = 0; c < model()->columnCount(); ++c)
            if (model()->headerData(c, Qt::Horizontal).toString() == name)
                return c;
        return -1;
    }
};

} // namespace

BOOST_FIXTURE_TEST_CASE(the_pivot_shows_what_core_computed, Seeded)
{
    QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Snapshot &s = window->portfolio().snapshot();
    const QList<Group> byActor = groupBy(s, window->workspace().selection(), GroupBy::Actor);
    BOOST_TEST(model()->rowCount() == byActor.size() + 1);
    BOOST_TEST(model()->columnCount() == groupBy(s, window->workspace().selection(), GroupBy::Year).size() + 2);
    const int gb = rowOf(QStringLiteral("Gyeongsangbuk-do"));
    const int total = model()->columnCount() - 1;
    BOOST_REQUIRE(gb >= 0);
    BOOST_TEST(model()->index(gb, total).data().toString() == QStringLiteral("15,360,000.00"));
    BOOST_TEST(model()->index(model()->rowCount() - 1, total).data().toString() == QStringLiteral("18,540,000.00"));
    BOOST_TEST(model()->index(gb, columnOf(QStringLiteral("2020"))).data(Qt::ToolTipRole).toString().contains(QStringLiteral("3 projects")));

    // Another measure: the number of partner countries per actor.
    pivot->setDimensions(GroupBy::Actor, GroupBy::Status, PivotMeasure::Countries);
    BOOST_TEST(model()->index(rowOf(QStringLiteral("Gyeongsangbuk-do")), model()->columnCount() - 1).data().toString() == QStringLiteral("4"));
}

BOOST_FIXTURE_TEST_CASE(the_pivot_follows_the_filter_and_drills_down, Seeded)
{
    Filter vn;
    vn.countries = {QStringLiteral("VN")};
    window->workspace().setFilter(vn);
    BOOST_TEST(model()->rowCount() == 3); // Gyeongsangbuk-do, Gyeonggi-do, total
    BOOST_TEST(model()->index(2, model()->columnCount() - 1).data().toString() == QStringLiteral("7,660,000.00"));
    window->workspace().back();
    BOOST_TEST(model()->rowCount() == 8);

    // Double-clicking Gyeongsangbuk-do x 2020 filters the workspace to those three projects.
    const int gb = rowOf(QStringLiteral("Gyeongsangbuk-do"));
    BOOST_REQUIRE(pivot->drillDown(gb, columnOf(QStringLiteral("2020"))));
    BOOST_TEST(window->workspace().selection().size() == 3u);
    BOOST_TEST(window->filterSentence().contains(QStringLiteral("Gyeongsangbuk-do")));
    window->workspace().back();
    BOOST_TEST(window->workspace().selection().size() == 13u);
    // The grand total narrows nothing.
    BOOST_TEST(!pivot->drillDown(model()->rowCount() - 1, model()->columnCount() - 1));
}

BOOST_FIXTURE_TEST_CASE(the_pivot_sorts_exports_and_retranslates, Seeded)
{
    pivot->setDimensions(GroupBy::Country, GroupBy::Actor, PivotMeasure::Projects);
    const int total = model()->columnCount() - 1;
    model()->sort(total, Qt::DescendingOrder);
    for (int r = 1; r < model()->rowCount() - 1; ++r)
        BOOST_TEST(model()->index(r - 1, total).data().toString().toInt() >= model()->index(r, total).data().toString().toInt());
    BOOST_TEST(model()->index(model()->rowCount() - 1, 0).data().toString() == QStringLiteral("Total")); // totals stay last

    const QString xlsx = dir.filePath(QStringLiteral("pivot.xlsx")), csv = dir.filePath(QStringLiteral("pivot.csv"));
    BOOST_TEST(pivot->exportTo(xlsx).ok());
    BOOST_TEST(pivot->exportTo(csv).ok());
    BOOST_TEST(QFileInfo(xlsx).size() > 0);
    BOOST_TEST(QFileInfo(csv).size() > 0);
    const Status bad = pivot->exportTo(dir.filePath(QStringLiteral("missing/pivot.xlsx")));
    BOOST_TEST(!bad.ok());
    BOOST_TEST(bad.error().contains(QStringLiteral("missing")));

    app::installLanguage(Language::Korean);
    QCoreApplication::processEvents();
    BOOST_TEST(pivot->windowTitle() == QStringLiteral("피벗 표"));
    BOOST_TEST(model()->headerData(0, Qt::Horizontal).toString() == QStringLiteral("협력국"));
    BOOST_TEST(rowOf(QStringLiteral("베트남")) >= 0);
    app::installLanguage(Language::English);
}
