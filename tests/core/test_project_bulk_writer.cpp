// New projects written in batches (imports): the same rows and ids as one at a
// time, and a project that cannot be written is named, with its position.
#include "CoreFixture.h"
#include "EmptyPortfolio.h"

#include "portfolio/Portfolio.h"
#include "storage/ProjectBulkWriter.h"

#include <boost/test/unit_test.hpp>

using namespace c2c;

namespace {

Project project(const char *key, int countries)
{
    Project p;
    p.key = QString::fromLatin1(key);
    p.title.en = QStringLiteral("Title of ") + p.key;
    p.period.start = PartialDate::ofYear(2020);
    for (int i = 0; i < countries; ++i) {
        PartnerCountry c;
        c.code = i % 2 ? QStringLiteral("LA") : QStringLiteral("VN");
        p.countries.append(c);
    }
    p.sdgs.append(SdgTag{11, QStringLiteral("11.6")});
    BudgetLine b;
    b.amount = Money(12345, QStringLiteral("USD"));
    p.budget.append(b);
    return p;
}

} // namespace

BOOST_FIXTURE_TEST_CASE(batches_store_what_single_inserts_store, EmptyPortfolio)
{
    Project first = project("B-0", 1);
    BOOST_REQUIRE(portfolio->projects().create(first).ok());
    // More rows than one statement takes, so that several statements and a short last one are used.
    QList<Project> many;
    for (int i = 1; i <= 150; ++i)
        many.append(project(QStringLiteral("B-%1").arg(i).toLatin1().constData(), i % 3));
    Status st = portfolio->database().transaction([&]() -> Status {
        ProjectBulkWriter writer(portfolio->database());
        if (Status s = writer.start(); !s)
            return s;
        for (Project &p : many)
            if (Status s = writer.add(p); !s)
                return s;
        return writer.flush();
    });
    BOOST_REQUIRE_MESSAGE(st.ok(), st.error());
    BOOST_TEST(many.first().id == first.id + 1); // the id SQLite would have given
    BOOST_TEST(many.last().id == first.id + 150);
    for (const Project &p : many) {
        const Project stored = portfolio->projects().read(p.id).value();
        BOOST_TEST(stored.key == p.key);
        BOOST_TEST(stored.version == 1);
        BOOST_TEST((stored.countries == p.countries));
        BOOST_TEST((stored.sdgs == p.sdgs));
        BOOST_TEST(stored.budget.size() == 1);
        BOOST_TEST(stored.budget.first().amount == p.budget.first().amount);
        BOOST_TEST(stored.title.en == p.title.en);
    }
}

BOOST_FIXTURE_TEST_CASE(the_project_that_cannot_be_written_is_named, EmptyPortfolio)
{
    Project stored = project("DUP", 1);
    BOOST_REQUIRE(portfolio->projects().create(stored).ok());
    QList<Project> batch{project("N-1", 1), project("N-2", 2), project("DUP", 1), project("N-4", 0)};
    qsizetype failedAt = -1;
    Status st = portfolio->database().transaction([&]() -> Status {
        ProjectBulkWriter writer(portfolio->database());
        if (Status s = writer.start(); !s)
            return s;
        for (Project &p : batch)
            if (Status s = writer.add(p); !s)
                return s;
        return writer.flush(&failedAt);
    });
    BOOST_TEST(!st.ok());
    BOOST_TEST(failedAt == 2);
    BOOST_TEST(st.error().contains(QStringLiteral("DUP")), st.error());
    BOOST_TEST(portfolio->projects().count() == 1); // the transaction was rolled back
}
