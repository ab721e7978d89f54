// The PDF report and the export as a user runs it: from the command line
// (the real executable, headless) and from File > Export in the main window.
#include "AppFixture.h"
#include "CliRunner.h"
#include "SeededPortfolio.h"

#include "Translations.h"
#include "io/SeedImport.h"
#include "portfolio/Portfolio.h"
#include "report/ExportRunner.h"
#include "report/PdfReport.h"
#include "views/ExportDialog.h"
#include "views/MainWindow.h"
#include "models/ProjectTableModel.h"

#include <QComboBox>
#include <QLabel>
#include <QFile>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QProcess>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>

using namespace c2c;

namespace {

QString run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    BOOST_REQUIRE(p.waitForFinished(120000));
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
}

int pdfPages(const QString &path)
{
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    for (const QString &line : info.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

QString pdfText(const QString &path, int page = 0)
{
    QStringList args = {QStringLiteral("-layout")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    return run(QStringLiteral("pdftotext"), args << path << QStringLiteral("-"));
}

struct Seeded : SeededPortfolio {
    ~Seeded() { app::installLanguage(Language::English); }
};

} // namespace

BOOST_FIXTURE_TEST_CASE(pdf_report_in_korean_and_english, Seeded)
{
    const Selection all = select(portfolio->snapshot(), Filter{});
    for (const Language lang : {Language::Korean, Language::English}) {
        const QString path = out(lang == Language::Korean ? QStringLiteral("ko.pdf") : QStringLiteral("en.pdf"));
        const app::ExportOutcome outcome = app::ExportRunner::run(*portfolio, Filter{}, all, {app::ExportFormat::Pdf, lang, path});
        BOOST_REQUIRE_MESSAGE(outcome.status.ok(), outcome.status.error());
        const int pages = pdfPages(path);
        BOOST_TEST(pages >= 3);
        // Every page says where it is in the report, and the last page number is the real page count.
        const QString last = pdfText(path, pages);
        const QString text = pdfText(path);
        if (lang == Language::Korean) {
            BOOST_TEST(last.contains(QStringLiteral("%1쪽 중 %1쪽").arg(pages)));
            BOOST_TEST(text.contains(QStringLiteral("주요 수치")));
            BOOST_TEST(text.contains(QStringLiteral("경상북도")));
            BOOST_TEST(text.contains(QStringLiteral("라오스 새마을운동")));
        } else {
            BOOST_TEST(last.contains(QStringLiteral("Page %1 of %1").arg(pages)));
            BOOST_TEST(text.contains(QStringLiteral("Key figures")));
            BOOST_TEST(text.contains(QStringLiteral("Gyeongsangbuk-do")));
        }
        BOOST_TEST(text.contains(QStringLiteral("18,540,000.00")));
        BOOST_TEST(text.contains(QStringLiteral("15,360,000.00")));
    }
    // The interface's language is back to what it was.
    BOOST_TEST(int(app::currentLanguage()) == int(Language::English));
    // The dashboard's seven charts are in the report as pictures.
    const QStringList images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), out(QStringLiteral("ko.pdf"))})
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    BOOST_TEST(images.size() - 2 == 7); // two header lines, then one line per image
    // The Korean text is set in an embedded Korean font.
    const QString fonts = run(QStringLiteral("pdffonts"), {out(QStringLiteral("ko.pdf"))});
    BOOST_TEST(fonts.contains(QStringLiteral("NanumBarunGothic")));
}

BOOST_FIXTURE_TEST_CASE(pdf_report_of_a_filtered_selection, Seeded)
{
    Filter f;
    f.countries = {QStringLiteral("VN")};
    const Selection vn = select(portfolio->snapshot(), f);
    const QString path = out(QStringLiteral("vn.pdf"));
    BOOST_REQUIRE(app::ExportRunner::run(*portfolio, f, vn, {app::ExportFormat::Pdf, Language::English, path}).status.ok());
    const QString text = pdfText(path);
    BOOST_TEST(text.contains(QStringLiteral("Vietnam")));
    BOOST_TEST(text.contains(QStringLiteral("7,660,000.00"))); // Gyeongsangbuk-do 7,460,000 + Gyeonggi-do 200,000
    BOOST_TEST(!text.contains(QStringLiteral("18,540,000.00")));
    BOOST_TEST(!text.contains(QStringLiteral("Incheon")));
}

