// What the officer sees before a re-import: the import wizard's preview lists,
// for each row that updates a stored project, what changes (old → new) and
// warns when a title or a lead actor would change, in either language; the
// command line's dry run prints the same.
#include "AppFixture.h"
#include "EmptyPortfolio.h"
#include "CliRunner.h"

#include "Translations.h"
#include "io/CsvImport.h"
#include "io/ImportWriter.h"
#include "portfolio/Portfolio.h"
#include "views/import/ImportPages.h"
#include "views/import/ImportPreview.h"
#include "views/import/ImportWizard.h"

#include <QListWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>

using namespace c2c;
using namespace c2c::app;

namespace {

struct Fixture : EmptyPortfolio {
    Fixture()
    {
        installLanguage(Language::English);
        // The first import of the sheet, under the key prefix the wizard gives it.
        auto doc = CsvImport::load(kCsv + QStringLiteral("keyless.csv"));
        BOOST_REQUIRE(doc.ok());
        const ImportReport r = ImportWriter::run(
            *portfolio,
            [&](const ItemSink &sink, QList<ImportIssue> &issues) {
                CsvImport::read(doc.value(), ColumnMapping::suggest(doc->header), {QString(), QStringLiteral("KEYLESS")},
                                sink, issues);
            },
            DuplicatePolicy::Update, false);
        BOOST_REQUIRE(r.imported == 5);
    }
    ~Fixture() { installLanguage(Language::English); }
};

ImportPreview *previewOf(ImportWizard &w)
{
    return static_cast<ImportPreviewPage *>(w.page(ImportWizard::PreviewPage))->preview();
}

QString problemsOf(ImportPreview *preview)
{
    QStringList out;
    for (int i = 0; i < preview->problems()->count(); ++i)
        out.append(preview->problems()->item(i)->text());
    return out.join(QLatin1Char('\n'));
}

} // namespace

BOOST_FIXTURE_TEST_CASE(the_preview_shows_what_each_update_changes, Fixture)
{
    ImportWizard wizard(*portfolio);
    wizard.setFile(kCsv + QStringLiteral("keyless-retitled.csv"));
    wizard.show();
    wizard.next();
    wizard.next();
    BOOST_REQUIRE(wizard.currentId() == int(ImportWizard::PreviewPage));
    ImportPreview *preview = previewOf(wizard);
    BOOST_TEST(preview->summary().contains(QStringLiteral("0 new, 2 updated")), preview->summary());
    BOOST_TEST(preview->summary().contains(QStringLiteral("2 updates would change a title or a lead actor")), preview->summary());
    QTableWidget *table = preview->table();
    BOOST_REQUIRE(table->rowCount() == 2);
    BOOST_TEST(table->item(0, ImportPreview::ActionColumn)->text() == QStringLiteral("update ⚠"));
    // The key shown is the stored project's, which the update keeps.
    const QString storedKey = portfolio->projects().readAll().value().first().key;
    BOOST_TEST(table->item(0, ImportPreview::KeyColumn)->text() == storedKey);
    const QString changes = table->item(0, ImportPreview::ChangesColumn)->text();
    BOOST_TEST(changes.contains(QStringLiteral("Title (Korean): 베트남 상수도 협력 → 베트남 상수도 협력 (2단계)")), changes);
    BOOST_TEST(changes.contains(QStringLiteral("Amount as printed: 3.5억원 → 4억원")), changes);
    BOOST_TEST(table->item(0, ImportPreview::ActionColumn)->toolTip().contains(QStringLiteral("same lead actor, title")));
    const QString problems = problemsOf(preview);
    BOOST_TEST(problems.contains(QStringLiteral("keyless-retitled.csv, line 2: this row updates %1 and changes its title or lead "
                                                "actor (Title (Korean): 베트남 상수도 협력 → 베트남 상수도 협력 (2단계)). "
                                                "Is it the same project?")
                                     .arg(storedKey)),
               problems);
    BOOST_TEST(portfolio->projects().count() == 5); // previewing changes nothing

    // In Korean: the field names and the warning are translated.
    installLanguage(Language::Korean);
    QCoreApplication::processEvents(); // LanguageChange
    const QString ko = preview->table()->item(0, ImportPreview::ChangesColumn)->text();
    BOOST_TEST(ko.contains(QStringLiteral("사업명(한국어): 베트남 상수도 협력 → 베트남 상수도 협력 (2단계)")), ko);
    BOOST_TEST(preview->table()->item(0, ImportPreview::ActionColumn)->text() == QStringLiteral("갱신 ⚠"));
    BOOST_TEST(problemsOf(preview).contains(QStringLiteral("같은 사업입니까?")), problemsOf(preview));
}

