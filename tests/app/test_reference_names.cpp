// Currencies and DAC sectors named in the interface language: the currency
// pickers list current ISO 4217 codes only ("KRW — 대한민국 원"), an old code
// stays when it is the one selected, and sector names follow the language in
// the editor (as soon as a code is typed) and the details.
#include "AppFixture.h"
#include "EmptyPortfolio.h"

#include "Translations.h"
#include "portfolio/Portfolio.h"
#include "views/CurrencyBox.h"
#include "views/DetailHtml.h"
#include "views/ExchangeRatesDialog.h"
#include "views/ProjectEditor.h"
#include "views/ReportingDialog.h"
#include "views/editor/ListEditor.h"

#include <QComboBox>
#include <QTableWidget>
#include <QUndoStack>
#include <boost/test/unit_test.hpp>

using namespace c2c;

namespace {

struct Fixture : EmptyPortfolio {
    QUndoStack undo;
    std::function<void(const QString &)> sink()
    {
        return [](const QString &e) { BOOST_ERROR(e.toStdString()); };
    }
    ~Fixture() { app::installLanguage(Language::English); }
};

QStringList labels(QComboBox *box)
{
    QStringList out;
    for (int i = 0; i < box->count(); ++i)
        out.append(box->itemText(i));
    return out;
}

QComboBox *currencyBox(QWidget *dialog)
{
    for (auto *box : dialog->findChildren<QComboBox *>())
        if (box->findData(QStringLiteral("JPY")) >= 0)
            return box;
    BOOST_FAIL("no currency box");
    return nullptr;
}

} // namespace

BOOST_FIXTURE_TEST_CASE(currency_pickers_name_current_codes_in_the_interface_language, Fixture)
{
    app::installLanguage(Language::Korean);
    app::ExchangeRatesDialog rates(*portfolio, undo, sink());
    app::ReportingDialog reporting(*portfolio, undo, sink());
    for (QComboBox *box : {currencyBox(&rates), currencyBox(&reporting)}) {
        const QStringList items = labels(box);
        BOOST_TEST_INFO(items.join(QLatin1Char('\n')).toStdString());
        BOOST_TEST(items.contains(QStringLiteral("KRW — 대한민국 원")));
        BOOST_TEST(items.contains(QStringLiteral("LAK — 라오스 킵")));
        BOOST_TEST(box->findData(QStringLiteral("XBT")) < 0);
        BOOST_TEST(box->findData(QStringLiteral("EEK")) < 0);
        BOOST_TEST(!items.join(QString()).contains(QStringLiteral("Won")));
    }
    BOOST_TEST(currencyBox(&rates)->currentData().toString() == QStringLiteral("KRW"));
    BOOST_TEST(currencyBox(&rates)->findData(QStringLiteral("USD")) < 0); // rates are per US dollar

    // A language switch renames the items and keeps the selection.
    QComboBox *box = currencyBox(&reporting);
    box->setCurrentIndex(box->findData(QStringLiteral("EUR")));
    app::installLanguage(Language::English);
    QCoreApplication::processEvents();
    BOOST_TEST(box->currentData().toString() == QStringLiteral("EUR"));
    BOOST_TEST(labels(box).contains(QStringLiteral("KRW — Won")));
    BOOST_TEST(box->currentText() == QStringLiteral("EUR — Euro"));
}

BOOST_AUTO_TEST_CASE(an_old_code_already_selected_stays_in_the_picker)
{
    QComboBox box;
    app::fillCurrencyBox(&box, Language::Korean, QStringLiteral("EEK"));
    BOOST_TEST(box.currentData().toString() == QStringLiteral("EEK"));
    BOOST_TEST(box.currentText() == QStringLiteral("EEK — 에스토니아 크룬"));
    BOOST_TEST(box.findData(QStringLiteral("XBT")) < 0);
    app::fillCurrencyBox(&box, Language::Korean, QStringLiteral("KRW"));
    BOOST_TEST(box.findData(QStringLiteral("EEK")) < 0);
    BOOST_TEST(app::currencyLabel(QStringLiteral("XYZ"), Language::Korean) == QStringLiteral("XYZ"));
}

BOOST_FIXTURE_TEST_CASE(the_editor_names_a_typed_sector_code_in_the_interface_language, Fixture)
{
    app::installLanguage(Language::Korean);
    Project p;
    p.key = QStringLiteral("KR-T-1");
    p.title.ko = QStringLiteral("보건 사업");
    p.sectors = {{QStringLiteral("11220"), QStringLiteral("1"), {}}};
    app::ProjectEditor editor(*portfolio, p);
    auto *sectors = editor.findChild<app::ListEditor *>(QStringLiteral("sectors"));
    BOOST_REQUIRE(sectors);
    QTableWidget *table = sectors->table();
    BOOST_TEST(table->item(0, 3)->text() == QStringLiteral("초등 교육"));
    BOOST_TEST(!(table->item(0, 3)->flags() & Qt::ItemIsEditable));

    // Add a row and type a code: the name appears at once.
    sectors->addRow();
    BOOST_REQUIRE(table->rowCount() == 2);
    BOOST_TEST(table->item(1, 3)->text().isEmpty());
    table->item(1, 0)->setText(QStringLiteral("12261"));
    BOOST_TEST(table->item(1, 3)->text() == QStringLiteral("보건 교육"));
    table->item(1, 0)->setText(QStringLiteral("122"));
    table->item(1, 1)->setText(QStringLiteral("2"));
    BOOST_TEST(table->item(1, 3)->text() == QStringLiteral("기초보건"));
    table->item(1, 0)->setText(QStringLiteral("99999"));
    BOOST_TEST(table->item(1, 3)->text().isEmpty());

    app::installLanguage(Language::English);
    QCoreApplication::processEvents();
    BOOST_TEST(table->item(0, 3)->text() == QStringLiteral("Primary education"));
}

BOOST_FIXTURE_TEST_CASE(details_name_sectors_in_the_output_language, Fixture)
{
    Project p;
    p.key = QStringLiteral("KR-T-2");
    p.title.ko = QStringLiteral("보건 교육 사업");
    p.sectors = {{QStringLiteral("12261"), QStringLiteral("1"), {}}};
    BOOST_REQUIRE(portfolio->addProject(p).ok());
    const QString ko = app::detailHtml(*portfolio, p, Language::Korean);
    BOOST_TEST_INFO(ko.toStdString());
    BOOST_TEST(ko.contains(QStringLiteral("12261 보건 교육")));
    BOOST_TEST(!ko.contains(QStringLiteral("Health education")));
    BOOST_TEST(app::detailHtml(*portfolio, p, Language::English).contains(QStringLiteral("12261 Health education")));
}