BOOST_FIXTURE_TEST_CASE(a_pdf_that_cannot_be_written_says_where, Seeded)
{
    const Selection all = select(portfolio->snapshot(), Filter{});
    const QString path = out(QStringLiteral("no-such-folder/report.pdf"));
    const auto outcome = app::ExportRunner::run(*portfolio, Filter{}, all, {app::ExportFormat::Pdf, Language::English, path});
    BOOST_TEST(!outcome.status.ok());
    BOOST_TEST(outcome.status.error().contains(path));
    BOOST_TEST(!QFileInfo::exists(path));
}

BOOST_FIXTURE_TEST_CASE(export_from_the_command_line, CliRunner)
{
    const QString xlsx = home.filePath(QStringLiteral("gb.xlsx"));
    const Run gb = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx,
                        QStringLiteral("--actor"), QStringLiteral("경상북도"), QStringLiteral("--lang"), QStringLiteral("ko")});
    BOOST_TEST(gb.exitCode == 0);
    BOOST_TEST(gb.out.contains(QStringLiteral("사업 4건")));
    const QString workbook = ::run(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/workbook.xml")});
    BOOST_TEST(workbook.contains(QStringLiteral("name=\"요약\"")));
    BOOST_TEST(workbook.contains(QStringLiteral("name=\"국가별\"")));

    const QString iati = home.filePath(QStringLiteral("all.xml"));
    const Run all = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("iati"), QStringLiteral("--out"), iati});
    BOOST_TEST(all.exitCode == 0);
    // The two dateless cases are named on stderr, not silently dropped.
    BOOST_TEST(all.err.count(QStringLiteral("Not exported:")) == 2);

    BOOST_TEST(run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("--out"), iati}).exitCode == 2);
    BOOST_TEST(run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")}).exitCode == 2);
    const QString missing = home.filePath(QStringLiteral("missing/x.csv"));
    const Run bad = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), missing});
    BOOST_TEST(bad.exitCode == 1);
    BOOST_TEST(bad.err.contains(missing));
}

BOOST_FIXTURE_TEST_CASE(export_dialog_and_the_main_window, Seeded)
{
    app::MainWindow window(std::move(portfolio));
    app::ExportDialog dialog(QStringLiteral("Gyeongbuk / ODA"), 13, 0);
    // The selection choice needs selected rows; the file name follows the format.
    BOOST_TEST(!dialog.findChildren<QRadioButton *>().at(1)->isEnabled());
    dialog.setFormat(app::ExportFormat::Pdf);
    dialog.setPath(out(QStringLiteral("report.pdf")));
    dialog.setFormat(app::ExportFormat::Xlsx);
    BOOST_TEST(dialog.path() == out(QStringLiteral("report.xlsx")));
    // A path in a folder that does not exist is refused in the dialog, with the reason.
    dialog.setPath(out(QStringLiteral("nowhere/report.xlsx")));
    dialog.accept();
    BOOST_TEST(dialog.result() != QDialog::Accepted);
    bool explained = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        explained |= label->text().contains(QStringLiteral("does not exist"));
    BOOST_TEST(explained);

    // Export of the rows selected in the table: exactly those projects.
    QTableView *table = window.projectTable();
    table->selectionModel()->select(window.projectModel()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(window.projectModel()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QString csv = out(QStringLiteral("two.csv"));
    const app::ExportOutcome outcome = window.exportTo({app::ExportFormat::Csv, Language::English, csv}, true);
    BOOST_REQUIRE_MESSAGE(outcome.status.ok(), outcome.status.error());
    BOOST_TEST(outcome.written == 2);
    QFile f(csv);
    BOOST_REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    BOOST_TEST(text.count(QStringLiteral("\r\n")) == 3);
    const QString key0 = window.projectModel()->index(0, app::ProjectTableModel::Key).data().toString();
    BOOST_TEST(text.contains(key0));
    // And the whole filter when asked.
    BOOST_TEST(window.exportTo({app::ExportFormat::Csv, Language::Korean, csv}, false).written == 13);
    BOOST_TEST(int(app::currentLanguage()) == int(Language::English));
}

BOOST_AUTO_TEST_CASE(export_dialog_retranslates)
{
    app::installLanguage(Language::Korean);
    app::ExportDialog dialog(QStringLiteral("x"), 13, 2);
    BOOST_TEST(dialog.windowTitle() == QStringLiteral("내보내기"));
    BOOST_TEST(dialog.findChildren<QRadioButton *>().at(0)->text().contains(QStringLiteral("13건")));
    app::installLanguage(Language::English);
    QCoreApplication::processEvents();
    BOOST_TEST(dialog.windowTitle() == QStringLiteral("Export"));
    BOOST_TEST(dialog.findChildren<QRadioButton *>().at(1)->text() == QStringLiteral("The 2 projects selected in the table"));
}
