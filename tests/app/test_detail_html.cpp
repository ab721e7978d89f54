// The detail pane's HTML for projects from other publishers' IATI files: a title
// only in another language heads the details marked with its code, the other
// languages follow it, and planned disbursements are listed apart from the budget.
#include "AppFixture.h"
#include "EmptyPortfolio.h"

#include "Translations.h"
#include "views/DetailHtml.h"

#include <boost/test/unit_test.hpp>

using namespace c2c;

BOOST_FIXTURE_TEST_CASE(titles_in_other_languages_and_planned_disbursements_are_shown, EmptyPortfolio)
{
    app::installLanguage(Language::English);
    Project p;
    p.key = QStringLiteral("FR-1");
    p.title.other = {{QStringLiteral("fr"), QStringLiteral("Projet d'eau")}, {QStringLiteral("sv"), QStringLiteral("Vattenprojekt")}};
    BudgetLine b;
    b.amount = Money(10000000, QStringLiteral("EUR"));
    p.budget = {b};
    PlannedDisbursement q1;
    q1.period.start = PartialDate::ofDay(QDate(2024, 1, 1));
    q1.period.end = PartialDate::ofDay(QDate(2024, 3, 31));
    q1.value = Money(4000000, QStringLiteral("EUR"));
    q1.type = BudgetType::Revised;
    PlannedDisbursement repayment;
    repayment.period.start = PartialDate::ofDay(QDate(2024, 7, 1));
    repayment.value = Money(-250050, QStringLiteral("EUR"));
    p.plannedDisbursements = {q1, repayment};
    BOOST_REQUIRE(portfolio->addProject(p).ok());

    for (Language lang : {Language::English, Language::Korean}) {
        const QString html = app::detailHtml(*portfolio, p, lang);
        BOOST_TEST_INFO(html.toStdString());
        BOOST_TEST(html.contains(QStringLiteral("<h3>[fr] Projet d'eau</h3>")));
        BOOST_TEST(html.contains(QStringLiteral("[sv] Vattenprojekt")));
    }
    const QString html = app::detailHtml(*portfolio, p, Language::English);
    BOOST_TEST_INFO(html.toStdString());
    BOOST_TEST(html.contains(QStringLiteral("Planned disbursements")));
    BOOST_TEST(html.contains(QStringLiteral("2024-01-01 – 2024-03-31: ")));
    BOOST_TEST(html.contains(QStringLiteral("Revised")));
    BOOST_TEST(html.contains(QStringLiteral("2024-07-01: ")));
    BOOST_TEST((html.contains(QStringLiteral("2,500.50")) || html.contains(QStringLiteral("2500.50"))));
    BOOST_TEST(html.contains(QStringLiteral("not counted in the budget")));
}

BOOST_FIXTURE_TEST_CASE(a_note_names_its_field_in_the_interface_language, EmptyPortfolio)
{
    Project p;
    p.key = QStringLiteral("NOTE-1");
    p.title.en = QStringLiteral("Library");
    p.qualityNotes.append({QStringLiteral("amount"), {QStringLiteral("자릿수 표기가 불규칙함"), QStringLiteral("printed with irregular digit grouping"), {}}, Severity::Warning});
    p.qualityNotes.append({QStringLiteral("custom-field"), {{}, QStringLiteral("kept as written"), {}}, Severity::Warning});
    BOOST_REQUIRE(portfolio->addProject(p).ok());
    app::installLanguage(Language::Korean);
    QString html = app::detailHtml(*portfolio, p, Language::Korean);
    BOOST_TEST_INFO(html.toStdString());
    BOOST_TEST(html.contains(QStringLiteral("<i>예산</i>: 자릿수 표기가 불규칙함")));
    BOOST_TEST(html.contains(QStringLiteral("kept as written"))); // only in English: shown in English
    BOOST_TEST(!html.contains(QStringLiteral("<i>amount</i>")));
    BOOST_TEST(html.contains(QStringLiteral("<i>custom-field</i>: ")));
    app::installLanguage(Language::English);
    html = app::detailHtml(*portfolio, p, Language::English);
    BOOST_TEST(html.contains(QStringLiteral("<i>Budget</i>: printed with irregular digit grouping")));
}
