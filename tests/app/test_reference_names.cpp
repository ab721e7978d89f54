// Currencies named in the interface language: the currency pickers list
// current ISO 4217 codes only ("KRW — 대한민국 원"), and an old code stays when
// it is the one selected.
#include "AppFixture.h"
#include "EmptyPortfolio.h"

#include "Translations.h"
#include "portfolio/Portfolio.h"
#include "views/CurrencyBox.h"
#include "views/ExchangeRatesDialog.h"
#include "views/ReportingDialog.h"

#include <QComboBox>
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
