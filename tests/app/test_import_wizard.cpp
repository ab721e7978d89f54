// The import wizard offscreen, as an officer uses it: a CSV file with Korean
// headers, the suggested mapping, the preview with its problems, pasted
// cells; IATI files with their report; and the import as one undo step (undo removes what it added and puts
// back what it updated).
#include "AppFixture.h"
#include "EmptyPortfolio.h"

#include "Translations.h"
#include "commands/ImportCommand.h"
#include "portfolio/Portfolio.h"
#include "views/import/IatiImportDialog.h"
#include "views/import/ImportPages.h"
#include "views/import/ImportPreview.h"
#include "views/import/ImportWizard.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QListWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QTimer>
#include <boost/test/unit_test.hpp>

using namespace c2c;
using namespace c2c::app;

namespace {

// Imports the items as the wizard's Finish does and pushes the undo step.
void pushImport(QUndoStack &undo, Portfolio &portfolio, const QList<ImportItem> &items, DuplicatePolicy policy,
                app::ErrorSink sink)
{
    ImportReport report;
    auto command = ImportCommand::run(portfolio, items, policy, std::move(sink), report);
    BOOST_REQUIRE_MESSAGE(command, "the import failed");
    undo.push(command.release());
}


struct Fixture : EmptyPortfolio {
    Fixture()
    {
        installLanguage(Language::English);
    }
    Project byKey(const char *key) { return portfolio->projects().readByKey(QString::fromUtf8(key)).value(); }
};

ImportPreview *previewOf(ImportWizard &w)
{
    return static_cast<ImportPreviewPage *>(w.page(ImportWizard::PreviewPage))->preview();
}

} // namespace

BOOST_FIXTURE_TEST_CASE(wizard_reads_maps_and_previews_a_korean_csv, Fixture)
{
    ImportWizard wizard(*portfolio);
    wizard.setFile(kCsv + QStringLiteral("projects-utf8.csv"));
    wizard.show();
    BOOST_TEST(wizard.currentId() == int(ImportWizard::SourcePage));
    wizard.next();
    BOOST_REQUIRE(wizard.currentId() == int(ImportWizard::MappingPage));
    auto *mapping = static_cast<ImportMappingPage *>(wizard.page(ImportWizard::MappingPage));
    BOOST_TEST(mapping->table()->rowCount() == 9);
    BOOST_TEST(mapping->fieldBox(1)->currentData().toInt() == int(ImportField::Title));   // 사업명
    BOOST_TEST(mapping->fieldBox(2)->currentData().toInt() == int(ImportField::Actor));   // 지자체
    BOOST_TEST(mapping->fieldBox(6)->currentData().toInt() == int(ImportField::Amount));  // 예산
    wizard.next();
    BOOST_REQUIRE(wizard.currentId() == int(ImportWizard::PreviewPage));
    ImportPreview *preview = previewOf(wizard);
    BOOST_TEST(preview->table()->rowCount() == 6);
    BOOST_TEST(!preview->hasErrors());
    BOOST_TEST(preview->summary().contains(QStringLiteral("5 new, 1 updated, 0 skipped")), preview->summary());
    BOOST_TEST(wizard.page(ImportWizard::PreviewPage)->isComplete());
    BOOST_TEST(portfolio->projects().count() == 0); // previewing changes nothing

    // Finishing pushes one command; undo takes the whole import back, redo restores it under the same ids.
    QUndoStack undo;
    QStringList errors;
    pushImport(undo, *portfolio, wizard.items, wizard.policy(), [&](const QString &e) { errors.append(e); });
    BOOST_TEST(errors.isEmpty(), errors.join(QLatin1Char('\n')));
    BOOST_TEST(portfolio->projects().count() == 5);
    BOOST_TEST(portfolio->snapshot().rowCount() == 5);
    const std::int64_t id = byKey("KR-SW-VN-01").id;
    undo.undo();
    BOOST_TEST(portfolio->projects().count() == 0);
    BOOST_TEST(portfolio->snapshot().rowCount() == 0);
    undo.redo();
    BOOST_TEST(portfolio->projects().count() == 5);
    BOOST_TEST(byKey("KR-SW-VN-01").id == id);
    BOOST_TEST(byKey("KR-SW-VN-01").budget.first().amount == Money(400000000, QStringLiteral("KRW")));
}

BOOST_FIXTURE_TEST_CASE(undo_of_an_import_puts_updated_projects_back, Fixture)
{
    Project mine;
    mine.key = QStringLiteral("KR-SW-VN-01");
    mine.title.ko = QStringLiteral("내가 입력한 사업");
    mine.milestones = {{{QStringLiteral("착수"), QString(), {}}, QDate(2019, 3, 1), Completion::Complete}};
    BOOST_REQUIRE(portfolio->addProject(mine).ok());

    ImportWizard wizard(*portfolio);
    wizard.setFile(kCsv + QStringLiteral("projects-utf8.csv"));
    wizard.show();
    wizard.next();
    wizard.next();
    BOOST_TEST(previewOf(wizard)->summary().contains(QStringLiteral("4 new, 2 updated")), previewOf(wizard)->summary());
    QUndoStack undo;
    pushImport(undo, *portfolio, wizard.items, wizard.policy(), {});
    BOOST_TEST(byKey("KR-SW-VN-01").title.ko == QStringLiteral("베트남 수원시 상수도 협력 (변경)"));
    BOOST_TEST(byKey("KR-SW-VN-01").milestones.size() == 1); // the officer's own notes survive an update
    BOOST_TEST(portfolio->projects().count() == 5);
    undo.undo();
    BOOST_TEST(portfolio->projects().count() == 1);
    BOOST_TEST(byKey("KR-SW-VN-01").title.ko == QStringLiteral("내가 입력한 사업"));
    BOOST_TEST(byKey("KR-SW-VN-01").budget.isEmpty());
}

