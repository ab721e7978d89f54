// The status bar says what a completed action did and offers its next step:
// "Deleted 3 projects — Undo", "Exported to … — Open folder". Delete asks first
// when more than one project is selected, and is undoable either way. The export
// dialog starts in a folder that exists.
#include "AppFixture.h"
#include "SeededWindow.h"

#include "Translations.h"

#include "models/ProjectTableModel.h"
#include "views/ExportDialog.h"
#include "views/StatusNotice.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QStatusBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using namespace c2c;

namespace {

// Answers the confirmation boxes as they open, counting them.
struct Answerer {
    QTimer timer;
    int asked = 0;
    bool yes = true;
    Answerer()
    {
        timer.setInterval(5);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            ++asked;
            for (QAbstractButton *b : box->buttons())
                if ((box->buttonRole(b) == QMessageBox::DestructiveRole) == yes) {
                    b->click();
                    return;
                }
        });
        timer.start();
    }
};

void selectRows(QTableView *table, int from, int to)
{
    table->clearSelection();
    for (int r = from; r <= to; ++r)
        table->selectionModel()->select(table->model()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

// Receives what QDesktopServices would open.
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls.append(url); }
};

} // namespace

BOOST_FIXTURE_TEST_CASE(delete_asks_only_for_several_projects_and_undo_redo_undo_restores_them, SeededWindow)
{
    Answerer answer;
    QTableView *table = window->projectTable();
    app::StatusNotice *notice = window->notice();
    const int rows = table->model()->rowCount();

    // One project: no question, a notice with Undo that works.
    table->selectRow(0);
    window->deleteSelected();
    BOOST_TEST(answer.asked == 0);
    BOOST_TEST(table->model()->rowCount() == rows - 1);
    BOOST_TEST(notice->isVisibleTo(window.get()));
    BOOST_TEST(notice->text() == QStringLiteral("Deleted 1 project"));
    BOOST_TEST(notice->buttonText() == QStringLiteral("Undo"));
    notice->button()->click();
    BOOST_TEST(table->model()->rowCount() == rows);

    // Three projects, answered "Cancel": nothing deleted.
    answer.yes = false;
    selectRows(table, 0, 2);
    window->deleteSelected();
    BOOST_TEST(answer.asked == 1);
    BOOST_TEST(table->model()->rowCount() == rows);

    // Answered "Delete": deleted, then undo, redo, undo from the notice's buttons.
    answer.yes = true;
    selectRows(table, 0, 2);
    window->deleteSelected();
    BOOST_TEST(answer.asked == 2);
    BOOST_TEST(table->model()->rowCount() == rows - 3);
    BOOST_TEST(notice->text() == QStringLiteral("Deleted 3 projects"));
    notice->button()->click(); // Undo
    BOOST_TEST(table->model()->rowCount() == rows);
    BOOST_TEST(notice->text() == QStringLiteral("Undone: Delete 3 projects"));
    BOOST_TEST(notice->buttonText() == QStringLiteral("Redo"));
    notice->button()->click(); // Redo
    BOOST_TEST(table->model()->rowCount() == rows - 3);
    BOOST_TEST(notice->text() == QStringLiteral("Redone: Delete 3 projects"));
    notice->button()->click(); // Undo again
    BOOST_TEST(table->model()->rowCount() == rows);
    BOOST_TEST(window->portfolio().projects().count() == rows);
    BOOST_TEST(answer.asked == 2); // undo and redo ask nothing
}

