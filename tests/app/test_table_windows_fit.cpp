// The pivot and the comparison as they open, offscreen: every figure in
// full (columns as wide as their text in its font, the bold totals too), the
// row labels kept in view while the columns scroll, the window wholly on the
// screen of the window that opened it, where the officer left it, and narrow
// enough for a 1024 × 768 screen (or half of a laptop's) in both languages.
#include "AppFixture.h"
#include "SeededWindow.h"

#include "Workspace.h"
#include "io/Generator.h"
#include "io/SeedImport.h"
#include "models/ComparisonModel.h"
#include "models/PivotModel.h"
#include "portfolio/Portfolio.h"
#include "views/ComparisonWindow.h"
#include "views/FrozenColumnTable.h"
#include "views/PivotWindow.h"
#include "views/WindowPlacement.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFontMetrics>
#include <QHeaderView>
#include <QListWidget>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <boost/test/unit_test.hpp>

using namespace c2c;
using namespace c2c::app;

namespace {

void forgetWindows()
{
    QSettings settings;
    settings.remove(QStringLiteral("pivot/geometry"));
    settings.remove(QStringLiteral("comparison/geometry"));
}

struct Seeded : SeededWindow {
    Seeded()
    {
        forgetWindows();
        window->show();
        BOOST_REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    ~Seeded() { forgetWindows(); }
};

// Every shown cell's text fits its column in the cell's own font.
void checkColumnsFit(QTableView *table, int fromColumn)
{
    QAbstractItemModel *m = table->model();
    for (int c = fromColumn; c < m->columnCount(); ++c) {
        const QString heading = m->headerData(c, Qt::Horizontal).toString();
        BOOST_TEST(QFontMetrics(table->horizontalHeader()->font()).horizontalAdvance(heading) < table->columnWidth(c), heading.toStdString());
        for (int r = 0; r < m->rowCount(); ++r) {
            const QModelIndex i = m->index(r, c);
            const QVariant f = i.data(Qt::FontRole);
            const QFont font = f.isValid() ? f.value<QFont>().resolve(table->font()) : table->font();
            const QString text = i.data().toString();
            BOOST_TEST(QFontMetrics(font).horizontalAdvance(text) + 6 <= table->columnWidth(c),
                       r << "," << c << " '" << text.toStdString() << "' in " << table->columnWidth(c));
        }
    }
}

// The window's frame lies wholly on the available area of a screen (only a window whose
// minimum width exceeds the test screen's may pass its right edge).
void checkOnScreen(QWidget *w)
{
    const QRect available = w->screen()->availableGeometry();
    QRect framed = w->geometry().marginsAdded(AssumedFrame);
    if (w->minimumSizeHint().width() + AssumedFrame.left() + AssumedFrame.right() > available.width())
        framed.setWidth(std::min(framed.width(), available.width()));
    BOOST_TEST(available.contains(framed),
               "window " << w->geometry().x() << "," << w->geometry().y() << " " << w->width() << "x" << w->height() << " on "
                         << available.width() << "x" << available.height());
}

} // namespace

BOOST_AUTO_TEST_CASE(a_window_fits_the_room_left_by_the_screen)
{
    const QRect laptop(0, 0, 1366, 728); // 768 less a panel of 40
    // Centred on a main window low on the screen, it is pulled up rather than cut off at the bottom.
    const QRect r = fitWindow(QSize(1100, 620), laptop, QRect(200, 300, 1100, 700));
    BOOST_TEST(laptop.contains(r.marginsAdded(AssumedFrame)));
    BOOST_TEST(r.width() == 1100);
    BOOST_TEST(r.height() == 620);
    // Larger than the screen: shrunk to it.
    const QRect big = fitWindow(QSize(3000, 2000), laptop, QRect());
    BOOST_TEST(laptop.contains(big.marginsAdded(AssumedFrame)));
    BOOST_TEST(big.width() == laptop.width() - AssumedFrame.left() - AssumedFrame.right());
    // A second screen to the right: on that one.
    const QRect second(1366, 0, 1920, 1040);
    BOOST_TEST(second.contains(fitWindow(QSize(1000, 560), second, QRect(1400, 500, 1500, 900)).marginsAdded(AssumedFrame)));
}

BOOST_FIXTURE_TEST_CASE(the_pivot_shows_every_figure_and_keeps_its_row_labels, Seeded)
{
    PivotWindow *pivot = window->showPivot();
    BOOST_REQUIRE(QTest::qWaitForWindowExposed(pivot));
    QAbstractItemModelTester tester(pivot->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    pivot->setDimensions(GroupBy::Actor, GroupBy::Year, PivotMeasure::Total);
    QTableView *table = pivot->table();
    const int total = pivot->model()->columnCount() - 1;
    BOOST_TEST(pivot->model()->index(pivot->model()->rowCount() - 1, total).data().toString() == QStringLiteral("18,540,000.00"));
    checkColumnsFit(table, 1);
    checkOnScreen(pivot);

    // Scrolled to the grand total, the actors' names are still in view, row by row.
    auto *frozen = static_cast<FrozenColumnTable *>(table)->frozenView();
    table->scrollTo(pivot->model()->index(pivot->model()->rowCount() - 1, total));
    QCoreApplication::processEvents();
    BOOST_TEST(table->horizontalScrollBar()->value() > 0);
    BOOST_TEST(frozen->isVisible());
    BOOST_TEST(frozen->x() <= table->viewport()->x());
    BOOST_TEST(frozen->columnWidth(0) == table->columnWidth(0));
    for (int c = 1; c < pivot->model()->columnCount(); ++c)
        BOOST_TEST(frozen->isColumnHidden(c));
    for (int r = 0; r < pivot->model()->rowCount(); ++r)
        BOOST_TEST(frozen->visualRect(pivot->model()->index(r, 0)).y() == table->visualRect(pivot->model()->index(r, total)).y());
    // The grand total is not hidden under the frozen names.
    BOOST_TEST(table->visualRect(pivot->model()->index(0, total)).left() >= table->columnWidth(0));

}

BOOST_FIXTURE_TEST_CASE(a_large_pivot_fits_its_columns_too, Seeded)
{
    BOOST_REQUIRE(Generator::run(window->portfolio(), 1500, 7).ok());
    window->workspace().refresh();
    PivotWindow *pivot = window->showPivot();
    pivot->setDimensions(GroupBy::Country, GroupBy::Year, PivotMeasure::Total);
    checkColumnsFit(pivot->table(), 1);
    pivot->setDimensions(GroupBy::Year, GroupBy::Actor, PivotMeasure::Total);
    checkColumnsFit(pivot->table(), 1);
}

BOOST_FIXTURE_TEST_CASE(the_comparison_keeps_its_indicators_and_the_screen, Seeded)
{
    ComparisonWindow *w = window->showComparison();
    BOOST_REQUIRE(QTest::qWaitForWindowExposed(w));
    QAbstractItemModelTester tester(w->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    w->compareActors({actorOf("KR-GB-LAO-SMU"), actorOf("KR-SEL-KHM-FIRE"), actorOf("KR-GG-VNM-LIB")});
    checkOnScreen(w);
    auto *frozen = static_cast<FrozenColumnTable *>(w->table())->frozenView();
    BOOST_TEST(frozen->isVisible());
    BOOST_TEST(frozen->columnWidth(0) == w->table()->columnWidth(0));
    for (int r = 0; r < w->model()->rowCount(); ++r)
        BOOST_TEST(frozen->rowHeight(r) == w->table()->rowHeight(r));
    w->setGeometry(QRect(40, 70, 700, 450));
    const QRect left = w->geometry();
    w->close();
    ComparisonWindow again(window->workspace(), {}, window.get());
    BOOST_TEST((again.geometry() == left));
}

BOOST_FIXTURE_TEST_CASE(both_windows_fit_a_small_screen_in_both_languages, Seeded)
{
    const QRect small(0, 0, 1024, 728); // 1024 × 768 less a panel
    const QRect half(0, 0, 683, 728);   // half of a 1366 × 768 laptop
    const auto framed = [](QSize size) {
        return size.grownBy(AssumedFrame);
    };
    for (Language lang : {Language::English, Language::Korean}) {
        BOOST_TEST_CONTEXT(languageCode(lang).toStdString())
        {
            installLanguage(lang);
            PivotWindow *pivot = window->showPivot();
            BOOST_REQUIRE(QTest::qWaitForWindowExposed(pivot));
            ComparisonWindow *comparison = window->showComparison();
            BOOST_REQUIRE(QTest::qWaitForWindowExposed(comparison));
            comparison->compareActors({actorOf("KR-GB-LAO-SMU"), actorOf("KR-SEL-KHM-FIRE"), actorOf("KR-GG-VNM-LIB")});
            pivot->setDimensions(GroupBy::Actor, GroupBy::Year, PivotMeasure::Total);
            QCoreApplication::processEvents();
            for (QWidget *w : {static_cast<QWidget *>(pivot), static_cast<QWidget *>(comparison)}) {
                BOOST_TEST_CONTEXT(w->objectName().toStdString() << " at least " << w->minimumSizeHint().width() << "x"
                                                                 << w->minimumSizeHint().height())
                {
                    BOOST_TEST(framed(w->minimumSizeHint()).width() <= half.width());
                    BOOST_TEST(framed(w->minimumSizeHint()).height() <= half.height());
                }
            }
            // Every actor's name in the comparison's list is seen whole, on more lines where it is long.
            auto *actors = comparison->findChild<QListWidget *>();
            BOOST_REQUIRE(actors);
            for (int i = 0; i < actors->count(); ++i)
                BOOST_TEST(actors->visualItemRect(actors->item(i)).right() <= actors->viewport()->width(),
                           actors->item(i)->text().toStdString());
            // Whatever is chosen, the pivot still fits the small screen, and the chosen names are whole.
            pivot->setDimensions(GroupBy::Dimension, GroupBy::SectorCategory, PivotMeasure::Countries);
            QCoreApplication::processEvents();
            BOOST_TEST(framed(pivot->minimumSizeHint()).width() <= small.width(), pivot->minimumSizeHint().width());
            pivot->resize(pivot->minimumSizeHint());
            QCoreApplication::processEvents();
            for (QComboBox *box : pivot->findChildren<QComboBox *>())
                BOOST_TEST(box->width() >= box->fontMetrics().horizontalAdvance(box->currentText()) + 20,
                           box->currentText().toStdString() << " in " << box->width());
            pivot->close();
            comparison->close();
        }
    }
}
