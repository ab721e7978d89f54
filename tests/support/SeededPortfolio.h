#pragma once
// A portfolio file in a temporary folder, filled with the 13 seed cases the
// application ships: what a new user starts with.
#include "io/SeedImport.h"
#include "portfolio/Portfolio.h"

#include <QTemporaryDir>
#include <boost/test/unit_test.hpp>

struct SeededPortfolio {
    QTemporaryDir dir;
    std::unique_ptr<c2c::Portfolio> portfolio;

    SeededPortfolio()
    {
        auto p = c2c::Portfolio::open(dir.filePath(QStringLiteral("seed.c2c")));
        BOOST_REQUIRE_MESSAGE(p.ok(), p.error());
        const c2c::Status st = c2c::SeedImport::run(*p.value(), c2c::SeedImport::embeddedPath());
        BOOST_REQUIRE_MESSAGE(st.ok(), st.error());
        portfolio = std::move(p).value();
    }
    QString out(const QString &name) const { return dir.filePath(name); }
    // The lead actor of a seed case, by the case's key.
    static std::int64_t actorOf(c2c::Portfolio &p, const char *key)
    {
        return p.projects().read(p.projects().idForKey(QLatin1String(key))).value().leadActorId;
    }
    std::int64_t actorOf(const char *key) { return actorOf(*portfolio, key); }
};
