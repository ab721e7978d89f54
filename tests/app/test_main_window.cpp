#include "AppFixture.h"

#include "Translations.h"
#include "io/SeedImport.h"
#include "models/ProjectTableModel.h"
#include "portfolio/Portfolio.h"
#include "views/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>

using namespace c2c;

namespace {

std::unique_ptr<Portfolio> seeded(const QTemporaryDir &dir)
{
    auto p = Portfolio::open(dir.filePath(QStringLiteral("seed.c2c")));
    BOOST_REQUIRE_MESSAGE(p.ok(), p.error());
    const Status st = SeedImport::run(*p.value(), SeedImport::embeddedPath());
    BOOST_REQUIRE_MESSAGE(st.ok(), st.error());
    return std::move(p).value();
}

} // namespace

BOOST_AUTO_TEST_CASE(the_window_shows_every_project_and_the_totals)
{
    QTemporaryDir dir;
    app::installLanguage(Language::English);
    app::MainWindow window(seeded(dir));
    app::ProjectTableModel *model = window.projectModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    BOOST_TEST(model->rowCount() == 13);
    BOOST_TEST(model->columnCount() == app::ProjectTableModel::ColumnCount);
    BOOST_TEST(model->data(model->index(0, app::ProjectTableModel::Key)).toString() == QStringLiteral("KR-GB-LAO-SMU"));
    BOOST_TEST(model->data(model->index(0, app::ProjectTableModel::Amount)).toString() == QStringLiteral("USD 3,500,000.00"));
    BOOST_TEST(model->data(model->index(0, app::ProjectTableModel::QualityNote)).toString() == QStringLiteral("⚠"));
    BOOST_TEST(model->data(model->index(9, app::ProjectTableModel::Amount)).toString() == QStringLiteral("Unknown"));
    const QString status = window.statusText();
    BOOST_TEST(status.contains(QStringLiteral("13 projects")));
    BOOST_TEST(status.contains(QStringLiteral("USD 18,540,000.00")));
    BOOST_TEST(status.contains(QStringLiteral("4 not counted")));
}

BOOST_AUTO_TEST_CASE(the_window_speaks_korean)
{
    QTemporaryDir dir;
    app::installLanguage(Language::Korean);
    app::MainWindow window(seeded(dir));
    app::ProjectTableModel *model = window.projectModel();
    BOOST_TEST(model->data(model->index(0, app::ProjectTableModel::Title)).toString() == QStringLiteral("라오스 새마을운동 사업"));
    BOOST_TEST(model->data(model->index(0, app::ProjectTableModel::Actor)).toString() == QStringLiteral("경상북도"));
    BOOST_TEST(model->data(model->index(0, app::ProjectTableModel::Countries)).toString() == QStringLiteral("라오스"));
    BOOST_TEST(model->data(model->index(0, app::ProjectTableModel::Amount)).toString() == QStringLiteral("3,500,000.00 USD"));
    BOOST_TEST(model->headerData(app::ProjectTableModel::Title, Qt::Horizontal).toString() != QStringLiteral("Title"));
    BOOST_TEST(window.statusText().contains(QStringLiteral("18,540,000.00 USD")));
    app::installLanguage(Language::English);
}
