// The project editor, offscreen: it shows a project's values, returns the
// edits, refuses invalid input with the message shown, and retranslates.
#include "AppFixture.h"

#include "Translations.h"
#include "io/SeedImport.h"
#include "portfolio/Portfolio.h"
#include "views/ProjectEditor.h"
#include "views/editor/ListEditor.h"

#include <QCheckBox>
#include <QDate>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>

using namespace c2c;

namespace {

struct EditorFixture {
    QTemporaryDir dir;
    std::unique_ptr<Portfolio> portfolio;
    std::unique_ptr<app::ProjectEditor> editor;
    Project original;
    EditorFixture()
    {
        app::installLanguage(Language::English);
        auto p = Portfolio::open(dir.filePath(QStringLiteral("seed.c2c")));
        BOOST_REQUIRE(p.ok());
        portfolio = std::move(p).value();
        BOOST_REQUIRE(SeedImport::run(*portfolio, SeedImport::embeddedPath()).ok());
        original = portfolio->projects().readByKey(QStringLiteral("KR-GB-LAO-SMU")).value();
        editor = std::make_unique<app::ProjectEditor>(*portfolio, original);
    }
    template <class W>
    W *child(const char *name)
    {
        W *w = editor->findChild<W *>(QLatin1String(name));
        BOOST_REQUIRE_MESSAGE(w, name);
        return w;
    }
    QPushButton *ok() { return editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok); }
    // Every problem, as the problems line's tooltip lists them (the line shows what fits).
    QString problems() { return child<QLabel>("problems")->toolTip(); }
    void setCell(const char *list, int row, int column, const QString &text)
    {
        child<app::ListEditor>(list)->table()->item(row, column)->setText(text);
    }
};

} // namespace

BOOST_FIXTURE_TEST_CASE(the_editor_shows_the_project, EditorFixture)
{
    BOOST_TEST(child<QLineEdit>("titleKo")->text() == QStringLiteral("라오스 새마을운동 사업"));
    BOOST_TEST(child<QLineEdit>("titleEn")->text() == QStringLiteral("Saemaul Undong for Laos"));
    BOOST_TEST(child<QComboBox>("leadActor")->currentText() == QStringLiteral("Gyeongsangbuk-do"));
    BOOST_TEST(child<QLineEdit>("start")->text() == QStringLiteral("2016"));
    const auto countries = child<app::ListEditor>("countries")->rows();
    BOOST_REQUIRE(countries.size() == 1);
    BOOST_TEST(countries[0][0] == QStringLiteral("LA"));
    const auto budget = child<app::ListEditor>("budget")->rows();
    BOOST_REQUIRE(budget.size() == 1);
    BOOST_TEST(budget[0][2] == QStringLiteral("3,500,000.00"));
    BOOST_TEST(budget[0][3] == QStringLiteral("USD"));
    BOOST_TEST(child<app::ListEditor>("qualityNotes")->rows().size() == 1);
    BOOST_TEST(ok()->isEnabled());
    // Unchanged, the editor gives back exactly the project it was given.
    BOOST_TEST((editor->project() == original));
}

BOOST_FIXTURE_TEST_CASE(edits_come_back_in_the_project, EditorFixture)
{
    child<QLineEdit>("titleEn")->setText(QStringLiteral("Saemaul Undong in Laos"));
    child<QLineEdit>("end")->setText(QStringLiteral("2026-06"));
    child<QCheckBox>("form-community-development")->setChecked(true);
    setCell("budget", 0, 2, QStringLiteral("3,000,000"));
    auto *countries = child<app::ListEditor>("countries");
    countries->addRow({QStringLiteral("VN"), QString(), QStringLiteral("Hanoi"), QStringLiteral("40")});
    setCell("countries", 0, 3, QStringLiteral("60"));
    emit countries->changed();
    BOOST_TEST(ok()->isEnabled());
    const Project p = editor->project();
    BOOST_TEST(p.title.en == QStringLiteral("Saemaul Undong in Laos"));
    BOOST_TEST(p.title.ko == original.title.ko);
    BOOST_TEST(p.period.end->toIso() == QStringLiteral("2026-06"));
    BOOST_TEST(p.cooperationForms == flag(CooperationForm::CommunityDevelopment));
    BOOST_TEST(p.budget[0].amount == Money(300000000, QStringLiteral("USD")));
    BOOST_REQUIRE(p.countries.size() == 2);
    BOOST_TEST(p.countries[0].share.value() == 6000);
    BOOST_TEST(p.countries[1].locality.en == QStringLiteral("Hanoi"));
    BOOST_TEST(p.id == original.id);
    BOOST_TEST((p.qualityNotes == original.qualityNotes));
}

