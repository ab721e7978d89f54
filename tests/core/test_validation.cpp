#include "CoreFixture.h"

#include "domain/Validation.h"

#include <boost/test/unit_test.hpp>

using namespace c2c;

namespace {

Project valid()
{
    Project p;
    p.key = QStringLiteral("KR-TEST");
    p.title.ko = QStringLiteral("시험 사업");
    p.period.start = PartialDate::ofYear(2020);
    p.period.end = PartialDate::ofYear(2022);
    p.countries = {{QStringLiteral("VN"), {}, 6000}, {QStringLiteral("LA"), {}, 4000}};
    p.sectors = {{QStringLiteral("43072"), QStringLiteral("1"), 10000}};
    p.sdgs = {{11, QStringLiteral("11.6")}};
    BudgetLine b;
    b.amount = Money(100000, QStringLiteral("USD"));
    p.budget = {b};
    return p;
}

bool has(const QList<ValidationIssue> &issues, const QString &field, const QString &words)
{
    for (const auto &i : issues)
        if (i.field == field && i.message.contains(words))
            return true;
    return false;
}

} // namespace

BOOST_AUTO_TEST_CASE(a_complete_project_is_valid)
{
    BOOST_TEST(Validation::validate(valid()).isEmpty());
}

BOOST_AUTO_TEST_CASE(each_rule_names_its_field)
{
    Project p = valid();
    p.countries[1].share = 6000;
    BOOST_TEST(has(Validation::validate(p), QStringLiteral("countries"), QStringLiteral("120%")));

    p = valid();
    p.sectors.append({QStringLiteral("15110"), QStringLiteral("1"), 2000});
    BOOST_TEST(has(Validation::validate(p), QStringLiteral("sectors"), QStringLiteral("120%")));

    p = valid();
    p.period.end = PartialDate::ofYear(2019);
    BOOST_TEST(has(Validation::validate(p), QStringLiteral("period.end"), QStringLiteral("before the start")));

    p = valid();
    p.budget[0].amount = Money(100, QStringLiteral("XYZ"));
    BOOST_TEST(has(Validation::validate(p), QStringLiteral("budget[0].currency"), QStringLiteral("XYZ")));

    p = valid();
    p.budget[0].amount = Money(-1, QStringLiteral("USD"));
    BOOST_TEST(has(Validation::validate(p), QStringLiteral("budget[0].amount"), QStringLiteral("negative")));

    p = valid();
    p.title = {};
    BOOST_TEST(has(Validation::validate(p), QStringLiteral("title"), QStringLiteral("title")));
    p.title.en = QStringLiteral("English only is fine");
    BOOST_TEST(Validation::validate(p).isEmpty());

    p = valid();
    p.sdgs = {{6, QStringLiteral("11.6")}};
    BOOST_TEST(has(Validation::validate(p), QStringLiteral("sdgs[0].target"), QStringLiteral("goal 11")));

    p = valid();
    p.countries[0].code = QStringLiteral("ZZ");
    BOOST_TEST(has(Validation::validate(p), QStringLiteral("countries[0].code"), QStringLiteral("ZZ")));

    p = valid();
    p.key.clear();
    BOOST_TEST(has(Validation::validate(p), QStringLiteral("key"), QStringLiteral("key")));
}
