// Actors, exchange rates and the reporting currency edited through their
// dialogs are undo commands like project edits: undo gives back exactly what
// was there, the table follows without a reset, and the undo texts follow a
// language switch.
#include "AppFixture.h"
#include "SeededWindow.h"

#include "Workspace.h"
#include "models/ProjectTableModel.h"
#include "portfolio/Aggregation.h"
#include "portfolio/Portfolio.h"
#include "views/ActorsDialog.h"
#include "views/FilterPanel.h"
#include "views/ExchangeRatesDialog.h"
#include "views/ReportingDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QUndoStack>
#include <boost/test/unit_test.hpp>

using namespace c2c;

namespace {

struct Settings : SeededWindow {
    QStringList errors;
    std::function<void(const QString &)> sink() { return [this](const QString &e) { errors.append(e); }; }
    Portfolio &portfolio() { return window->portfolio(); }
    QUndoStack &undo() { return *window->undoStack(); }
    QList<std::int64_t> projectsLedBy(std::int64_t actor)
    {
        QList<std::int64_t> out;
        for (const Project &p : portfolio().projects().readAll().value())
            if (p.leadActorId == actor)
                out.append(p.id);
        return out;
    }
};

} // namespace

BOOST_FIXTURE_TEST_CASE(a_rename_is_undone_and_its_text_follows_the_language, Settings)
{
    QAbstractItemModelTester tester(window->projectModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(window->projectModel(), &QAbstractItemModel::modelReset);
    const std::int64_t id = actorOf("KR-GB-LAO-SMU");
    const Actor before = portfolio().actors().read(id).value();
    app::ActorsDialog dialog(portfolio(), undo(), sink());
    BOOST_REQUIRE(dialog.rename(id, {QStringLiteral("경북"), QStringLiteral("Gyeongbuk"), {}}, QDate(2030, 1, 1)).ok());
    BOOST_TEST(portfolio().actors().read(id).value().name.en == QStringLiteral("Gyeongbuk"));
    BOOST_TEST(undo().undoText().contains(QStringLiteral("Gyeongbuk")));
    app::installLanguage(Language::Korean);
    QCoreApplication::processEvents();
    BOOST_TEST(undo().undoText().contains(QStringLiteral("경북")));
    BOOST_TEST(undo().undoText().contains(QStringLiteral("이름")), undo().undoText().toStdString());
    app::installLanguage(Language::English);
    QCoreApplication::processEvents();
    undo().undo();
    const Actor undone = portfolio().actors().read(id).value();
    BOOST_TEST((undone.name == before.name));
    BOOST_TEST(undone.formerNames.size() == before.formerNames.size());
    BOOST_TEST(undone.renamedOn == before.renamedOn);
    undo().redo();
    BOOST_TEST(portfolio().actors().read(id).value().name.ko == QStringLiteral("경북"));
    BOOST_TEST(resets.count() == 0);
    BOOST_TEST(errors.isEmpty());
}

BOOST_FIXTURE_TEST_CASE(a_merge_is_undone_to_exactly_the_projects_it_moved, Settings)
{
    QSignalSpy resets(window->projectModel(), &QAbstractItemModel::modelReset);
    const std::int64_t from = actorOf("KR-GB-LAO-SMU");
    const std::int64_t into = actorOf("KR-SEL-KHM-FIRE");
    const QList<std::int64_t> fromProjects = projectsLedBy(from);
    const QList<std::int64_t> intoProjects = projectsLedBy(into);
    BOOST_REQUIRE(!fromProjects.isEmpty());
    app::ActorsDialog dialog(portfolio(), undo(), sink());
    BOOST_REQUIRE(dialog.merge(from, into).ok());
    BOOST_TEST(projectsLedBy(from).isEmpty());
    BOOST_TEST(projectsLedBy(into).size() == fromProjects.size() + intoProjects.size());
    undo().undo();
    BOOST_TEST(projectsLedBy(from) == fromProjects);
    BOOST_TEST(projectsLedBy(into) == intoProjects);
    BOOST_TEST(portfolio().actors().read(from).value().successorId == 0);
    // The window's snapshot followed: the same projects as the file says.
    const Snapshot &s = portfolio().snapshot();
    for (std::int64_t id : fromProjects)
        BOOST_TEST(s.actors[s.actor[Row(s.findRow(id))]].id == from);
    // The merge moved projects: undo of an edit made before it still works.
    undo().redo();
    BOOST_TEST(projectsLedBy(from).isEmpty());
    BOOST_TEST(resets.count() == 0);
    BOOST_TEST(errors.isEmpty());
}

BOOST_FIXTURE_TEST_CASE(exchange_rates_and_the_reporting_currency_are_undone, Settings)
{
    const auto total = [&] { return totals(portfolio().snapshot(), window->workspace().selection()); };
    const Totals start = total();
    app::ExchangeRatesDialog rates(portfolio(), undo(), sink());
    BOOST_REQUIRE(rates.addRate(QStringLiteral("EUR"), 2019, QStringLiteral("0.9"), QStringLiteral("test source")));
    BOOST_REQUIRE(rates.addRate(QStringLiteral("EUR"), 2019, QStringLiteral("0.8"), QStringLiteral("corrected")));
    BOOST_TEST(portfolio().rates().readAll().value().size() == 1);
    undo().undo(); // back to 0.9
    BOOST_REQUIRE(portfolio().rates().readAll().value().size() == 1);
    BOOST_TEST(portfolio().rates().readAll().value().first().source == QStringLiteral("test source"));
    undo().undo(); // no EUR rate at all
    BOOST_TEST(portfolio().rates().readAll().value().isEmpty());

    app::ReportingDialog reporting(portfolio(), undo(), sink());
    auto *currency = reporting.findChildren<QComboBox *>().first();
    currency->setCurrentIndex(currency->findData(QStringLiteral("KRW")));
    reporting.accept();
    BOOST_TEST(portfolio().reportingCurrency() == QStringLiteral("KRW"));
    const auto budgetLabel = [&] {
        for (QLabel *l : window->filterPanel()->findChildren<QLabel *>())
            if (l->text().startsWith(QStringLiteral("Budget in")))
                return l->text();
        return QString();
    };
    BOOST_TEST(budgetLabel() == QStringLiteral("Budget in KRW"));
    BOOST_TEST(window->projectModel()->headerData(app::ProjectTableModel::Reported, Qt::Horizontal).toString().contains(QStringLiteral("KRW")));
    undo().undo();
    BOOST_TEST(portfolio().reportingCurrency() == QStringLiteral("USD"));
    BOOST_TEST(budgetLabel() == QStringLiteral("Budget in USD"));
    BOOST_TEST(total().total == start.total);
    BOOST_TEST(window->projectModel()->headerData(app::ProjectTableModel::Reported, Qt::Horizontal).toString().contains(QStringLiteral("USD")));
    BOOST_TEST(errors.isEmpty());
}

// Adding an actor offers every Korean local government the portfolio lacks, found by part of
// its name; choosing one fills in its official names, kind and MOIS code.
BOOST_FIXTURE_TEST_CASE(a_local_government_is_added_from_the_reference_list, Settings)
{
    app::ActorsDialog dialog(portfolio(), undo(), sink());
    QPushButton *add = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->text().startsWith(QStringLiteral("Add")))
            add = b;
    BOOST_REQUIRE(add);
    int offered = 0;
    bool offersProvinceItHas = true;
    QTimer::singleShot(0, [&] {
        auto *form = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        BOOST_REQUIRE(form);
        auto *box = form->findChild<QComboBox *>(QStringLiteral("localGovernment"));
        BOOST_REQUIRE(box);
        offered = box->count() - 1;
        offersProvinceItHas = box->findData(QStringLiteral("47")) >= 0; // Gyeongsangbuk-do is in the seed
        box->setCurrentIndex(box->findData(QStringLiteral("28110")));
        const QList<QLineEdit *> edits = form->findChildren<QLineEdit *>();
        QStringList texts;
        for (QLineEdit *e : edits)
            texts.append(e->text());
        BOOST_TEST(texts.contains(QStringLiteral("인천 중구")), texts.join(QLatin1Char('|')).toStdString());
        BOOST_TEST(texts.contains(QStringLiteral("Jung-gu, Incheon")));
        BOOST_TEST(texts.contains(QStringLiteral("28110")));
        form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    add->click();
    BOOST_TEST(!offersProvinceItHas);
    BOOST_TEST(offered == 226); // the seed has the 17 first tiers: the basic governments are left
    bool found = false;
    for (const Actor &a : portfolio().actors().readAll().value())
        if (a.moisCode == QStringLiteral("28110")) {
            found = true;
            BOOST_TEST(a.name.en == QStringLiteral("Jung-gu, Incheon"));
            BOOST_TEST((a.kind == ActorKind::AutonomousDistrict));
        }
    BOOST_TEST(found);
    BOOST_TEST(errors.isEmpty());
}