BOOST_FIXTURE_TEST_CASE(invalid_input_is_refused_with_the_message_shown, EditorFixture)
{
    auto *countries = child<app::ListEditor>("countries");
    countries->addRow({QStringLiteral("VN"), QString(), QString(), QStringLiteral("70")});
    setCell("countries", 0, 3, QStringLiteral("50"));
    emit countries->changed();
    BOOST_TEST(!ok()->isEnabled());
    BOOST_TEST(problems().contains(QStringLiteral("120%")));
    BOOST_TEST(countries->table()->toolTip().contains(QStringLiteral("120%")));
    setCell("countries", 1, 3, QStringLiteral("50"));
    emit countries->changed();
    BOOST_TEST(ok()->isEnabled());

    child<QLineEdit>("end")->setText(QStringLiteral("2010"));
    BOOST_TEST(!ok()->isEnabled());
    BOOST_TEST(problems().contains(QStringLiteral("before the start")));
    child<QLineEdit>("end")->setText(QStringLiteral("20x5"));
    BOOST_TEST(problems().contains(QStringLiteral("20x5")));
    child<QLineEdit>("end")->setText(QStringLiteral("2025"));
    BOOST_TEST(ok()->isEnabled());

    setCell("budget", 0, 2, QStringLiteral("-5"));
    BOOST_TEST(!ok()->isEnabled());
    BOOST_TEST(problems().contains(QStringLiteral("negative")));
    setCell("budget", 0, 2, QStringLiteral("abc"));
    BOOST_TEST(problems().contains(QStringLiteral("abc")));
    setCell("budget", 0, 2, QStringLiteral("5"));
    setCell("budget", 0, 3, QStringLiteral("XYZ"));
    BOOST_TEST(problems().contains(QStringLiteral("XYZ")));
    setCell("budget", 0, 3, QStringLiteral("KRW"));
    BOOST_TEST(ok()->isEnabled());

    child<QLineEdit>("titleKo")->clear();
    child<QLineEdit>("titleEn")->clear();
    BOOST_TEST(!ok()->isEnabled());
    BOOST_TEST(problems().contains(QStringLiteral("title")));
    editor->accept();
    BOOST_TEST(editor->result() != QDialog::Accepted);
}

BOOST_FIXTURE_TEST_CASE(the_editor_follows_the_language, EditorFixture)
{
    BOOST_TEST(editor->windowTitle() == QStringLiteral("Edit project"));
    app::installLanguage(Language::Korean);
    QCoreApplication::processEvents();
    BOOST_TEST(editor->windowTitle() == QStringLiteral("사업 수정"));
    BOOST_TEST(child<QComboBox>("leadActor")->currentText() == QStringLiteral("경상북도"));
    BOOST_TEST((editor->project() == original));
    if (qEnvironmentVariableIsSet("C2C_SCREENSHOTS"))
        editor->grab().save(qEnvironmentVariable("C2C_SCREENSHOTS") + QStringLiteral("/editor-ko.png"));
    app::installLanguage(Language::English);
    QCoreApplication::processEvents();
    BOOST_TEST(editor->windowTitle() == QStringLiteral("Edit project"));
}

