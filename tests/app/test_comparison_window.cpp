// View > Compare cases, offscreen: actors within the filter, projects from the
// table's selection, shaded differences, exports and the language switch.
#include "AppFixture.h"
#include "SeededWindow.h"

#include "Translations.h"
#include "Workspace.h"
#include "io/SeedImport.h"
#include "models/ComparisonModel.h"
#include "models/ProjectTableModel.h"
#include "portfolio/Portfolio.h"
#include "views/ComparisonWindow.h"
#include "views/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>

using namespace c2c;

namespace {

struct Seeded : SeededWindow {
    QString cell(app::ComparisonModel *m, const char *code, int subject)
    {
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->comparison().rows[r].code == QLatin1String(code))
                return m->index(r, subject + 1).data().toString();
        return QStringLiteral("(no row)");
    }
};

} // namespace

BOOST_FIXTURE_TEST_CASE(actors_side_by_side_within_the_filter, Seeded)
{
    app::ComparisonWindow *w = window->showComparison();
    QAbstractItemModelTester tester(w->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    BOOST_TEST(w->model()->rowCount() == 0); // nothing ticked yet
    BOOST_TEST(w->message().contains(QStringLiteral("two to five")));
    w->compareActors({actorOf("KR-GB-LAO-SMU"), actorOf("KR-SEL-KHM-FIRE")});
    BOOST_TEST(w->model()->columnCount() == 3);
    BOOST_TEST(cell(w->model(), "projects", 0) == QStringLiteral("4"));
    BOOST_TEST(cell(w->model(), "projects", 1) == QStringLiteral("3"));
    BOOST_TEST(cell(w->model(), "total", 0) == QStringLiteral("USD 15,360,000.00"));
    // Differing rows are shaded; the actors differ on the number of projects.
    BOOST_TEST(w->model()->index(0, 1).data(Qt::BackgroundRole).isValid());

    // The filter bounds the comparison: in Vietnam, Gyeongsangbuk-do has one project.
    Filter vn;
    vn.countries = {QStringLiteral("VN")};
    window->workspace().setFilter(vn);
    w->compareActors({actorOf("KR-GB-LAO-SMU"), actorOf("KR-GG-VNM-LIB")});
    BOOST_TEST(cell(w->model(), "projects", 0) == QStringLiteral("1"));
    BOOST_TEST(cell(w->model(), "total", 1) == QStringLiteral("USD 200,000.00"));
    BOOST_TEST(w->message().contains(QStringLiteral("Vietnam")));
}

BOOST_FIXTURE_TEST_CASE(projects_selected_in_the_table_and_exports, Seeded)
{
    QTableView *table = window->projectTable();
    for (int r : {0, 1})
        table->selectionModel()->select(window->projectModel()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    app::ComparisonWindow *w = window->showComparison();
    BOOST_TEST(w->model()->columnCount() == 3);
    const QString key0 = window->projectModel()->index(0, app::ProjectTableModel::Key).data().toString();
    BOOST_TEST(cell(w->model(), "key", 0) == key0);

    const QString xlsx = dir.filePath(QStringLiteral("compare.xlsx")), pdf = dir.filePath(QStringLiteral("compare.pdf"));
    BOOST_TEST(w->exportTo(xlsx).ok());
    BOOST_TEST(w->exportTo(pdf).ok());
    BOOST_TEST(QFileInfo(xlsx).size() > 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    BOOST_REQUIRE(text.waitForFinished(60000));
    BOOST_TEST(QString::fromUtf8(text.readAllStandardOutput()).contains(key0));
    BOOST_TEST(!w->exportTo(dir.filePath(QStringLiteral("missing/compare.xlsx"))).ok());
}

BOOST_FIXTURE_TEST_CASE(the_comparison_follows_the_language, Seeded)
{
    app::ComparisonWindow *w = window->showComparison();
    w->compareActors({actorOf("KR-GB-LAO-SMU"), actorOf("KR-SEL-KHM-FIRE")});
    app::installLanguage(Language::Korean);
    QCoreApplication::processEvents();
    BOOST_TEST(w->windowTitle() == QStringLiteral("사례 비교"));
    BOOST_TEST(w->model()->headerData(1, Qt::Horizontal).toString() == QStringLiteral("경상북도"));
    BOOST_TEST(w->model()->index(0, 0).data().toString() == QStringLiteral("사업 수"));
    app::installLanguage(Language::English);
}