BOOST_FIXTURE_TEST_CASE(a_malformed_file_cannot_be_finished, Fixture)
{
    ImportWizard wizard(*portfolio);
    wizard.setFile(kCsv + QStringLiteral("projects-malformed.csv"));
    wizard.show();
    wizard.next();
    wizard.next();
    ImportPreview *preview = previewOf(wizard);
    BOOST_TEST(preview->hasErrors());
    BOOST_TEST(!wizard.page(ImportWizard::PreviewPage)->isComplete());
    QStringList problems;
    for (int i = 0; i < preview->problems()->count(); ++i)
        problems.append(preview->problems()->item(i)->text());
    BOOST_TEST(problems.join(QLatin1Char('\n')).contains(QStringLiteral("line 4, 시작연도")), problems.join(QLatin1Char('\n')));
}

BOOST_FIXTURE_TEST_CASE(pasted_cells_go_through_the_same_wizard, Fixture)
{
    ImportWizard wizard(*portfolio);
    wizard.setPastedText(QStringLiteral("사업명\t국가\t예산\n몽골 도시숲\t몽골\t1.5억원\nVientiane water\tLA\tUSD 50,000\n"));
    wizard.show();
    wizard.next();
    auto *mapping = static_cast<ImportMappingPage *>(wizard.page(ImportWizard::MappingPage));
    BOOST_TEST(mapping->table()->rowCount() == 3);
    BOOST_TEST(mapping->fieldBox(2)->currentData().toInt() == int(ImportField::Amount));
    wizard.next();
    ImportPreview *preview = previewOf(wizard);
    BOOST_TEST(!preview->hasErrors());
    BOOST_TEST(wizard.items.size() == 2);
    BOOST_TEST(wizard.items[0].project.budget.first().amount == Money(150000000, QStringLiteral("KRW")));
    BOOST_TEST(wizard.items[1].project.countries.first().code == QStringLiteral("LA"));
    BOOST_TEST(wizard.items[0].project.key.startsWith(QStringLiteral("PASTE-")));
}

BOOST_FIXTURE_TEST_CASE(iati_dialog_shows_the_report_and_imports_as_one_step, Fixture)
{
    const QString example = QStringLiteral(C2C_TEST_DATA "/iati/examples/activity-standard-example-annotated.xml");
    const QString bad = QStringLiteral(C2C_TEST_DATA "/iati/tests/should-fail/26-two-activity-status.xml");
    IatiImportDialog refused(*portfolio, {example, bad});
    BOOST_TEST(refused.preview()->hasErrors());
    BOOST_TEST(!refused.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());

    IatiImportDialog dialog(*portfolio, {example});
    BOOST_TEST(!dialog.preview()->hasErrors());
    BOOST_TEST(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    BOOST_TEST(dialog.items().size() == 1);
    BOOST_TEST(dialog.preview()->summary().contains(QStringLiteral("1 new")), dialog.preview()->summary());
    QStringList problems;
    for (int i = 0; i < dialog.preview()->problems()->count(); ++i)
        problems.append(dialog.preview()->problems()->item(i)->text());
    BOOST_TEST(problems.join(QLatin1Char('\n')).contains(QStringLiteral("activity-standard-example-annotated.xml, line")));
    QUndoStack undo;
    pushImport(undo, *portfolio, dialog.items(), dialog.preview()->policy(), {});
    BOOST_TEST(portfolio->projects().count() == 1);
    undo.undo();
    BOOST_TEST(portfolio->projects().count() == 0);
}

BOOST_FIXTURE_TEST_CASE(importing_the_same_file_twice_then_undoing_twice_loses_nothing, Fixture)
{
    // As the officer did it: Finish twice on the same file (the second time all updates), Ctrl+Z, Ctrl+Z.
    // The wizard's confirmation boxes are closed as they open.
    QTimer closer;
    closer.setInterval(5);
    QObject::connect(&closer, &QTimer::timeout, [] {
        if (QWidget *w = QApplication::activeModalWidget())
            w->close();
    });
    closer.start();
    QUndoStack undo;
    QList<ImportItem> items;
    for (int round = 0; round < 2; ++round) {
        ImportWizard wizard(*portfolio);
        wizard.setFile(kCsv + QStringLiteral("projects-utf8.csv"));
        wizard.show();
        wizard.next();
        wizard.next();
        ImportWizard::pushAndReport(nullptr, *portfolio, &undo, wizard.items, wizard.policy(), 0);
    }
    BOOST_REQUIRE(undo.count() == 2);
    BOOST_TEST(portfolio->projects().count() == 5);
    undo.undo();
    BOOST_TEST(portfolio->projects().count() == 5);
    BOOST_TEST(undo.count() == 2); // not refused, not dropped
    undo.undo();
    BOOST_TEST(portfolio->projects().count() == 0);
    BOOST_TEST(portfolio->snapshot().rowCount() == 0);
    undo.redo();
    undo.redo();
    BOOST_TEST(portfolio->projects().count() == 5);
    BOOST_TEST(portfolio->snapshot().rowCount() == 5);
}