BOOST_FIXTURE_TEST_CASE(the_form_does_not_move_when_problems_come_and_go, EditorFixture)
{
    editor->resize(900, 600);
    editor->show();
    QCoreApplication::processEvents();
    auto *tabs = editor->findChild<QTabWidget *>();
    auto *line = child<QLabel>("problems");
    const int top = tabs->mapTo(editor.get(), QPoint(0, 0)).y();
    BOOST_TEST(line->text().isEmpty());
    // Many problems at once: the line shows what fits in its two lines and counts the rest.
    child<QLineEdit>("titleKo")->clear();
    child<QLineEdit>("titleEn")->clear();
    child<QLineEdit>("end")->setText(QStringLiteral("20x5"));
    setCell("budget", 0, 2, QStringLiteral("abc"));
    setCell("budget", 0, 3, QStringLiteral("XYZ"));
    QCoreApplication::processEvents();
    BOOST_TEST(!line->text().isEmpty());
    BOOST_TEST(tabs->mapTo(editor.get(), QPoint(0, 0)).y() == top);
    BOOST_TEST(line->heightForWidth(line->contentsRect().width()) <= line->height());
    BOOST_TEST(problems().contains(QStringLiteral("abc")));
    BOOST_TEST(problems().contains(QStringLiteral("20x5")));
    BOOST_TEST(problems().contains(QStringLiteral("title")));
    child<QLineEdit>("titleEn")->setText(QStringLiteral("Saemaul Undong for Laos"));
    child<QLineEdit>("end")->setText(QStringLiteral("2025"));
    setCell("budget", 0, 2, QStringLiteral("5"));
    setCell("budget", 0, 3, QStringLiteral("USD"));
    QCoreApplication::processEvents();
    BOOST_TEST(line->text().isEmpty());
    BOOST_TEST(tabs->mapTo(editor.get(), QPoint(0, 0)).y() == top);
}

BOOST_FIXTURE_TEST_CASE(a_new_country_row_chooses_no_country_by_itself, EditorFixture)
{
    auto *countries = child<app::ListEditor>("countries");
    QPushButton *add = nullptr;
    for (auto *button : countries->findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("Add"))
            add = button;
    BOOST_REQUIRE(add);
    add->click();
    const auto rows = countries->rows();
    BOOST_REQUIRE(rows.size() == 2);
    BOOST_TEST(rows[1][0].isEmpty());
    auto *combo = qobject_cast<QComboBox *>(countries->table()->cellWidget(1, 0));
    BOOST_REQUIRE(combo);
    BOOST_TEST(combo->currentIndex() == -1);
    BOOST_TEST(!ok()->isEnabled());
    BOOST_TEST(problems().contains(QStringLiteral("choose a country")));
    combo->setCurrentIndex(combo->findData(QStringLiteral("VN")));
    BOOST_TEST(countries->rows()[1][0] == QStringLiteral("VN"));
    BOOST_TEST(ok()->isEnabled());
}

BOOST_FIXTURE_TEST_CASE(a_code_the_list_does_not_know_is_kept_not_replaced, EditorFixture)
{
    auto *countries = child<app::ListEditor>("countries");
    countries->setRows({{QStringLiteral("QQ"), QString(), QString(), QString()}});
    emit countries->changed();
    BOOST_TEST(countries->rows()[0][0] == QStringLiteral("QQ"));
    BOOST_TEST(problems().contains(QStringLiteral("QQ")));
}

BOOST_FIXTURE_TEST_CASE(a_confirmed_classification_is_added_once_and_recorded_as_the_officers, EditorFixture)
{
    const auto suggestion = suggestClassification(editor->project());
    BOOST_REQUIRE(suggestion.has_value());
    editor->applyClassification(*suggestion);
    editor->applyClassification(*suggestion); // a second click adds nothing more
    const Project p = editor->project();
    BOOST_TEST(editor->problems().isEmpty());
    BOOST_REQUIRE(p.sectors.size() == 1);
    BOOST_TEST(p.sectors[0].code == QStringLiteral("43040"));
    BOOST_REQUIRE(p.sdgs.size() == 1);
    BOOST_TEST(p.sdgs[0].goal == 1);
    BOOST_REQUIRE(p.sources.size() == original.sources.size() + 1);
    BOOST_TEST(p.sources.last().citation.contains(QStringLiteral("classified by the officer")));
    BOOST_TEST(p.sources.last().citation.contains(QDate::currentDate().toString(Qt::ISODate)));
    BOOST_TEST(child<QPushButton>("classify")->isEnabled());
}