BOOST_FIXTURE_TEST_CASE(every_edit_is_announced_and_the_totals_come_back_after, SeededWindow)
{
    QLabel *totals = nullptr;
    for (QLabel *l : window->statusBar()->findChildren<QLabel *>())
        if (l->text() == window->statusText())
            totals = l;
    BOOST_REQUIRE(totals);
    window->projectTable()->selectRow(0);
    window->duplicateSelected();
    app::StatusNotice *notice = window->notice();
    BOOST_TEST(notice->text().startsWith(QStringLiteral("Done: Duplicate “")));
    BOOST_TEST(notice->buttonText() == QStringLiteral("Undo"));
    BOOST_TEST(!totals->isVisibleTo(window.get())); // the notice stands in its place for a while
    notice->dismiss();
    BOOST_TEST(!notice->isVisibleTo(window.get()));
    BOOST_TEST(totals->isVisibleTo(window.get()));
    // A language switch takes a notice away rather than leave it in the other language.
    window->undoStack()->undo();
    BOOST_TEST(notice->isVisibleTo(window.get()));
    app::installLanguage(Language::Korean);
    QCoreApplication::processEvents();
    BOOST_TEST(!notice->isVisibleTo(window.get()));
}

BOOST_FIXTURE_TEST_CASE(an_export_says_where_and_opens_the_folder, SeededWindow)
{
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("seed.csv"));
    QTimer filler;
    filler.setInterval(5);
    QObject::connect(&filler, &QTimer::timeout, [&] {
        if (auto *dialog = qobject_cast<app::ExportDialog *>(QApplication::activeModalWidget())) {
            dialog->setFormat(app::ExportFormat::Csv);
            dialog->setPath(path);
            dialog->accept();
        }
    });
    filler.start();
    window->exportPortfolio();
    filler.stop();
    BOOST_REQUIRE(QFile::exists(path));
    app::StatusNotice *notice = window->notice();
    BOOST_TEST(notice->text() == QStringLiteral("13 projects exported to %1").arg(QDir::toNativeSeparators(path)));
    BOOST_TEST(notice->buttonText() == QStringLiteral("Open folder"));
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    notice->button()->click();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    BOOST_REQUIRE(catcher.urls.size() == 1);
    BOOST_TEST(catcher.urls.first().toString() == QUrl::fromLocalFile(out.path()).toString());
}

BOOST_AUTO_TEST_CASE(the_export_dialog_starts_in_a_folder_that_exists)
{
    QTemporaryDir home;
    const QByteArray oldHome = qgetenv("HOME"), oldConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    QSettings().remove(QStringLiteral("export/folder"));
    auto folderOfDefault = [] { return QFileInfo(app::ExportDialog(QStringLiteral("Seed"), 13, 0).path()).absolutePath(); };

    // No ~/Documents: the home folder, and the dialog accepts it without an error.
    BOOST_TEST(folderOfDefault() == home.path());
    {
        app::ExportDialog dialog(QStringLiteral("Seed"), 13, 0);
        dialog.accept();
        BOOST_TEST(dialog.result() == QDialog::Accepted);
    }
    // With ~/Documents: there.
    QSettings().remove(QStringLiteral("export/folder"));
    BOOST_REQUIRE(QDir(home.path()).mkdir(QStringLiteral("Documents")));
    BOOST_TEST(folderOfDefault() == home.filePath(QStringLiteral("Documents")));
    // The folder used last wins, as long as it exists.
    BOOST_REQUIRE(QDir(home.path()).mkdir(QStringLiteral("reports")));
    {
        app::ExportDialog dialog(QStringLiteral("Seed"), 13, 0);
        dialog.setPath(home.filePath(QStringLiteral("reports/seed.pdf")));
        dialog.accept();
    }
    BOOST_TEST(folderOfDefault() == home.filePath(QStringLiteral("reports")));
    BOOST_REQUIRE(QDir(home.filePath(QStringLiteral("reports"))).removeRecursively());
    BOOST_TEST(folderOfDefault() == home.filePath(QStringLiteral("Documents")));

    QSettings().remove(QStringLiteral("export/folder"));
    qputenv("HOME", oldHome);
    if (oldConfig.isEmpty())
        qunsetenv("XDG_CONFIG_HOME");
    else
        qputenv("XDG_CONFIG_HOME", oldConfig);
}

#include "test_status_notices.moc"