BOOST_FIXTURE_TEST_CASE(the_preview_of_a_row_inserted_above_shows_no_change, Fixture)
{
    ImportWizard wizard(*portfolio);
    wizard.setFile(kCsv + QStringLiteral("keyless-row-inserted.csv"));
    wizard.show();
    wizard.next();
    wizard.next();
    ImportPreview *preview = previewOf(wizard);
    BOOST_TEST(preview->summary().contains(QStringLiteral("1 new, 5 updated")), preview->summary());
    BOOST_TEST(!preview->summary().contains(QStringLiteral("title or a lead actor")), preview->summary());
    QTableWidget *table = preview->table();
    BOOST_REQUIRE(table->rowCount() == 6);
    BOOST_TEST(table->item(0, ImportPreview::ActionColumn)->text() == QStringLiteral("new"));
    for (int r = 1; r < 6; ++r) {
        BOOST_TEST(table->item(r, ImportPreview::ActionColumn)->text() == QStringLiteral("update"));
        BOOST_TEST(table->item(r, ImportPreview::ChangesColumn)->text() == QStringLiteral("no change"));
    }
}

BOOST_FIXTURE_TEST_CASE(the_dry_run_command_prints_the_changes, CliRunner)
{
    const QString db = home.filePath(QStringLiteral("p.c2c"));
    auto import = [&](const QString &file, bool dryRun) {
        QStringList args = {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("csv")};
        if (dryRun)
            args << QStringLiteral("--dry-run");
        return run(args << kCsv + file);
    };
    BOOST_REQUIRE(import(QStringLiteral("keyless.csv"), false).exitCode == 0);
    const Run inserted = import(QStringLiteral("keyless-row-inserted.csv"), true);
    BOOST_TEST(inserted.exitCode == 0, inserted.err);
    BOOST_TEST(inserted.out.contains(QStringLiteral("Would import 1, update 5")), inserted.out);
    BOOST_TEST(inserted.out.contains(QStringLiteral("5 updates change nothing.")), inserted.out);
    BOOST_TEST(!inserted.out.contains(QStringLiteral("Changes")), inserted.out);

    const Run dry = import(QStringLiteral("keyless-retitled.csv"), true);
    BOOST_TEST(dry.exitCode == 0, dry.err);
    BOOST_TEST(dry.out.contains(QStringLiteral("Changes (old → new):\n  keyless-retitled.csv, line 2: updates KEYLESS-")),
               dry.out);
    BOOST_TEST(dry.out.contains(QStringLiteral("\n    Title (Korean): 베트남 상수도 협력 → 베트남 상수도 협력 (2단계)\n")), dry.out);
    BOOST_TEST(dry.out.contains(QStringLiteral("\n    Title (English): Vocational training in Laos → vocational training in LAOS\n")),
               dry.out);
    BOOST_TEST(dry.out.contains(QStringLiteral("⚠ 2 updates would change a title or a lead actor")), dry.out);
    const Run ko = run({QStringLiteral("import"), QStringLiteral("--lang"), QStringLiteral("ko"), QStringLiteral("--db"), db,
                        QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--dry-run"),
                        kCsv + QStringLiteral("keyless-retitled.csv")});
    BOOST_TEST(ko.out.contains(QStringLiteral("사업명(한국어): 베트남 상수도 협력 → 베트남 상수도 협력 (2단계)")), ko.out);
}
